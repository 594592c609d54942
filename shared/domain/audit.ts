import { z } from 'zod';
import { freeText } from './free-text';
import { isoDate, isoDateTime } from './catalogue';
import { ExportFormat } from './export';
import { listSort } from './list-sort';

/** The filters of 审计日志 (every one optional; text matches target, purpose and detail). */
export const AuditFilters = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  actor: freeText({ max: 50, tooLong: '操作人过长' }).optional(),
  action: freeText({ max: 100, tooLong: '操作类型过长' }).optional(),
  caseNumber: freeText({ max: 100, tooLong: '办件编号过长' }).optional(),
  text: freeText({ max: 100, tooLong: '查询内容过长' }).optional(),
});
export type AuditFilters = z.infer<typeof AuditFilters>;

/** The columns 审计日志 can be sorted by. */
export const AuditSortField = z.enum(['seq', 'at', 'actor', 'action', 'caseNumber']);
export type AuditSortField = z.infer<typeof AuditSortField>;

export const AuditListRequest = AuditFilters.extend({
  ...listSort(AuditSortField),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).default(0),
});
export type AuditListRequest = z.input<typeof AuditListRequest>;

/** One entry as the supervisor reads it: the stored fields, the action in Chinese and a one-line detail. */
export const AuditListItem = z.object({
  seq: z.number().int().positive(),
  at: isoDateTime,
  actor: z.string(),
  action: z.string(),
  actionLabel: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  purpose: z.string().nullable(),
  summary: z.string(),
});
export type AuditListItem = z.infer<typeof AuditListItem>;

/** A page, newest first; `actors` and `actions` are every value in the log, for the filter bar's choices. */
export const AuditList = z.object({
  total: z.number().int().nonnegative(),
  items: z.array(AuditListItem),
  actors: z.array(z.string()),
  actions: z.array(z.string()),
});
export type AuditList = z.infer<typeof AuditList>;

export const AuditExportRequest = z.object({ filters: AuditFilters, format: ExportFormat });
export type AuditExportRequest = z.input<typeof AuditExportRequest>;

const ChainBreakReason = z.enum(['altered', 'removed', 'reordered', 'inserted']);

/** This cache's chain, verified when asked (or at start). */
export const LocalChainStatus = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), count: z.number().int().nonnegative(), checkedAt: isoDateTime }),
  z.object({
    ok: z.literal(false),
    firstBadSeq: z.number().int().positive(),
    reason: ChainBreakReason,
    message: z.string(),
    /** Every break, in seq order (the first is the one above): one forgery must not hide another. */
    breaks: z.array(
      z.object({ seq: z.number().int().positive(), reason: ChainBreakReason, message: z.string() }),
    ),
    checkedAt: isoDateTime,
  }),
]);
export type LocalChainStatus = z.infer<typeof LocalChainStatus>;

const PlatformChainBreak = z.object({
  seq: z.number().int().positive(),
  reason: ChainBreakReason,
  message: z.string(),
});

/**
 * What the platform last said about this device's chain: its head at `confirmedSeq` (0: nothing yet), and every
 * break it found (`breaks`, in seq order; `broken` is the first). `fetchedAt` is when the client asked; `live` is
 * false when it could not ask now and this is the last answer it kept.
 */
export const PlatformChainStatus = z.object({
  confirmedSeq: z.number().int().nonnegative(),
  confirmedHash: z.string().nullable(),
  broken: PlatformChainBreak.nullable(),
  /** Empty in an answer kept before the platform listed every break. */
  breaks: z.array(PlatformChainBreak).default([]),
  fetchedAt: isoDateTime,
  live: z.boolean(),
});
export type PlatformChainStatus = z.infer<typeof PlatformChainStatus>;

export const AuditChainView = z.object({
  local: LocalChainStatus,
  /** null: not enrolled at a platform, or it never answered. */
  platform: PlatformChainStatus.nullable(),
});
export type AuditChainView = z.infer<typeof AuditChainView>;
