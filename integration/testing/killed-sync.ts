import { join } from 'node:path';
import { platformAt } from '../../shared/domain/deployment';
import type { Db } from '../../node-shared/db/connection';
import { syntheticOrgCode } from '../../platform/generate/synthetic/identifiers';
import { toFeedRow, upsertRows } from '../../platform/registry/registry.repo';
import { setMeta } from '../../electron/core/app/meta.repo';
import { DATABASE_FILE } from '../../electron/core/core';
import { makeSubject, makeUscc } from '../../electron/core/testing/fixtures';
import { openTempCore } from '../../electron/core/testing/temp-core';
import { createPlatformClient } from '../../electron/core/sync/platform-client';
import type { JobMessage, SyncJob } from '../../electron/core/sync/sync-job';
import { FAST_RETRY, runScript } from './platform-fixture';

// Set-up of the crash tests that kill a sync worker (SIGKILL) in the middle of a pull: a feed of numbered
// companies, a cache enrolled by writing its device token straight into meta (a worker job reads it from there),
// the worker's job, and the worker run until it is killed.

/** Publishes `count` companies 平顶山市测试批量企业<i>有限公司 (ids bulk-<i>) with valid, distinct codes. */
export function publishBulkSubjects(db: Db, count: number): void {
  upsertRows(
    db,
    'subjects',
    Array.from({ length: count }, (_, index) =>
      toFeedRow(
        makeSubject(
          `bulk-${index}`,
          `平顶山市测试批量企业${index}有限公司`,
          makeUscc(syntheticOrgCode(index + 1000)),
        ),
      ),
    ),
  );
}

type TempCore = ReturnType<typeof openTempCore>;

/** A fresh cache enrolled at the platform with `code`; the caller closes it. */
export async function enrolledCore(
  url: string,
  code: string,
  deviceName: string,
  options: Parameters<typeof openTempCore>[0] = {},
): Promise<{ core: TempCore; token: string }> {
  const core = openTempCore({ withDemo: false, clock: { now: new Date() }, ...options });
  const enrolled = await createPlatformClient({ target: platformAt(url) }).enrol(code, deviceName);
  core.db.transaction(() => {
    setMeta(core.db, 'platform_url', url);
    setMeta(core.db, 'device_id', enrolled.deviceId);
    setMeta(core.db, 'device_token', enrolled.deviceToken);
  })();
  return { core, token: enrolled.deviceToken };
}

/** The sync worker's job for a cache: pages of 500, verified, quick retries. */
export const workerJob = (
  core: Pick<TempCore, 'dataDir' | 'cacheKey'>,
  url: string,
  token: string,
): SyncJob => ({
  dbFile: join(core.dataDir, DATABASE_FILE),
  cacheKey: core.cacheKey,
  target: platformAt(url),
  token,
  pageSize: 500,
  serverOffsetMs: 0,
  verify: true,
  retry: FAST_RETRY,
});

/**
 * Runs the bundled sync worker on `job` and kills it (SIGKILL) at its first progress report of `rows` rows or more.
 * Resolves with the rows it had reported then (-1 if it was never killed) and how it exited (null when killed).
 */
export async function pullKilledAfter(
  worker: string,
  job: SyncJob,
  rows: number,
): Promise<{ killedAt: number; exitCode: number | null }> {
  let killedAt = -1;
  const run = runScript(worker, [], { CCW_SYNC_JOB: JSON.stringify(job) }, (line) => {
    const message = JSON.parse(line) as JobMessage;
    if (message.type === 'progress' && message.done >= rows && killedAt < 0) {
      killedAt = message.done;
      run.child.kill('SIGKILL');
    }
  });
  const exitCode = await run.exited;
  return { killedAt, exitCode };
}
