// The codes a typed identifier may have been meant as (是否为：…, issue 10 rule 6): one character substituted
// anywhere, two adjacent characters swapped, or the same organisation code (主体标识码, positions 9–17) under
// another registration authority, category or region. Pure; the cache is searched in electron/core/subjects.
import { USCC_CHARSET } from './check-chars';

const ORG_PART_START = 8;
const ORG_PART_LENGTH = 9;

/** Positions 9–17 of an 18-character code (the embedded organisation code), or null for another length. */
export function orgCodePart(value: string): string | null {
  const chars = Array.from(value);
  if (chars.length !== 18) return null;
  return chars.slice(ORG_PART_START, ORG_PART_START + ORG_PART_LENGTH).join('');
}

/**
 * Every 18-character string one edit away from `value`: each position replaced by each other character of the
 * USCC charset (which holds every digit, so ID numbers are covered too; an invalid character typed in place of
 * a valid one is replaced as well), and each pair of adjacent, different characters swapped. 18 × 30 + 17 at
 * most (557); empty unless `value` has 18 characters.
 */
export function oneEditVariants(value: string): string[] {
  const chars = Array.from(value);
  if (chars.length !== 18) return [];
  const variants = new Set<string>();
  chars.forEach((current, position) => {
    for (const replacement of USCC_CHARSET) {
      if (replacement === current) continue;
      variants.add(withChars(chars, [[position, replacement]]));
    }
    const next = chars[position + 1];
    if (next !== undefined && next !== current) {
      variants.add(
        withChars(chars, [
          [position, next],
          [position + 1, current],
        ]),
      );
    }
  });
  return [...variants];
}

/** Whether `a` and `b` differ by exactly one substitution or one adjacent transposition. */
export function isOneEdit(a: string, b: string): boolean {
  const left = Array.from(a);
  const right = Array.from(b);
  if (left.length !== right.length) return false;
  const differing = left.flatMap((char, index) => (char === right[index] ? [] : [index]));
  if (differing.length === 1) return true;
  const [first, second] = differing;
  return (
    differing.length === 2 &&
    first !== undefined &&
    second === first + 1 &&
    left[first] === right[second] &&
    left[second] === right[first]
  );
}

function withChars(chars: readonly string[], changes: readonly [number, string][]): string {
  const copy = [...chars];
  for (const [position, char] of changes) copy[position] = char;
  return copy.join('');
}
