import { parseIdentifier, type ParsedIdentifier } from '../../../shared/identifiers';

/** Han characters (CJK unified ideographs and extensions): the input is then a name, not a code. */
const CJK = /\p{Script=Han}/u;

export const containsCjk = (value: string): boolean => CJK.test(value);

// A licence QR code read by a USB scanner may carry a link with the code inside (…?uniscid=9141…); take the one
// valid 18-character code out of it rather than rejecting the whole string.
const CODE_TOKEN = /[0-9A-Z]{18}/g;

export const extractScannedIdentifier = (raw: string): string => {
  const trimmed = raw.trim();
  if (trimmed.length <= 18 || containsCjk(trimmed) || !/[^0-9A-Za-z\s]/.test(trimmed)) return raw;
  const tokens = trimmed.toUpperCase().match(CODE_TOKEN) ?? [];
  const valid = tokens.filter((token) => parseIdentifier(token).ok);
  return valid.length === 1 && valid[0] !== undefined ? valid[0] : raw;
};

/**
 * What pressing Enter in the applicant field should do with this input. A code of 18 characters that fails its
 * checks goes to the core all the same ('ask'): the core decides whether the override is on offer and looks for
 * the cached subjects it may have been meant as (是否为：…); shorter or longer input is refused here.
 */
export type ApplicantIntent =
  | { kind: 'run'; raw: string }
  | { kind: 'ask'; raw: string; value: string }
  | { kind: 'search'; query: string }
  | { kind: 'invalid'; message: string };

export const classifyApplicant = (input: string): ApplicantIntent => {
  const raw = extractScannedIdentifier(input);
  const parsed: ParsedIdentifier = parseIdentifier(raw);
  if (parsed.ok) return { kind: 'run', raw };
  if (containsCjk(raw)) return { kind: 'search', query: raw.trim() };
  if (Array.from(parsed.value).length === 18) return { kind: 'ask', raw, value: parsed.value };
  return { kind: 'invalid', message: parsed.message };
};
