import { z } from 'zod';
import { feedbackActions } from '../domain/check';

/**
 * What we already record that a field of the provincial 联合奖惩 反馈 record may carry: the subject and approval
 * from the check's snapshot, the rest from the clerk's feedback item (shared/domain/check.ts FeedbackItem).
 */
export const feedbackFieldSources = [
  'subjectName',
  'subjectCode',
  'matterCode',
  'matterName',
  'caseNumber',
  'listName',
  'action',
  'result',
  'reason',
  'amount',
  'legalBasis',
  'department',
  'districtCode',
  'actedOn',
  'actedAt',
  'feedbackId',
  'recordedAt',
] as const;
export const FeedbackFieldSource = z.enum(feedbackFieldSources);
export type FeedbackFieldSource = z.infer<typeof FeedbackFieldSource>;

const fieldName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, '字段名应以字母开头，只含字母、数字和下划线，不超过64个字符');

/**
 * The provincial system's 反馈 field set as data (resources/rules/provincial-feedback.json): each outgoing field's
 * name, its order (the order of `fields`) and which recorded value it carries. NOT CONFIRMED: no Henan or national
 * field set was found (docs/research/issue-15-policy.md §4); the bundled names are placeholders, and the city
 * platform replaces them (`--set-rule provincial-feedback <file>`) once the province names its interface.
 */
export const ProvincialFeedbackFields = z
  .object({
    version: z.string().min(1),
    source: z.string().min(1),
    confirmed: z.boolean(),
    fields: z
      .array(
        z.object({
          name: fieldName,
          /** What the field means, in Chinese (shown to operators; never sent). */
          label: z.string().min(1),
          from: FeedbackFieldSource,
        }),
      )
      .min(1)
      .max(60),
    /** How each of our feedback actions is written in the provincial record (已惩戒 / 已激励 / 未采取措施). */
    actionValues: z.object(
      Object.fromEntries(feedbackActions.map((action) => [action, z.string().min(1).max(20)])) as Record<
        (typeof feedbackActions)[number],
        z.ZodString
      >,
    ),
  })
  .superRefine((table, context) => {
    const seen = new Set<string>();
    table.fields.forEach((field, index) => {
      if (seen.has(field.name))
        context.addIssue({
          code: 'custom',
          path: ['fields', index, 'name'],
          message: `字段名“${field.name}”重复`,
        });
      seen.add(field.name);
    });
  });
export type ProvincialFeedbackFields = z.infer<typeof ProvincialFeedbackFields>;

const text = z.string().min(1).max(1000);
/** The value each source gives, as the outgoing record's schema checks it. */
const valueSchemas: Record<FeedbackFieldSource, z.ZodType> = {
  subjectName: text,
  subjectCode: z.string().regex(/^[0-9A-Z]{18}$/),
  matterCode: text,
  matterName: text,
  caseNumber: text,
  listName: text,
  action: text,
  result: text,
  reason: z.string().max(500).nullable(),
  amount: z.number().nonnegative().nullable(),
  legalBasis: text,
  department: text,
  districtCode: z.string().regex(/^\d{6}$/),
  actedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  actedAt: z.string().datetime({ offset: true }),
  feedbackId: text,
  recordedAt: z.string().datetime({ offset: true }),
};

/** The outgoing record's schema, built from the table: exactly its fields, nothing else. */
export const provincialRecordSchema = (table: ProvincialFeedbackFields) =>
  z.strictObject(Object.fromEntries(table.fields.map((field) => [field.name, valueSchemas[field.from]])));

export type ProvincialRecord = Record<string, string | number | null>;
