import type { DeviceUnit } from '../../../shared/platform-api/api';
import type { SyncProgress, SyncStatus, SyncSummary } from '../../../shared/domain/sync';
import { err, ok, type Result } from '../../../shared/result';
import { toBeijingIso } from '../../../shared/time';
import type { Connectivity } from '../app/connectivity';
import { deleteMeta, getMeta, setMeta } from '../app/meta.repo';
import { rememberPlatformKind } from '../app/demo-data';
import { appendAudit } from '../audit/audit.repo';
import type { Db } from '../../../node-shared/db/connection';
import type { EventBus } from '../events';
import type { FileStore } from '../../../node-shared/files/file-store';
import { uploadPendingFiles } from '../files/upload';
import { TRAINING_PLATFORM_REFUSED, trainingMessages } from '../app/training';
import { outboxCounts, pendingItems, rejectedEntries } from './outbox.repo';
import { createPlatformClient, PlatformRequestError } from './platform-client';
import { readPlatformTarget, writePlatformTarget } from './platform-target';
import { deploymentMessages, platformAt, type PlatformTarget } from '../../../shared/domain/deployment';
import { push } from './push';
import type { RetryPolicy } from './retry';
import { openReviews } from './reviews.repo';
import { pullDeliveries } from '../feedback-deliveries/pull-deliveries';
import { runSyncJob } from './run-job';
import { createFeedWatcher, type FeedWatchOptions } from './feed-watcher';
import {
  checkStanding,
  DEVICE_REVOKED,
  deviceRevokedMessage,
  isRevocation,
  isRevoked,
  markRevoked,
  revokedError,
} from './device-standing';

export type SyncDeps = {
  db: Db;
  dbFile: string;
  /** The cache's key, for the worker's own connection. */
  cacheKey: string;
  nativeBinding?: string;
  now: () => Date;
  events: EventBus;
  connectivity: Connectivity;
  /** dist/sync/sync-worker.cjs, or null to run inline (tests). */
  workerScript: string | null;
  demoPlatform: boolean;
  /**
   * 培训模式: enrol and sync only where the platform's health says it is a demo one, so training never touches a
   * real platform's data (absent: false).
   */
  training?: boolean;
  /** The platform the deployment configuration (or PLATFORM_URL on loopback) names: the only one to enrol at. */
  platform: PlatformTarget | null;
  /** Attachments to upload before each outbox chunk (the entries that name them must not arrive first). */
  files?: FileStore;
  pageSize?: number;
  pushChunkSize?: number;
  /** How often to compare checksums with the platform (default daily; 0 = every sync). */
  verifyEveryMs?: number;
  timeoutMs?: number;
  retry?: RetryPolicy;
  /**
   * The office the platform enrolled this PC for: it becomes the PC's 受理单位 (settings), since the platform takes
   * only commitments and repairs of that unit from it.
   */
  adoptUnit?: (unit: DeviceUnit) => void;
  /**
   * 实时同步: while online, wait on the platform's changes/wait and sync as soon as the feed moves
   * (feed-watcher.ts). false: the periodic sync only (the tests' default, so their syncs happen when they say).
   */
  feedWatch?: Partial<FeedWatchOptions> | false;
};

type LastError = NonNullable<SyncStatus['lastError']>;

export const AUTO_SYNC_INTERVAL_MS = 5 * 60_000;
export const VERIFY_EVERY_MS = 24 * 3_600_000;

