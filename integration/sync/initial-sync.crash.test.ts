import { rmSync } from 'node:fs';
import { expect, it } from 'vitest';
import { platformAt } from '../../shared/domain/deployment';
import { toFeedRow, upsertRows } from '../../platform/registry/registry.repo';
import { getMeta } from '../../electron/core/app/meta.repo';
import { createCore } from '../../electron/core/core';
import { deferredSchemaObjects } from '../../electron/core/db/search-index';
import { makeRecord } from '../../electron/core/testing/fixtures';
import { RESOURCES_DIR } from '../../electron/core/testing/temp-core';
import { searchSubjects } from '../../electron/core/subjects/subjects.repo';
import { localChecksums } from '../../electron/core/sync/checksums';
import { createPlatformClient } from '../../electron/core/sync/platform-client';
import { runJob, type JobMessage } from '../../electron/core/sync/sync-job';
import type { Db } from '../../node-shared/db/connection';
import { syncedTables } from '../../shared/platform-api/api';
import { syncedColumns } from '../../platform/registry/synced-columns';
import { bundle, openTempPlatform } from '../testing/platform-fixture';
import { cleanupAfterEach } from '../testing/cleanups';
import { enrolledCore, publishBulkSubjects, pullKilledAfter, workerJob } from '../testing/killed-sync';

// An initial sync builds the secondary indexes and the name index once at its end. Killed (SIGKILL) in the middle
// of it, the cache must come back with exactly its indexes when reopened, resume from the committed cursor and end
// as a clean load of the same feed would. Real processes, real SQLite files, real HTTP on loopback.
const cleanup = cleanupAfterEach();
const DEVICE_NAME = '初始同步测试机';

const indexesAndTriggers = (db: Db): string[] =>
  (
    db
      .prepare(
        "SELECT type || ' ' || name || ': ' || sql AS object FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL",
      )
      .pluck()
      .all() as string[]
  ).sort();

const rowCounts = (db: Db): Record<string, number> =>
  Object.fromEntries(
    Object.keys(syncedTables).map((table) => [
      table,
      db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number,
    ]),
  );

const QUERIES = ['批量企业12345', '批量企业777', '测试批量', '企业', '有限公司'];
const searches = (db: Db): string[][] =>
  QUERIES.map((query) => searchSubjects(db, query, 20).map((subject) => subject.id));

