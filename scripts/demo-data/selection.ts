// Choosing subjects for list entries and records: only subjects not already used as notable examples, and each
// subject at most once.
import type { Subject } from '../../shared/domain/subject.ts';
import { industryOfSubject, notable, riskClassOf, subjects } from './data-set.ts';
import type { Industry } from './industries.ts';
import { int, pick } from './draws.ts';

/** The subjects that pass the filter, leaving out the notable ones (call it once those are all added). */
export function free(filter: (s: Subject) => boolean): Subject[] {
  const notableIds = new Set(notable.map((n) => n.subject.id));
  return subjects.filter((s) => !notableIds.has(s.id) && filter(s));
}
/** Ids of the subjects already taken for a list entry or record. */
const taken = new Set<string>();
/** Takes n random subjects of the pool that pass the filter and were not taken before. */
export function take(pool: Subject[], n: number, filter: (s: Subject) => boolean = () => true): Subject[] {
  const out: Subject[] = [];
  const candidates = pool.filter((s) => !taken.has(s.id) && filter(s));
  while (out.length < n && candidates.length > 0) {
    const index = int(0, candidates.length - 1);
    const [chosen] = candidates.splice(index, 1);
    if (chosen) {
      out.push(chosen);
      taken.add(chosen.id);
    }
  }
  if (out.length < n) throw new Error(`not enough subjects to take ${n}`);
  return out;
}
export const isActiveEnterprise = (s: Subject): boolean =>
  s.kind === 'legal-person' && s.identifier.startsWith('91') && s.status === 'active';
export const industryIs =
  (flag: keyof Pick<Industry, 'labourIntensive' | 'hazardous' | 'trader' | 'supplier'>) => (s: Subject) =>
    industryOfSubject.get(s.id)?.[flag] === true;
/** The enterprise's 市场监管 risk class, fitting what it is listed for (a serious listing: C or D). */
export const setRiskClass = (s: Subject, classes: readonly string[]): void => {
  riskClassOf.set(s.id, pick(classes));
};
