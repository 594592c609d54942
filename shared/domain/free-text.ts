import { z } from 'zod';

/**
 * Free text a person types (reasons, 处理情况 …) is stored as evidence, printed, exported and sent to the platform:
 * characters that change how text reads without being seen are refused rather than silently removed —
 * C0/C1 control characters (line breaks and tabs only where the text may span lines), the bidirectional
 * overrides, embeddings and isolates (a name could be made to read backwards, "Trojan Source"), and lone UTF-16
 * surrogates (not text at all; SQLite stores U+FFFD for them, so a hash over the text as sent no longer matches
 * the text as stored: an audit chain would then report tampering that never happened), and the zero-width
 * characters (two names that look the same but differ, a keyword split so a search misses it).
 *
 * Checklist: every free-text field of the contract (shared/domain) and of the platform's payloads
 * (shared/platform-api) is one of these; shared/domain/free-text-fields.test.ts walks them.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are refused.
const CONTROL_SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f]/u;
// eslint-disable-next-line no-control-regex -- as above, line breaks and tabs allowed.
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const LONE_SURROGATE = /\p{Surrogate}/u;
/** Zero-width space, non-joiner, joiner, word joiner, and the byte-order mark inside text. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/u;

export const freeTextMessages = {
  control: '含有不可见的控制字符，请删除后重新填写',
  bidi: '含有改变文字方向的不可见字符，请删除后重新填写',
  surrogate: '含有无法识别的字符，请删除后重新填写',
  zeroWidth: '含有看不见的零宽字符，请删除后重新填写',
} as const;

/** What is wrong with a text's characters, in Chinese; null when it may be stored. */
export function freeTextProblem(text: string, multiline: boolean): string | null {
  if ((multiline ? CONTROL_MULTI_LINE : CONTROL_SINGLE_LINE).test(text)) return freeTextMessages.control;
  if (BIDI.test(text)) return freeTextMessages.bidi;
  if (ZERO_WIDTH.test(text)) return freeTextMessages.zeroWidth;
  // The u flag reads a valid pair as one code point, so only an unpaired half matches.
  if (LONE_SURROGATE.test(text)) return freeTextMessages.surrogate;
  return null;
}

type FreeTextOptions = {
  /** Most characters (code points) allowed after trimming. */
  max: number;
  /** Chinese: what to say when it is too long, e.g. 处理情况不能超过 1000 字. */
  tooLong: string;
  /** Line breaks (\n, \r\n) and tabs allowed. */
  multiline?: boolean;
};

/**
 * One free-text field: trimmed, at most `max` characters, refusing the characters above. Blank stays '' (the
 * caller decides whether the field is required, often by another field's value).
 */
export const freeText = ({ max, tooLong, multiline = false }: FreeTextOptions) =>
  z
    .string()
    // A hostile megabyte is refused before any work on it; a valid text has at most two code units a character.
    .max(max * 2, tooLong)
    .trim()
    .superRefine((text, ctx) => {
      if (Array.from(text).length > max) ctx.addIssue({ code: 'custom', message: tooLong });
      const problem = freeTextProblem(text, multiline);
      if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
    });
