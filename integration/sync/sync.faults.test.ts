import { platformAt } from '../../shared/domain/deployment';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { countEvidence } from '../../platform/outbox/evidence.repo';
import { toBeijingIso } from '../../shared/time';
import { setMeta } from '../../electron/core/app/meta.repo';
import { startFaultProxy, seededRandom } from '../testing/fault-proxy';
import { openTempPlatform } from '../testing/platform-fixture';
import { openTempCore } from '../../electron/core/testing/temp-core';
import { localChecksums } from '../../electron/core/sync/checksums';
import { enqueue } from '../../electron/core/sync/outbox.repo';
import { createPlatformClient } from '../../electron/core/sync/platform-client';

let platform: Awaited<ReturnType<typeof openTempPlatform>>;
let core: ReturnType<typeof openTempCore>;
let proxy: Awaited<ReturnType<typeof startFaultProxy>>;
const SEED = Number(process.env.FAULT_SEED ?? 20261127);

beforeEach(async () => {
  platform = await openTempPlatform();
  proxy = await startFaultProxy(() => platform.current().url, 0.2, seededRandom(SEED));
  core = openTempCore({
    withDemo: false,
    clock: { now: new Date() },
    // Timeouts of a second: the proxy's hung requests must fail fast; retries are the production algorithm.
    syncOptions: {
      retry: { attempts: 12, baseDelayMs: 5, maxDelayMs: 80 },
      timeoutMs: 1000,
      pageSize: 100,
      pushChunkSize: 40,
    },
  });
  const enrolled = await createPlatformClient({ target: platformAt(platform.current().url) }).enrol(
    platform.current().issueCode(),
    '故障注入测试机',
  );
  core.db.transaction(() => {
    setMeta(core.db, 'platform_url', proxy.url);
    setMeta(core.db, 'device_id', enrolled.deviceId);
    setMeta(core.db, 'device_token', enrolled.deviceToken);
  })();
});
afterEach(async () => {
  core.dispose();
  await proxy.close();
  await platform.dispose();
});

it(`delivers a 2,000-entry outbox exactly once through ~20% injected faults (seed ${SEED})`, async () => {
  const at = toBeijingIso(new Date());
  core.db.transaction(() => {
    for (let index = 0; index < 2000; index += 1) {
      enqueue(
        core.db,
        'audit.appended',
        { seq: index + 1, at, actor: '窗口人员', action: 'check.run', detail: { index } },
        at,
      );
    }
  })();
  let result = await core.sync.run();
  // A run may give up after its retries; the next run resumes where it stopped — as the automatic sync would.
  for (let round = 0; round < 5 && !result.ok; round += 1) result = await core.sync.run();
  expect(result.ok).toBe(true);
  console.log('injected faults:', JSON.stringify(proxy.counts));
  const injected = Object.entries(proxy.counts).filter(([kind]) => kind !== 'ok');
  expect(injected.reduce((sum, [, count]) => sum + count, 0)).toBeGreaterThan(5);
  expect(core.sync.status().outbox).toEqual({ pending: 0, delivered: 2000, rejected: 0, conflict: 0 });
  const db = platform.current().db;
  expect(countEvidence(db, 'platform_audit')).toBe(2000);
  expect(db.prepare('SELECT count(*) FROM device_mutations').pluck().get()).toBe(2000);
  // The pull went through the same faults (truncated pages included) and still matches the platform.
  const snapshot = await createPlatformClient({
    target: platformAt(platform.current().url),
    token: String(core.db.prepare("SELECT value FROM meta WHERE key = 'device_token'").pluck().get()),
  }).snapshot();
  expect(localChecksums(core.db)).toEqual(snapshot.tables);
}, 120_000);
