import { z } from 'zod';
import { freeText } from './free-text';
import { isoDateTime } from './catalogue';
import { CheckListItem } from './check';

export const OutboxCounts = z.object({
  pending: z.number().int(),
  delivered: z.number().int(),
  rejected: z.number().int(),
  conflict: z.number().int(),
});

/** How many pending outbox entries the sync page lists (the oldest first); the count covers the rest. */
export const PENDING_SHOWN = 100;

/** An outbox entry the platform refused: shown to the clerk with the platform's reason. */
export const RejectedEntry = z.object({
  mutationId: z.number().int(),
  kind: z.string(),
  createdAt: isoDateTime,
  state: z.enum(['rejected', 'conflict']),
  code: z.string(),
  message: z.string(),
  /** The commitment or repair application the entry is about, to open it (both versions are shown there). */
  item: z.object({ area: z.enum(['commitments', 'repairs', 'objections']), id: z.string() }).nullable(),
});
export type RejectedEntry = z.infer<typeof RejectedEntry>;

/** An outbox entry still waiting to reach the platform: what it is, when, by whom, and the item to open. */
export const PendingItem = z.object({
  mutationId: z.number().int(),
  kind: z.string(),
  createdAt: isoDateTime,
  /** Who made it (account), or null for evidence queued without one. */
  madeBy: z.string().nullable(),
  item: RejectedEntry.shape.item,
});
export type PendingItem = z.infer<typeof PendingItem>;

/** index: the name search and the indexes a bulk pull set aside are built once, after its last page. */
export const SyncPhase = z.enum(['push', 'pull', 'index', 'verify']);
export type SyncPhase = z.infer<typeof SyncPhase>;

export const SyncProgress = z.object({
  phase: SyncPhase,
  done: z.number().int(),
  /** Unknown until the platform has said how far behind the cache is. */
  total: z.number().int().nullable(),
  ratePerSecond: z.number(),
});
export type SyncProgress = z.infer<typeof SyncProgress>;

export const SyncStatus = z.object({
  /** The platform this PC syncs with (where it is enrolled, or the configured one). */
  platformUrl: z.string().nullable(),
  /** The platform the deployment configuration names, the only one this PC may enrol at; null: none configured. */
  configuredPlatformUrl: z.string().nullable(),
  /** The reference platform started on loopback by this app because none was configured. */
  demoPlatform: z.boolean(),
  deviceId: z.string().nullable(),
  enrolled: z.boolean(),
  lastSyncAt: isoDateTime.nullable(),
  cursor: z.number().int(),
  latest: z.number().int(),
  /** Changes the platform has that the cache has not applied yet (as of the last exchange). */
  behind: z.number().int(),
  outbox: OutboxCounts,
  rejected: z.array(RejectedEntry),
  /** The oldest pending entries (at most PENDING_SHOWN; outbox.pending counts them all). */
  pendingItems: z.array(PendingItem).default([]),
  running: z.boolean(),
  progress: SyncProgress.nullable(),
  /** The last sync's failure; code DEVICE_REVOKED stays while the platform has revoked this PC. */
  lastError: z.object({ code: z.string(), message: z.string(), at: isoDateTime }).nullable(),
  /** Platform clock minus ours, in ms, at the last exchange; county PCs drift and that is never fatal. */
  serverOffsetMs: z.number().nullable(),
  reviewsOpen: z.number().int(),
  /** 实时同步: the client holds a wait at the platform and syncs as soon as it changes; false: 定时同步 only. */
  live: z.boolean().default(false),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const SyncSummary = z.object({
  pushed: z.number().int(),
  rejected: z.number().int(),
  pulled: z.number().int(),
  flagged: z.number().int(),
  repairedTables: z.array(z.string()),
  seconds: z.number(),
});
export type SyncSummary = z.infer<typeof SyncSummary>;

/**
 * No platform address: a PC enrols only at the platform its deployment configuration names
 * (shared/domain/deployment.ts), so whoever stands at the sign-in screen cannot hand it to another one.
 */
export const EnrolRequest = z
  .object({
    code: z.string().trim().min(6, '请输入市平台发放的登记码'),
    deviceName: freeText({ max: 100, tooLong: '本机名称过长' }).min(1, '请填写本机名称'),
  })
  .strict();
export type EnrolRequest = z.infer<typeof EnrolRequest>;

/** A check flagged 需复核: made offline or on stale data, and its subject changed at the platform since. */
export const ReviewItem = CheckListItem.extend({
  flaggedAt: isoDateTime,
  reason: z.string(),
  acknowledgedAt: isoDateTime.nullable(),
  acknowledgedBy: z.string().nullable(),
});
export type ReviewItem = z.infer<typeof ReviewItem>;

/** The sync error code of a PC the platform revoked: sync stops until the PC is enrolled again. */
export const DEVICE_REVOKED = 'DEVICE_REVOKED';
