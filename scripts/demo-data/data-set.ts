// The data set under construction: subjects, list entries and records in the order they are added, what each
// subject was generated as, and the notable subjects listed in resources/demo/README.md.
import type { SubjectGrade } from '../../shared/domain/grade.ts';
import type { CreditRecord, ListEntry, Subject } from '../../shared/domain/subject.ts';
import { pad } from '../../platform/generate/synthetic/index.ts';
import type { Industry, ShopKind } from './industries.ts';

export type NotableSubject = { role: string; subject: Subject; note: string };

export const subjects: Subject[] = [];
export const listEntries: ListEntry[] = [];
export const records: CreditRecord[] = [];
export const grades: SubjectGrade[] = [];
/** The 市场监管 risk class each enterprise is generated with (A–D; absent: not classed). */
export const riskClassOf = new Map<string, string>();
export const industryOfSubject = new Map<string, Industry>();
export const shopOfSubject = new Map<string, ShopKind>();
export const legacySubjects: Subject[] = [];
export const notable: NotableSubject[] = [];

export const nextSubjectId = (): string => `demo-s-${pad(subjects.length + 1, 4)}`;
export const nextEntryId = (): string => `demo-l-${pad(listEntries.length + 1, 4)}`;
export const nextRecordId = (): string => `demo-r-${pad(records.length + 1, 4)}`;
export const nextGradeId = (): string => `demo-g-${pad(grades.length + 1, 4)}`;

export function note(role: string, subject: Subject, text: string): void {
  notable.push({ role, subject, note: text });
}
