import type { Commitment } from '../domain/commitment';
import type { GradeNotice } from '../domain/grade';
import { gradeResultText } from '../grades/current';
import type { ListType } from '../domain/catalogue';
import type { CreditRecord, ListEntry } from '../domain/subject';
import { recordStatusLabels } from '../domain/labels';
import { commitmentTypeLabels, fulfilmentLabels } from '../domain/workflow-labels';
import {
  ANNOTATED_MARK,
  EMPTY_TABLE,
  LONG_TERM,
  NOT_RECORDED,
  NOT_YET_VERIFIED,
  NO_GRADE,
  UNTIL_NEXT_EVALUATION,
  commitmentColumns,
  entryColumns,
  gradeColumns,
  recordColumns,
  tableTitles,
  type TableKey,
} from './labels';
import type { ReportColumn, ReportRow, ReportTable } from './model';

// Tables of the report: one row per public record, list entry or commitment, newest first (ties by id, so the
// same data always prints — and hashes — the same).

const columnsOf = (labels: Record<string, string>): ReportColumn[] =>
  Object.entries(labels).map(([key, label]) => ({ key, label }));

const orText = (value: string | null | undefined): string =>
  value === null || value === undefined || value.trim() === '' ? NOT_RECORDED : value;

const newestFirst = <T extends { id: string }>(items: readonly T[], dayOf: (item: T) => string): T[] =>
  [...items].sort((a, b) => {
    const byDay = dayOf(b).localeCompare(dayOf(a));
    return byDay !== 0 ? byDay : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });

const table = (
  key: TableKey,
  columns: ReportColumn[],
  rows: ReportRow[],
  emptyText: string = EMPTY_TABLE,
): ReportTable => ({
  key,
  title: tableTitles[key],
  columns,
  rows,
  emptyText,
});

/** A record repaired by 标注 is shown (recordShown) and marked 已修复; a published one says 公示中. */
const annotated = (record: CreditRecord): boolean => record.status === 'repaired';

export function recordTable(key: TableKey, records: readonly CreditRecord[]): ReportTable {
  const rows = newestFirst(records, (record) => record.decisionOn).map((record): ReportRow => ({
    id: record.id,
    cells: [
      orText(record.title),
      orText(record.decisionNumber),
      orText(record.sourceDepartment),
      record.decisionOn,
      orText(record.content),
      orText(record.publicationEndsOn),
      annotated(record) ? ANNOTATED_MARK : recordStatusLabels[record.status],
    ],
    marks: annotated(record) ? [ANNOTATED_MARK] : [],
  }));
  return table(key, columnsOf(recordColumns), rows);
}

export type TypedEntry = { entry: ListEntry; listType: ListType };

export function entryTable(key: TableKey, entries: readonly TypedEntry[]): ReportTable {
  const rows = newestFirst(
    entries.map((typed) => ({ ...typed, id: typed.entry.id })),
    (typed) => typed.entry.listedOn,
  ).map(({ entry, listType }): ReportRow => ({
    id: entry.id,
    cells: [
      listType.name,
      orText(entry.listingUnit),
      entry.listedOn,
      orText(entry.reason),
      orText(entry.documentNumber),
      orText(entry.expiresOn),
    ],
    marks: [],
  }));
  return table(key, columnsOf(entryColumns), rows);
}

export const fulfilmentText = (commitment: Commitment): string =>
  commitment.verification === null ? NOT_YET_VERIFIED : fulfilmentLabels[commitment.verification.fulfilment];

export function commitmentTable(commitments: readonly Commitment[]): ReportTable {
  const rows = newestFirst(commitments, (commitment) => commitment.madeOn).map((commitment): ReportRow => ({
    id: commitment.id,
    cells: [
      commitment.code,
      commitmentTypeLabels[commitment.type],
      orText(commitment.reason),
      commitment.madeOn,
      commitment.validUntil ?? LONG_TERM,
      commitment.acceptingUnit.name,
      fulfilmentText(commitment),
    ],
    marks: [],
  }));
  return table('commitments', columnsOf(commitmentColumns), rows);
}

/**
 * Grade results in force on the day of issue, with who evaluated them and when; newest first. The caller picks
 * the kind (公共信用综合评价, or industry grades): a risk class is never passed here.
 */
export function gradeTable(
  key: 'publicCredit' | 'industryGrades',
  grades: readonly GradeNotice[],
): ReportTable {
  const rows = newestFirst(
    grades.map((grade) => ({ grade, id: `${grade.scheme}:${grade.evaluatedOn}` })),
    (item) => item.grade.evaluatedOn,
  ).map(({ grade, id }): ReportRow => ({
    id,
    cells: [
      grade.schemeName,
      gradeResultText(grade),
      grade.evaluator,
      grade.evaluatedOn,
      grade.validUntil ?? UNTIL_NEXT_EVALUATION,
    ],
    marks: [],
  }));
  return table(key, columnsOf(gradeColumns), rows, key === 'publicCredit' ? NO_GRADE : EMPTY_TABLE);
}