export function createSyncService(deps: SyncDeps) {
  const { db, events } = deps;
  let running: Promise<Result<SyncSummary>> | null = null;
  let progress: SyncProgress | null = null;
  let lastError: LastError | null = null;
  let configured: PlatformTarget | null = deps.platform;

  const platformUrl = (): string | null => getMeta(db, 'platform_url');
  const token = (): string | null => getMeta(db, 'device_token');
  /** Enrolled, and not revoked: a revoked PC no longer knocks at the platform on its own. */
  const syncable = (): boolean => token() !== null && !isRevoked(db);
  const number = (key: 'sync_cursor' | 'sync_latest'): number => Number(getMeta(db, key) ?? 0);

  // Comparing checksums reads every row on both sides (about 45 s at city scale on a 2-core PC): once a day is
  // enough to catch drift, while the feed keeps the cache current in between.
  const verifyDue = (): boolean => {
    const last = getMeta(db, 'last_verified_at');
    return (
      last === null || deps.now().getTime() - Date.parse(last) >= (deps.verifyEveryMs ?? VERIFY_EVERY_MS)
    );
  };

  const status = (): SyncStatus => {
    const offset = getMeta(db, 'server_offset_ms');
    return {
      platformUrl: platformUrl(),
      configuredPlatformUrl: configured?.url ?? null,
      demoPlatform: deps.demoPlatform,
      deviceId: getMeta(db, 'device_id'),
      enrolled: token() !== null,
      lastSyncAt: getMeta(db, 'last_sync_at'),
      cursor: number('sync_cursor'),
      latest: number('sync_latest'),
      behind: Math.max(0, number('sync_latest') - number('sync_cursor')),
      outbox: outboxCounts(db),
      rejected: rejectedEntries(db),
      pendingItems: pendingItems(db),
      running: running !== null,
      progress,
      lastError: lastError ?? revokedError(db),
      serverOffsetMs: offset === null ? null : Number(offset),
      reviewsOpen: openReviews(db),
      live: watcher?.live() ?? false,
    };
  };

  const report = (next: SyncProgress): void => {
    progress = next;
    events.emit({ type: 'sync-progress', progress: next });
  };

  const fail = (code: string, message: string): Result<SyncSummary> => {
    lastError = { code, message, at: toBeijingIso(deps.now()) };
    events.emit({ type: 'sync-finished', ok: false, summary: null, error: { code, message } });
    return err('SYNC_FAILED', message, { code });
  };

  async function syncOnce(): Promise<Result<SyncSummary>> {
    const target = readPlatformTarget(db);
    const enrolledToken = token();
    if (target === null || enrolledToken === null) {
      return fail('SYNC_NOT_ENROLLED', '本机尚未在市平台登记，请在“同步”页面填写登记码');
    }
    if (isRevoked(db)) return fail(DEVICE_REVOKED, deviceRevokedMessage);
    const started = Date.now();
    const clientWith = (deviceToken: string) =>
      createPlatformClient({ target, token: deviceToken, timeoutMs: deps.timeoutMs ?? 30_000 });
    try {
      const { health, offsetMs } = await clientWith(enrolledToken).health();
      if (deps.training === true && health.demo !== true)
        return fail(TRAINING_PLATFORM_REFUSED, trainingMessages.notDemoPlatform);
      setMeta(db, 'server_offset_ms', String(Math.round(offsetMs)));
      rememberPlatformKind(db, health);
      void deps.connectivity.probe();
      // devices/me: revoked (stop here), a token to rotate (sync on with the new one), or the number every
      // commitment code carries, for a device enrolled before numbers. Nothing else there is fatal.
      const deviceToken = await checkStanding(db, clientWith(enrolledToken), enrolledToken, deps.now());
      const client = clientWith(deviceToken);
      const retry = deps.retry === undefined ? {} : { retry: deps.retry };
      const files = deps.files;
      const pending = outboxCounts(db).pending;
      // Nothing to send: no upload phase to show (a full 0/0 bar would flash before the download).
      if (pending > 0) report({ phase: 'push', done: 0, total: pending, ratePerSecond: 0 });
      const pushed = await push(db, client, {
        chunkSize: deps.pushChunkSize ?? 200,
        now: deps.now,
        ...retry,
        // Attachments before each chunk: the platform refuses an application whose files it does not hold.
        ...(files === undefined
          ? {}
          : { beforeSend: () => uploadPendingFiles(db, client, files, { now: deps.now, ...retry }) }),
        onProgress: (sent) =>
          report({
            phase: 'push',
            done: sent,
            total: pending,
            ratePerSecond: sent / ((Date.now() - started) / 1000),
          }),
      });
      const job = await runSyncJob(
        {
          dbFile: deps.dbFile,
          cacheKey: deps.cacheKey,
          ...(deps.nativeBinding === undefined ? {} : { nativeBinding: deps.nativeBinding }),
          target,
          token: deviceToken,
          pageSize: deps.pageSize ?? 5_000,
          serverOffsetMs: offsetMs,
          verify: verifyDue(),
          ...(deps.timeoutMs === undefined ? {} : { timeoutMs: deps.timeoutMs }),
          ...retry,
        },
        deps.workerScript,
        (message) =>
          report({
            phase: message.phase,
            done: message.done,
            total: message.total,
            ratePerSecond: message.ratePerSecond,
          }),
      );
      if (job.type === 'error' && job.code === DEVICE_REVOKED) {
        markRevoked(db, deps.now());
        return fail(DEVICE_REVOKED, deviceRevokedMessage);
      }
      if (job.type === 'error') return fail(job.code, job.message);
      // Where this PC's feedback stands on its way to the province (a small, device-scoped read).
      await pullDeliveries(db, client, deps.retry);
      setMeta(db, 'last_sync_at', toBeijingIso(deps.now()));
      if (job.verified) setMeta(db, 'last_verified_at', toBeijingIso(deps.now()));
      lastError = null;
      const summary: SyncSummary = {
        pushed: pushed.delivered,
        rejected: pushed.rejected,
        pulled: job.pulled,
        flagged: job.flagged,
        repairedTables: job.repairedTables,
        seconds: (Date.now() - started) / 1000,
      };
      events.emit({ type: 'sync-finished', ok: true, summary, error: null });
      events.emit({ type: 'freshness', cacheAsOf: getMeta(db, 'cache_as_of'), stale: false });
      // The feed may have brought workflow items (decisions, other windows' edits): lists refresh themselves.
      events.emit({ type: 'workflow-changed', area: 'commitments' });
      events.emit({ type: 'workflow-changed', area: 'repairs' });
      events.emit({ type: 'workflow-changed', area: 'objections' });
      if (job.flagged > 0) events.emit({ type: 'reviews-changed', open: openReviews(db) });
      return ok(summary);
    } catch (error) {
      if (isRevocation(error)) {
        markRevoked(db, deps.now());
        return fail(DEVICE_REVOKED, deviceRevokedMessage);
      }
      return error instanceof PlatformRequestError
        ? fail(error.code, error.message)
        : fail('SYNC_FAILED', `同步失败：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      progress = null;
    }
  }

  /** One sync at a time: a second request joins the one under way. */
  const run = (): Promise<Result<SyncSummary>> => {
    running ??= syncOnce().finally(() => {
      running = null;
    });
    return running;
  };

  /**
   * Enrols at the configured platform, never at an address the request names: the one-time code is sent only
   * once TLS has proven the platform's identity (platform-client.ts). `actor`: who enrols, recorded on the audit
   * entry of the enrolment — the signed-in administrator, or the app itself when it enrols with the code the
   * development start script gave it.
   */
  const enrol = async (
    request: { code: string; deviceName: string },
    actor = 'system',
  ): Promise<Result<SyncStatus>> => {
    const target = configured;
    if (target === null) return err('PLATFORM_NOT_CONFIGURED', deploymentMessages.notConfigured);
    if (running !== null) return err('SYNC_ENROL_FAILED', '正在同步，请等同步结束后再登记');
    try {
      const client = createPlatformClient({ target, timeoutMs: deps.timeoutMs ?? 15_000 });
      // The one-time code is not even sent to a real platform from a training installation.
      if (deps.training === true && (await client.health()).health.demo !== true)
        return err(TRAINING_PLATFORM_REFUSED, trainingMessages.notDemoPlatform);
      const enrolled = await client.enrol(request.code, request.deviceName);
      db.transaction(() => {
        // Another platform numbers its feed on its own: start from its beginning (upserts make that safe).
        if (platformUrl() !== target.url) {
          setMeta(db, 'sync_cursor', '0');
          setMeta(db, 'sync_latest', '0');
        }
        writePlatformTarget(db, target);
        setMeta(db, 'device_id', enrolled.deviceId);
        setMeta(db, 'device_token', enrolled.deviceToken);
        setMeta(db, 'device_number', String(enrolled.deviceNumber));
        if (enrolled.unit !== undefined && enrolled.unit !== null) deps.adoptUnit?.(enrolled.unit);
        // Enrolled afresh (with a new code from the platform): a revocation of the old enrolment no longer holds.
        deleteMeta(db, 'device_revoked_at');
        appendAudit(db, {
          at: toBeijingIso(deps.now()),
          actor,
          action: 'sync.enrol',
          targetType: 'device',
          targetId: enrolled.deviceId,
          caseNumber: null,
          purpose: null,
          detail: {
            platformUrl: target.url,
            deviceName: request.deviceName,
            deviceNumber: enrolled.deviceNumber,
            unit: enrolled.unit ?? null,
          },
        });
      })();
      void deps.connectivity.probe();
      // The first sync starts at once: a newly enrolled client has an empty cache.
      void run();
      return ok(status());
    } catch (error) {
      const failure =
        error instanceof PlatformRequestError
          ? error
          : new PlatformRequestError('NETWORK', '无法连接市平台', true);
      return err('SYNC_ENROL_FAILED', `登记失败：${failure.message}`, { code: failure.code });
    }
  };

  const online = (): boolean => deps.connectivity.status().state === 'online';
  const watcher =
    deps.feedWatch === false
      ? null
      : createFeedWatcher({
          canWatch: () => online() && syncable(),
          client: () => {
            const target = readPlatformTarget(db);
            const deviceToken = token();
            return target === null || deviceToken === null
              ? null
              : createPlatformClient({ target, token: deviceToken });
          },
          cursor: () => number('sync_cursor'),
          pull: async () => (await run()).ok,
          onLive: (live) => events.emit({ type: 'sync-live', live }),
          ...(deps.feedWatch === undefined ? {} : { options: deps.feedWatch }),
        });

  /**
   * Syncs whenever the platform comes (back) within reach, and every few minutes while it stays so; meanwhile the
   * feed watcher (实时同步) syncs as soon as the platform has something new.
   */
  const startAuto = (intervalMs = AUTO_SYNC_INTERVAL_MS): (() => void) => {
    const unsubscribe = events.subscribe((event) => {
      if (event.type === 'connectivity' && event.status.state === 'online' && syncable()) {
        void run();
        watcher?.kick();
      }
      // Enrolled, a token rotated, the platform back: a sync that went through is the moment to (re)start watching.
      if (event.type === 'sync-finished' && event.ok) watcher?.kick();
    });
    const timer = setInterval(() => {
      if (online() && syncable()) void run();
    }, intervalMs);
    timer.unref();
    watcher?.kick();
    return () => {
      unsubscribe();
      clearInterval(timer);
      watcher?.stop();
    };
  };

  /**
   * The same platform at a new address, its trust anchor unchanged (a test's platform restarted on a new port);
   * the enrolment stays valid.
   */
  const usePlatformUrl = (url: string): void => {
    configured = { ...(configured ?? readPlatformTarget(db) ?? platformAt(url)), url };
    writePlatformTarget(db, configured);
  };

  /** The platform this PC may enrol at, if one is configured. */
  const configuredPlatform = (): PlatformTarget | null => configured;

  return { status, run, enrol, startAuto, usePlatformUrl, configured: configuredPlatform };
}

export type SyncService = ReturnType<typeof createSyncService>;
