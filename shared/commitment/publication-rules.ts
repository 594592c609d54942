import { z } from 'zod';

/**
 * The columns of the commitment data standard, by our name. Their order and Chinese headers are data
 * (CommitmentPublicationRules.exportFields), so the city can correct them without a release.
 */
export const commitmentExportFieldIds = [
  'code',
  'committerName',
  'committerKind',
  'committerIdentifier',
  'type',
  'reason',
  'content',
  'liability',
  'madeOn',
  'validUntil',
  'fulfilment',
  'unfulfilledContent',
  'liabilityPursued',
  'verifiedOn',
  'recognisingUnitName',
  'recognisingUnitCode',
  'acceptingUnitName',
  'acceptingUnitCode',
  'publicity',
  'remark',
] as const;
export const CommitmentExportFieldId = z.enum(commitmentExportFieldIds);
export type CommitmentExportFieldId = z.infer<typeof CommitmentExportFieldId>;

/**
 * resources/rules/commitment-publication.json: how the platform publishes commitments whose 公开类型 is
 * 可向社会公开 — how a natural person is masked on the public page, and the columns (in order) of the export
 * for upload to 信用中国. Neither is confirmed (docs/research/issue-15-policy.md §3): `confirmed` says so.
 */
export const CommitmentPublicationRules = z.object({
  version: z.string().min(1),
  basis: z.string().min(1),
  masking: z.object({
    /** A natural person's name: this many leading characters shown, then `nameStars` stars (张*). */
    nameVisibleLeading: z.number().int().min(0).max(2),
    nameStars: z.number().int().min(1).max(8),
    /** A natural person's ID number: this many leading and trailing characters shown, the rest starred. */
    identifierVisibleLeading: z.number().int().min(0).max(6),
    identifierVisibleTrailing: z.number().int().min(0).max(4),
    /** Whether the export for 信用中国 masks natural persons too (the data standard's own 脱敏 is 否). */
    maskInExport: z.boolean(),
    source: z.string().min(1),
  }),
  /** The export's columns in the standard's order, each with its header as the standard names it. */
  exportFields: z
    .array(z.object({ field: CommitmentExportFieldId, header: z.string().min(1).max(50) }))
    .min(1)
    .refine(
      (fields) => new Set(fields.map((entry) => entry.field)).size === fields.length,
      '导出字段不能重复',
    ),
  /** 承诺人类别 as the standard spells its values. */
  committerKindValues: z.object({
    'legal-person': z.string().min(1),
    'individual-business': z.string().min(1),
    'natural-person': z.string().min(1),
  }),
  exportSource: z.string().min(1),
  /** Rows of the public page per page (the page never serves more at once). */
  pageSize: z.number().int().min(1).max(100),
  confirmed: z.boolean(),
  note: z.string().optional(),
});
export type CommitmentPublicationRules = z.infer<typeof CommitmentPublicationRules>;
