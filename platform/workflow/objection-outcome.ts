import type { Db } from '../../node-shared/db/connection';
import { isoDate } from '../../shared/calendar/day';
import {
  correctableListEntryFields,
  correctableRecordFields,
  type CorrectableField,
  type ObjectionCorrection,
  type ObjectionOutcome,
  type ObjectionTargetTable,
} from '../../shared/domain/objection';
import { correctableFieldLabels, objectionOutcomeLabels } from '../../shared/domain/labels';
import { repairTargetLabels } from '../../shared/domain/workflow-labels';
import { applyRepairOutcome } from './repair-outcome';
import { readTargetRow } from './workflow.repo';

/** Each correctable field's column and whether it may be emptied ('' → NULL) and whether it is a date. */
const columns: Record<CorrectableField, { column: string; nullable: boolean; date: boolean }> = {
  title: { column: 'title', nullable: false, date: false },
  content: { column: 'content', nullable: false, date: false },
  decisionNumber: { column: 'decision_number', nullable: true, date: false },
  decisionOn: { column: 'decision_on', nullable: false, date: true },
  publicationEndsOn: { column: 'publication_ends_on', nullable: true, date: true },
  reason: { column: 'reason', nullable: false, date: false },
  documentNumber: { column: 'document_number', nullable: true, date: false },
  listedOn: { column: 'listed_on', nullable: false, date: true },
  expiresOn: { column: 'expires_on', nullable: true, date: true },
};

const fieldsOf: Record<ObjectionTargetTable, readonly CorrectableField[]> = {
  credit_records: correctableRecordFields,
  list_entries: correctableListEntryFields,
};

export type ObjectionOutcomeResult =
  | { ok: true; corrections: ObjectionCorrection[] }
  | { ok: false; code: 'OUTCOME_NOT_APPLICABLE' | 'TARGET_MISSING' | 'CORRECTION_INVALID'; message: string };

const refuse = (code: 'OUTCOME_NOT_APPLICABLE' | 'TARGET_MISSING' | 'CORRECTION_INVALID', message: string) =>
  ({ ok: false, code, message }) as const;

/**
 * Applies the 认定单位's decision for one record, in the caller's transaction; the change log carries it to every
 * client. 维持 leaves it; 更正 writes the corrected fields (each recorded with its value before); 删除 and 屏蔽 end
 * its publication as a granted repair does (repair-outcome.ts): a deleted row leaves a tombstone, a masked record
 * is no longer published (已屏蔽), a masked list entry is taken off its list.
 */
export function applyObjectionOutcome(
  db: Db,
  target: { table: ObjectionTargetTable; id: string },
  outcome: ObjectionOutcome,
  corrections: readonly Pick<ObjectionCorrection, 'field' | 'value'>[],
  day: string,
): ObjectionOutcomeResult {
  const label = repairTargetLabels[target.table];
  const row = readTargetRow(db, target.table, target.id);
  if (row === null)
    return refuse(
      'TARGET_MISSING',
      `异议的${label}在市平台上已不存在，无法作出“${objectionOutcomeLabels[outcome]}”决定`,
    );
  if (outcome !== 'correct' && corrections.length > 0)
    return refuse('CORRECTION_INVALID', `只有“更正”决定才填写更正内容`);
  if (outcome === 'maintain') return { ok: true, corrections: [] };
  if (outcome === 'delete' || outcome === 'mask') {
    const repairOutcome =
      outcome === 'delete' ? 'delete' : target.table === 'list_entries' ? 'remove-from-list' : 'mask';
    const applied = applyRepairOutcome(db, target, repairOutcome, day);
    return applied.ok ? { ok: true, corrections: [] } : refuse(applied.code, applied.message);
  }
  if (corrections.length === 0) return refuse('CORRECTION_INVALID', '“更正”决定须写明更正的内容');
  const allowed = fieldsOf[target.table];
  const seen = new Set<CorrectableField>();
  const recorded: ObjectionCorrection[] = [];
  for (const correction of corrections) {
    const fieldLabel = correctableFieldLabels[correction.field];
    if (!allowed.includes(correction.field))
      return refuse(
        'OUTCOME_NOT_APPLICABLE',
        `${label}没有“${fieldLabel}”一项，可更正：${allowed.map((field) => correctableFieldLabels[field]).join('、')}`,
      );
    if (seen.has(correction.field)) return refuse('CORRECTION_INVALID', `“${fieldLabel}”更正了两次`);
    seen.add(correction.field);
    const spec = columns[correction.field];
    const value = correction.value.trim();
    if (value === '' && !spec.nullable) return refuse('CORRECTION_INVALID', `“${fieldLabel}”不能更正为空`);
    if (value !== '' && spec.date && !isoDate.safeParse(value).success)
      return refuse('CORRECTION_INVALID', `“${fieldLabel}”应写成“年-月-日”，如 2026-03-05`);
    const previous = row[spec.column];
    recorded.push({
      field: correction.field,
      value,
      previous: typeof previous === 'string' ? previous : null,
    });
    db.prepare(`UPDATE ${target.table} SET ${spec.column} = ? WHERE id = ?`).run(
      value === '' ? null : value,
      target.id,
    );
  }
  return { ok: true, corrections: recorded };
}
