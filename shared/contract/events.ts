import { z } from 'zod';
import { ConnectivityStatus } from '../domain/app';
import { SyncProgress, SyncSummary } from '../domain/sync';
import { isoDateTime } from '../domain/catalogue';
import { Session } from '../domain/auth';

/** Core → UI events, one discriminated union. */
export const AppEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('connectivity'), status: ConnectivityStatus }),
  z.object({ type: z.literal('freshness'), cacheAsOf: isoDateTime.nullable(), stale: z.boolean() }),
  z.object({ type: z.literal('check-recorded'), checkId: z.string() }),
  z.object({ type: z.literal('sync-progress'), progress: SyncProgress }),
  z.object({
    type: z.literal('sync-finished'),
    ok: z.boolean(),
    summary: SyncSummary.nullable(),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
  }),
  z.object({ type: z.literal('reviews-changed'), open: z.number().int() }),
  /** Commitments or repair applications changed (a local edit, or a sync brought the platform's). */
  z.object({ type: z.literal('workflow-changed'), area: z.enum(['commitments', 'repairs', 'objections']) }),
  /** The session began, locked (the core's inactivity timer), unlocked or ended: the UI shows the right screen. */
  z.object({ type: z.literal('session'), session: Session.nullable() }),
  /** 实时同步 began (a wait is held at the platform) or ended (定时同步 only, until the platform answers again). */
  z.object({ type: z.literal('sync-live'), live: z.boolean() }),
]);
export type AppEvent = z.infer<typeof AppEvent>;

/** The single IPC channel name on which events travel (Electron) — declared here, used by main and preload. */
export const EVENT_CHANNEL = 'app:event';
