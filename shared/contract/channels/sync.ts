import { z } from 'zod';
import { EnrolRequest, ReviewItem, SyncStatus, SyncSummary } from '../../domain/sync';
import { Empty, ADMIN, SIGNED_IN, channel } from './entry';

// Sync with the city platform, and the checks a sync flags for review (需复核).
export const syncChannels = {
  /** Where the client stands with the city platform: enrolment, cursor, outbox, rejected entries, progress. */
  'sync:status': channel({
    request: Empty,
    response: SyncStatus,
    roles: SIGNED_IN,
    action: '查看同步状态',
    sample: {},
  }),
  /** Push the outbox, pull the change feed, verify checksums; resolves when done (progress comes as events). */
  'sync:run': channel({
    request: Empty,
    response: SyncSummary,
    roles: SIGNED_IN,
    action: '与市平台同步',
    sample: {},
  }),
  /** Enrol this client at a platform with a one-time code issued there. */
  'sync:enrol': channel({
    request: EnrolRequest,
    response: SyncStatus,
    roles: ADMIN,
    action: '将本机登记到市平台',
    sample: {
      code: 'ABCDEF12',
      deviceName: '叶县政务服务中心1号窗口',
    },
  }),
  /** Checks flagged 需复核 after a sync, open ones first. */
  'reviews:list': channel({
    request: z.object({ includeAcknowledged: z.boolean().default(false) }),
    response: z.object({ items: z.array(ReviewItem) }),
    roles: SIGNED_IN,
    action: '查看需复核的核查',
    sample: {},
  }),
  /** The clerk has looked at a flagged check again (复核完成). */
  'reviews:acknowledge': channel({
    request: z.object({ checkId: z.string().min(1) }),
    response: z.object({ open: z.number().int() }),
    roles: SIGNED_IN,
    action: '确认复核',
    sample: { checkId: 'c-1' },
  }),
};
