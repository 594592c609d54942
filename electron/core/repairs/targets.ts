import type { ListKind } from '../../../shared/domain/catalogue';
import type { RepairTargetTable } from '../../../shared/domain/repair';
import type { CreditRecord, SubjectKind } from '../../../shared/domain/subject';
import { repairableAtWindow } from '../../../shared/repair/published';
import type { Db } from '../../../node-shared/db/connection';

/** A credit record as the repair rules see it. */
export type RecordTarget = {
  table: 'credit_records';
  id: string;
  subjectId: string;
  title: string;
  category: CreditRecord['category'];
  decisionOn: string;
  status: CreditRecord['status'];
  /** How a granted repair changed it (终止公示 …), for its status as people read it. */
  repairOutcome: NonNullable<CreditRecord['repairOutcome']> | null;
  severity: NonNullable<CreditRecord['severity']> | null;
  domain: string | null;
  procedure: NonNullable<CreditRecord['procedure']> | null;
  /** Whose record it is: whether it is a basis at all depends on it (record-rules.json). */
  subjectKind: SubjectKind;
  publicationEndsOn: string | null;
  /** 认定单位: the department that made the decision. */
  unit: string;
};

/** A list entry (严重失信名单, 经营异常名录 …) with its list's name and kind. */
export type EntryTarget = {
  table: 'list_entries';
  id: string;
  subjectId: string;
  title: string;
  listType: string;
  kind: ListKind | null;
  decisionOn: string;
  status: 'active' | 'removed';
  expiresOn: string | null;
  /** 认定单位: the unit that put the subject on the list. */
  unit: string;
};

export type RepairTarget = RecordTarget | EntryTarget;

const RECORD_COLUMNS = `r.id, r.subject_id AS subjectId, r.title, r.category, r.decision_on AS decisionOn, r.status,
  r.repair_outcome AS repairOutcome, r.severity, r.domain, r.procedure, s.kind AS subjectKind, r.publication_ends_on AS publicationEndsOn,
  r.source_department AS unit`;
const RECORDS = 'credit_records r JOIN subjects s ON s.id = r.subject_id';
const ENTRY_COLUMNS = `e.id, e.subject_id AS subjectId, coalesce(t.name, e.list_type) AS title,
  e.list_type AS listType, t.kind, e.listed_on AS decisionOn, e.status, e.expires_on AS expiresOn,
  e.listing_unit AS unit`;

const asRecord = (row: Omit<RecordTarget, 'table'>): RecordTarget => ({ table: 'credit_records', ...row });
const asEntry = (row: Omit<EntryTarget, 'table'>): EntryTarget => ({ table: 'list_entries', ...row });

/** The target row as the cache has it now; null when it is not (or no longer) there. */
export function findTarget(db: Db, table: RepairTargetTable, id: string): RepairTarget | null {
  if (table === 'credit_records') {
    const row = db.prepare(`SELECT ${RECORD_COLUMNS} FROM ${RECORDS} WHERE r.id = ?`).get(id) as
      Omit<RecordTarget, 'table'> | undefined;
    return row === undefined ? null : asRecord(row);
  }
  const row = db
    .prepare(
      `SELECT ${ENTRY_COLUMNS} FROM list_entries e LEFT JOIN list_types t ON t.code = e.list_type WHERE e.id = ?`,
    )
    .get(id) as Omit<EntryTarget, 'table'> | undefined;
  return row === undefined ? null : asEntry(row);
}

/**
 * What a subject could apply to repair on `today`: its active entries on a serious-failure or abnormal-operation
 * list, then the records the window takes applications for (repairableAtWindow: published on `today`, 行政处罚
 * or 信用承诺 — the same rule as 申请信用修复 on a check result); newest decision first. Entries removed by
 * another authority (失信被执行人) and records that are no basis (a natural person's 简易程序 penalty) stay in
 * the list: targetEligibility says why no application is taken and where to go instead.
 */
export function candidateTargets(db: Db, subjectId: string, today: string): RepairTarget[] {
  const entries = (
    db
      .prepare(
        `SELECT ${ENTRY_COLUMNS} FROM list_entries e JOIN list_types t ON t.code = e.list_type
         WHERE e.subject_id = ? AND e.status = 'active' AND t.kind IN ('serious', 'abnormal')
         ORDER BY e.listed_on DESC, e.id`,
      )
      .all(subjectId) as Omit<EntryTarget, 'table'>[]
  ).map(asEntry);
  const records = (
    db
      .prepare(
        `SELECT ${RECORD_COLUMNS} FROM ${RECORDS} WHERE r.subject_id = ? ORDER BY r.decision_on DESC, r.id`,
      )
      .all(subjectId) as Omit<RecordTarget, 'table'>[]
  )
    .filter((record) => repairableAtWindow(record, today))
    .map(asRecord);
  return [...entries, ...records];
}

/**
 * What a subject may object to (异议处理): every entry it is on a list with, and every record still shown
 * (not 已停止公示 / 已屏蔽), newest decision first.
 */
export function shownTargets(db: Db, subjectId: string): RepairTarget[] {
  const entries = (
    db
      .prepare(
        `SELECT ${ENTRY_COLUMNS} FROM list_entries e LEFT JOIN list_types t ON t.code = e.list_type
         WHERE e.subject_id = ? AND e.status = 'active' ORDER BY e.listed_on DESC, e.id`,
      )
      .all(subjectId) as Omit<EntryTarget, 'table'>[]
  ).map(asEntry);
  const records = (
    db
      .prepare(
        `SELECT ${RECORD_COLUMNS} FROM ${RECORDS} WHERE r.subject_id = ? AND r.status <> 'unpublished'
         ORDER BY r.decision_on DESC, r.id`,
      )
      .all(subjectId) as Omit<RecordTarget, 'table'>[]
  ).map(asRecord);
  return [...entries, ...records];
}
