import type { onRequestAsyncHookHandler } from 'fastify';
import type { Db } from '../../node-shared/db/connection';
import type { DeviceLimits } from '../access/device-limits';
import type { LoginGuard } from '../access/login-guard';
import type { FeedSignal } from '../feed/feed-signal';
import type { StreamSlots } from '../feed/stream-slots';
import type { Readers } from './readers';

/** What every route needs; built once per server. */
export type RouteContext = {
  db: Db;
  filesDir: string;
  version: string;
  /** Demo mode: the demo data set and the demo accounts (health reports it). */
  demo: boolean;
  now: () => Date;
  readers: Readers;
  /** The device-token hook, for every route but health and enrol. */
  auth: onRequestAsyncHookHandler;
  /** Every password check (device sign-in and HTTP Basic) goes through it. */
  logins: LoginGuard;
  /** What one device may take of the platform (access/device-limits.ts). */
  limits: DeviceLimits;
  /** The feed streams each device has open, bounded by limits.feedStreams. */
  streams: StreamSlots;
  /** Wakes the changes/wait long-polls when the feed grows (feed/feed-signal.ts); one per server. */
  feedSignal: FeedSignal;
};
