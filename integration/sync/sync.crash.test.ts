import { platformAt } from '../../shared/domain/deployment';
import { expect, it } from 'vitest';
import { openPlatformDb } from '../../platform/db/open-platform-db';
import { countEvidence } from '../../platform/outbox/evidence.repo';
import { toBeijingIso } from '../../shared/time';
import { getMeta } from '../../electron/core/app/meta.repo';
import { bundle, openTempPlatform, runScript } from '../testing/platform-fixture';
import { cleanupAfterEach } from '../testing/cleanups';
import { enrolledCore, publishBulkSubjects, pullKilledAfter, workerJob } from '../testing/killed-sync';
import { tempDir } from '../../electron/core/testing/temp-core';
import { searchSubjects } from '../../electron/core/subjects/subjects.repo';
import { localChecksums } from '../../electron/core/sync/checksums';
import { enqueue } from '../../electron/core/sync/outbox.repo';
import { createPlatformClient } from '../../electron/core/sync/platform-client';
import type { JobMessage } from '../../electron/core/sync/sync-job';

// Processes killed without warning (SIGKILL) in the middle of a sync: the client while pulling, the platform
// while taking pushes. Real processes, real SQLite files, real HTTP on loopback.
const cleanup = cleanupAfterEach();

it('a client killed in the middle of a pull resumes without loss or duplicates', async () => {
  const platform = await openTempPlatform();
  cleanup(() => platform.dispose());
  const running = platform.current();
  publishBulkSubjects(running.db, 24_000);
  const { core, token } = await enrolledCore(running.url, running.issueCode(), '断电测试机');
  cleanup(() => core.dispose());
  const worker = await bundle('electron/core/sync/sync-worker.ts', 'sync-worker');
  const job = workerJob(core, running.url, token);
  const { killedAt, exitCode } = await pullKilledAfter(worker, job, 4_000);
  expect(exitCode).toBeNull();
  const cursor = Number(getMeta(core.db, 'sync_cursor'));
  const latest = Number(running.db.prepare('SELECT max(seq) FROM changes').pluck().get());
  expect(killedAt).toBeGreaterThan(0);
  expect(cursor).toBeGreaterThan(0);
  expect(cursor).toBeLessThan(latest);
  // What is in the cache is exactly what the platform had up to the cursor: whole pages, nothing more.
  const expected = running.db
    .prepare("SELECT count(DISTINCT key) FROM changes WHERE tbl = 'subjects' AND seq <= ?")
    .pluck()
    .get(cursor);
  expect(core.db.prepare('SELECT count(*) FROM subjects').pluck().get()).toBe(expected);
  // A pull this large rebuilds the name index once at its end; the crash left that to be done.
  expect(getMeta(core.db, 'search_index_deferred')).toBe('1');

  const messages: JobMessage[] = [];
  const second = runScript(worker, [], { CCW_SYNC_JOB: JSON.stringify(job) }, (line) =>
    messages.push(JSON.parse(line) as JobMessage),
  );
  expect(await second.exited).toBe(0);
  expect(messages.at(-1)).toMatchObject({ type: 'done', cursor: latest, repairedTables: [] });
  const snapshot = await createPlatformClient({ target: platformAt(running.url), token }).snapshot();
  expect(localChecksums(core.db)).toEqual(snapshot.tables);
  expect(getMeta(core.db, 'search_index_deferred')).toBe('0');
  core.db.exec("INSERT INTO subjects_fts (subjects_fts) VALUES ('integrity-check')");
  expect(searchSubjects(core.db, '批量企业23999', 5).map((subject) => subject.id)).toEqual(['bulk-23999']);
}, 120_000);

it('a platform killed in the middle of a push gets every entry exactly once after the retry', async () => {
  const cli = await bundle('platform/main.ts', 'platform');
  const dir = tempDir('ccw-platform-proc-');
  cleanup(() => dir.remove());
  const env = { PLATFORM_DATA_DIR: dir.path, PLATFORM_PORT: '0' };
  const start = async () => {
    let resolveUrl: (url: string) => void = () => undefined;
    const url = new Promise<string>((resolve) => (resolveUrl = resolve));
    const process = runScript(cli, [], env, (line) => {
      if (line.startsWith('PLATFORM_URL=')) resolveUrl(line.slice('PLATFORM_URL='.length).trim());
    });
    cleanup(() => {
      process.child.kill('SIGKILL');
    });
    return { ...process, url: await url };
  };
  const issueCode = async (): Promise<string> => {
    const lines: string[] = [];
    const issued = runScript(cli, ['--issue-code'], env, (line) => lines.push(line));
    expect(await issued.exited).toBe(0);
    return lines.at(-1)?.trim() ?? '';
  };

  const first = await start();
  const { core } = await enrolledCore(first.url, await issueCode(), '断电测试机', {
    syncOptions: {
      retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 },
      timeoutMs: 1000,
      pushChunkSize: 20,
    },
  });
  cleanup(() => core.dispose());
  const at = toBeijingIso(new Date());
  core.db.transaction(() => {
    for (let index = 0; index < 1_500; index += 1) {
      enqueue(
        core.db,
        'audit.appended',
        { seq: index + 1, at, actor: '窗口人员', action: 'check.run', detail: {} },
        at,
      );
    }
  })();
  const watcher = setInterval(() => {
    if (core.sync.status().outbox.delivered >= 200) first.child.kill('SIGKILL');
  }, 1);
  const interrupted = await core.sync.run();
  clearInterval(watcher);
  expect(await first.exited).toBeNull();
  expect(interrupted.ok).toBe(false);
  const before = core.sync.status().outbox;
  expect(before.delivered).toBeGreaterThanOrEqual(200);
  expect(before.pending).toBeGreaterThan(0);

  const second = await start();
  core.sync.usePlatformUrl(second.url);
  const resumed = await core.sync.run();
  expect(resumed.ok).toBe(true);
  expect(core.sync.status().outbox).toEqual({ pending: 0, delivered: 1_500, rejected: 0, conflict: 0 });
  second.child.kill('SIGTERM');
  await second.exited;
  const db = openPlatformDb(dir.path);
  try {
    expect(countEvidence(db, 'platform_audit')).toBe(1_500);
    expect(db.prepare('SELECT count(*) FROM device_mutations').pluck().get()).toBe(1_500);
  } finally {
    db.close();
  }
}, 120_000);
