import type { Db } from '../../node-shared/db/connection';
import type { CreditRecord, SubjectKind } from '../../shared/domain/subject';
import type { RepairTargetTable } from '../../shared/domain/repair';
import { recordBasis } from '../../shared/records/basis';
import { outsideWindowFor, outsideWindowMessage } from '../../shared/repair/outside-window';
import { requiredRuleTable } from '../rules/rule-tables';

export type OutOfScope = { code: 'REPAIR_OTHER_AUTHORITY' | 'REPAIR_NOT_A_BASIS'; message: string };

type EntryRow = { listType: string; listName: string | null };
type RecordRow = Pick<CreditRecord, 'category' | 'procedure' | 'severity'> & { subjectKind: SubjectKind };

/**
 * Why the platform takes no repair of this target, as the window does not (electron/core/repairs/eligibility):
 * an entry another authority removes (失信被执行人: the court — repair-regimes.json outsideWindow), or a record
 * that is no basis (a natural person's 简易程序 penalty — record-rules.json). null when in scope or gone.
 */
export function outOfRepairScope(
  db: Db,
  target: { table: RepairTargetTable; id: string },
): OutOfScope | null {
  if (target.table === 'list_entries') {
    const entry = db
      .prepare(
        `SELECT e.list_type AS "listType", t.name AS "listName" FROM list_entries e
           LEFT JOIN list_types t ON t.code = e.list_type WHERE e.id = ?`,
      )
      .get(target.id) as EntryRow | undefined;
    if (entry === undefined) return null;
    const elsewhere = outsideWindowFor(requiredRuleTable(db, 'repair-regimes'), entry.listType);
    return elsewhere === null
      ? null
      : {
          code: 'REPAIR_OTHER_AUTHORITY',
          message: outsideWindowMessage(elsewhere, entry.listName ?? entry.listType),
        };
  }
  const record = db
    .prepare(
      `SELECT r.category, r.procedure, r.severity, s.kind AS "subjectKind"
         FROM credit_records r JOIN subjects s ON s.id = r.subject_id WHERE r.id = ?`,
    )
    .get(target.id) as RecordRow | undefined;
  if (record === undefined) return null;
  const basis = recordBasis(requiredRuleTable(db, 'record-rules'), record, record.subjectKind);
  return basis.basis
    ? null
    : {
        code: 'REPAIR_NOT_A_BASIS',
        message: `${basis.reason}该记录不作为失信信息共享和使用，无需信用修复。`,
      };
}
