import type { CreditRecord, SubjectKind } from '../domain/subject';
import type { NotBasisRule, RecordMatch, RecordRules } from './record-rules';

/** The facts of a record the rules look at. */
export type BasisFacts = Pick<CreditRecord, 'category'> &
  Partial<Pick<CreditRecord, 'procedure' | 'severity'>>;

export type RecordBasis =
  | { basis: true }
  | {
      basis: false;
      rule: NotBasisRule;
      /** For people: which provision takes the record out, and what follows. */
      reason: string;
    };

const within = <T>(allowed: readonly T[] | undefined, value: T | null | undefined): boolean =>
  allowed === undefined || (value !== null && value !== undefined && allowed.includes(value));

const matches = (when: RecordMatch, record: BasisFacts, subjectKind: SubjectKind): boolean =>
  within(when.subjectKinds, subjectKind) &&
  within(when.categories, record.category) &&
  within(when.procedures, record.procedure) &&
  within(when.severities, record.severity);

const reasonOf = (rule: NotBasisRule): string =>
  `依${rule.basis}，${rule.label}${rule.effect}${rule.exception === undefined ? '' : `（${rule.exception}）`}。`;

/**
 * Whether a credit record may act as a basis — shown as check evidence, bar the commitment route, appear in the
 * public credit report, be taken to repair — given its subject's kind. Only rules the data can decide by
 * itself (`automatic`) take a record out; the first that matches says why.
 */
export function recordBasis(rules: RecordRules, record: BasisFacts, subjectKind: SubjectKind): RecordBasis {
  const rule = rules.notBasis.find((entry) => entry.automatic && matches(entry.when, record, subjectKind));
  return rule === undefined ? { basis: true } : { basis: false, rule, reason: reasonOf(rule) };
}

export const recordIsBasis = (rules: RecordRules, record: BasisFacts, subjectKind: SubjectKind): boolean =>
  recordBasis(rules, record, subjectKind).basis;

/**
 * The rules a record matches on what the data says but that need a fact it does not carry (e.g. the harm
 * removed or reduced): never applied by themselves, pointed out to whoever can tell.
 */
export const possiblyNotBasis = (
  rules: RecordRules,
  record: BasisFacts,
  subjectKind: SubjectKind,
): NotBasisRule[] =>
  rules.notBasis.filter((rule) => !rule.automatic && matches(rule.when, record, subjectKind));
