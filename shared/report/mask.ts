import type { Subject } from '../domain/subject';
import { maskIdentifier, normaliseIdentifier } from '../identifiers';

/**
 * Free text of records (content, reasons, titles) may quote an ID number — the subject's own, a legal
 * representative's. A printed report shows none in full (DOMAIN.md, data security): every stand-alone token shaped
 * like a citizen ID (18 characters ending in a digit or X, or a legacy 15-digit number) is masked, unless it is a
 * valid USCC (maskIdentifier's rule for an unknown kind). Longer digit runs (承诺编码, the report number) are not
 * tokens of that shape and are left alone.
 */
const CITIZEN_TOKEN = /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;

export const maskCitizenIdsInText = (text: string): string =>
  text.replace(CITIZEN_TOKEN, (token) => maskIdentifier(token, null));

/** The identifier as the cover prints it: masked for natural persons and for any citizen ID. */
export function coverIdentifier(subject: Subject): string {
  if (subject.kind === 'natural-person' || subject.identifierKind === 'citizen-id')
    return maskIdentifier(subject.identifier, 'citizen-id');
  return subject.identifier;
}

/**
 * A masker for every string of the report: citizen-ID tokens, and — for a subject identified by a citizen ID —
 * its own number in any spelling the data may hold (lower-case x, spaces), wherever it is embedded.
 */
export function textMasker(subject: Subject): (text: string) => string {
  const personal = subject.kind === 'natural-person' || subject.identifierKind === 'citizen-id';
  const spellings = personal
    ? [
        ...new Set([
          subject.identifier,
          normaliseIdentifier(subject.identifier),
          subject.identifier.toLowerCase(),
        ]),
      ]
        .filter((spelling) => spelling.length > 0)
        .sort((a, b) => b.length - a.length)
    : [];
  const masked = coverIdentifier(subject);
  return (text) => {
    let result = text;
    for (const spelling of spellings) result = result.split(spelling).join(masked);
    return maskCitizenIdsInText(result);
  };
}

/** Applies `mask` to every string inside a plain JSON value, keeping its shape. */
export function maskStrings<T>(value: T, mask: (text: string) => string): T {
  if (typeof value === 'string') return mask(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => maskStrings(item, mask)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, member]) => [
        key,
        maskStrings(member, mask),
      ]),
    ) as T;
  return value;
}

/**
 * A natural person's name on a public page (the platform's verification page): the surname and one * per
 * further character, e.g. 王芳 → 王*, 欧阳修文 → 欧***. An organisation's name is public and kept whole.
 */
export function publicSubjectName(subject: Pick<Subject, 'kind' | 'name'>): string {
  if (subject.kind !== 'natural-person') return subject.name;
  const characters = [...subject.name.trim()];
  if (characters.length <= 1) return '*';
  return `${characters[0] ?? ''}${'*'.repeat(characters.length - 1)}`;
}
