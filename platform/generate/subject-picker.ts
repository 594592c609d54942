// Which generated subject a list entry or record belongs to: uniform over this run's subjects, skipping the few
// numbers whose identifier was already taken at the platform (they were never inserted).
import type { Draw } from './synthetic';
import { subjectTraits, type SubjectTraits } from './subject-row';

export type SubjectRange = { seed: number; first: number; last: number; skipped: ReadonlySet<number> };

export function pickSubject(range: SubjectRange, draw: Draw): SubjectTraits {
  const span = range.last - range.first + 1;
  for (;;) {
    const n = range.first + Math.floor(draw.next() * span);
    if (!range.skipped.has(n)) return subjectTraits(range.seed, n);
  }
}

/** The subject at a fraction of the range; a skipped number gives way to the next one up (or down, at the end). */
export function subjectAt(range: SubjectRange, fraction: number): SubjectTraits {
  const span = range.last - range.first + 1;
  let n = range.first + Math.min(span - 1, Math.floor(fraction * span));
  while (range.skipped.has(n) && n < range.last) n += 1;
  while (range.skipped.has(n)) n -= 1;
  return subjectTraits(range.seed, n);
}

/**
 * `count` uniform draws in ascending order, one at a time (the order statistics of iid uniforms, built from the
 * largest down: U^(1/k) scales the rest, and 1 − x turns the descending run into an ascending one). Records take
 * their subjects in this order: each subject gets the same number of records as with independent picks, but
 * consecutive records share neighbouring subjects, so the credit_records_by_subject index grows at a few places
 * per transaction instead of at every leaf page, which would rewrite the whole index into the WAL at every
 * commit.
 */
export function ascendingUniforms(count: number): (uniform: number) => number {
  let remaining = count;
  let largest = 1;
  return (uniform) => {
    if (remaining <= 0) throw new Error('ascendingUniforms: more draws than announced');
    // 1 − uniform lies in (0, 1], so the power never collapses to 0 for an exact 0 draw.
    largest *= (1 - uniform) ** (1 / remaining);
    remaining -= 1;
    return 1 - largest;
  };
}
