import { z } from 'zod';
import { type FeedbackAction, FeedbackRecord } from '../domain/check';
import {
  type FeedbackFieldSource,
  type ProvincialFeedbackFields,
  type ProvincialRecord,
  provincialRecordSchema,
} from './field-map';

/**
 * What of a check's snapshot the provincial record needs (the platform keeps the snapshot as the device sent it;
 * older snapshots may lack fields that do not matter here, so only these are read).
 */
export const ForwardedCheck = z.looseObject({
  context: z.looseObject({
    caseNumber: z.string(),
    matter: z.looseObject({ code: z.string(), name: z.string() }),
  }),
  subject: z.looseObject({ name: z.string(), identifier: z.string() }).nullable(),
  hits: z.array(z.looseObject({ key: z.string(), listType: z.looseObject({ name: z.string() }) })),
});
export type ForwardedCheck = z.infer<typeof ForwardedCheck>;

const valueOf = (
  source: FeedbackFieldSource,
  check: ForwardedCheck,
  feedback: FeedbackRecord,
  actionValues: Record<FeedbackAction, string>,
): string | number | null => {
  switch (source) {
    case 'subjectName':
      return check.subject?.name ?? '';
    case 'subjectCode':
      return check.subject?.identifier ?? '';
    case 'matterCode':
      return check.context.matter.code;
    case 'matterName':
      return check.context.matter.name;
    case 'caseNumber':
      return check.context.caseNumber;
    case 'listName':
      return check.hits.find((hit) => hit.key === feedback.hitKey)?.listType.name ?? '';
    case 'action':
      return actionValues[feedback.action];
    case 'result':
      return feedback.result;
    case 'reason':
      return feedback.reason;
    case 'amount':
      return feedback.amount;
    case 'legalBasis':
      return feedback.legalBasis;
    case 'department':
      return feedback.department;
    case 'districtCode':
      return feedback.districtCode;
    case 'actedOn':
      return feedback.actedAt.slice(0, 10);
    case 'actedAt':
      return feedback.actedAt;
    case 'feedbackId':
      return feedback.id;
    case 'recordedAt':
      return feedback.recordedAt;
  }
};

/** The record, or why it cannot be built (Chinese, for the operator and the window). */
export type BuiltRecord = { ok: true; record: ProvincialRecord } | { ok: false; message: string };

/**
 * One feedback item as the provincial record: the table's fields in the table's order, each from what we
 * recorded, checked against the record schema. A value the schema refuses names the field in Chinese.
 */
export function buildProvincialRecord(
  table: ProvincialFeedbackFields,
  check: unknown,
  feedback: unknown,
): BuiltRecord {
  const parsedCheck = ForwardedCheck.safeParse(check);
  if (!parsedCheck.success) return { ok: false, message: '核查记录内容不完整，无法生成报送记录' };
  const parsedFeedback = FeedbackRecord.safeParse(feedback);
  if (!parsedFeedback.success) return { ok: false, message: '反馈内容不完整，无法生成报送记录' };
  const record: ProvincialRecord = {};
  for (const field of table.fields)
    record[field.name] = valueOf(field.from, parsedCheck.data, parsedFeedback.data, table.actionValues);
  const checked = provincialRecordSchema(table).safeParse(record);
  if (!checked.success) {
    const labels = [
      ...new Set(
        checked.error.issues.map(
          (issue) => table.fields.find((field) => field.name === issue.path[0])?.label ?? '（整体）',
        ),
      ),
    ];
    return { ok: false, message: `报送记录的以下字段不符合要求：${labels.join('、')}` };
  }
  return { ok: true, record };
}