it('an initial sync killed mid-load gets its indexes back on reopen, resumes and ends as a clean load', async () => {
  const platform = await openTempPlatform();
  cleanup(() => platform.dispose());
  const running = platform.current();
  publishBulkSubjects(running.db, 20_000);
  upsertRows(
    running.db,
    'credit_records',
    Array.from({ length: 10_000 }, (_, index) =>
      // Every column, those a record leaves out (severity, …) as NULL.
      ({
        ...Object.fromEntries(syncedColumns.credit_records.map((column) => [column, null])),
        ...toFeedRow(makeRecord(`record-${index}`, `bulk-${(index * 7) % 20_000}`)),
      }),
    ),
  );
  const latest = Number(running.db.prepare('SELECT max(seq) FROM changes').pluck().get());
  const worker = await bundle('electron/core/sync/sync-worker.ts', 'sync-worker');
  // The reference: a fresh cache loading the whole feed in one go.
  const clean = await enrolledCore(running.url, running.issueCode(), DEVICE_NAME);
  cleanup(() => clean.core.dispose());
  const cleanSchema = indexesAndTriggers(clean.core.db);
  const cleanMessages: JobMessage[] = [];
  await runJob(workerJob(clean.core, running.url, clean.token), (message) => cleanMessages.push(message));
  expect(cleanMessages.at(-1)).toMatchObject({ type: 'done', cursor: latest, repairedTables: [] });
  // The clerk is told when the rows are in and the indexes are being built: once, after the last page.
  const phases = cleanMessages.flatMap((message) => (message.type === 'progress' ? [message.phase] : []));
  expect(phases.filter((phase) => phase === 'index')).toHaveLength(1);
  expect(phases.lastIndexOf('pull')).toBeLessThan(phases.indexOf('index'));
  expect(indexesAndTriggers(clean.core.db)).toEqual(cleanSchema);

  // The same load, killed after some pages.
  const { core, token } = await enrolledCore(running.url, running.issueCode(), DEVICE_NAME);
  const { dataDir, cacheKey } = core;
  const job = workerJob(core, running.url, token);
  const { killedAt, exitCode } = await pullKilledAfter(worker, job, 4_000);
  expect(exitCode).toBeNull();
  const cursor = Number(getMeta(core.db, 'sync_cursor'));
  expect(killedAt).toBeGreaterThan(0);
  expect(cursor).toBeGreaterThan(0);
  expect(cursor).toBeLessThan(latest);
  // Left as the kill found it: whole pages up to the cursor, the indexes still dropped and listed for restoring.
  const dropped = deferredSchemaObjects(core.db).map((object) => object.name);
  expect(dropped).toEqual(
    expect.arrayContaining(['subjects_by_name', 'credit_records_by_subject', 'subjects_fts_insert']),
  );
  expect(indexesAndTriggers(core.db).some((object) => object.includes(' subjects_by_name:'))).toBe(false);
  expect(core.db.prepare('SELECT count(*) FROM subjects').pluck().get()).toBe(
    running.db
      .prepare("SELECT count(DISTINCT key) FROM changes WHERE tbl = 'subjects' AND seq <= ?")
      .pluck()
      .get(cursor),
  );
  core.close();

  // Reopened (as the app starts again): exactly the dropped objects are back, before any pull.
  const reopenedCreated = createCore({
    dataDir,
    cacheKey,
    resourcesDir: RESOURCES_DIR,
    host: 'browser',
    version: 'test',
    withDemo: false,
    syncWorkerScript: worker,
  });
  if (!reopenedCreated.ok) throw new Error(reopenedCreated.error.message);
  const reopened = reopenedCreated.value;
  cleanup(() => {
    reopened.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  expect(indexesAndTriggers(reopened.db)).toEqual(cleanSchema);
  expect(getMeta(reopened.db, 'search_index_deferred')).toBe('0');
  expect(Number(getMeta(reopened.db, 'sync_cursor'))).toBe(cursor);

  // The app's own sync (its worker thread) resumes from the committed cursor: it pulls only what is left.
  const resumed = await reopened.sync.run();
  if (!resumed.ok) throw new Error(resumed.error.message);
  expect(resumed.value.repairedTables).toEqual([]);
  expect(resumed.value.pulled).toBe(latest - cursor);
  expect(Number(getMeta(reopened.db, 'sync_cursor'))).toBe(latest);

  // Equal to the clean load: rows, checksums, indexes, name search.
  const snapshot = await createPlatformClient({ target: platformAt(running.url), token }).snapshot();
  expect(localChecksums(reopened.db)).toEqual(snapshot.tables);
  expect(localChecksums(reopened.db)).toEqual(localChecksums(clean.core.db));
  expect(rowCounts(reopened.db)).toEqual(rowCounts(clean.core.db));
  // (The platform's demo data set comes on top of the bulk rows.)
  expect(rowCounts(reopened.db).subjects).toBeGreaterThan(20_000);
  expect(rowCounts(reopened.db).credit_records).toBeGreaterThan(10_000);
  expect(indexesAndTriggers(reopened.db)).toEqual(cleanSchema);
  expect(deferredSchemaObjects(reopened.db)).toEqual([]);
  reopened.db.exec("INSERT INTO subjects_fts (subjects_fts) VALUES ('integrity-check')");
  expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(searches(reopened.db)).toEqual(searches(clean.core.db));
  expect(searches(reopened.db)[0]).toEqual(['bulk-12345']);
}, 180_000);
