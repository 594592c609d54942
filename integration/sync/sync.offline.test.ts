import { platformAt } from '../../shared/domain/deployment';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countEvidence } from '../../platform/outbox/evidence.repo';
import { toFeedRow, upsertRows } from '../../platform/registry/registry.repo';
import { makeEntry } from '../../electron/core/testing/fixtures';
import { FAST_RETRY, openTempPlatform, enrolAndSync } from '../testing/platform-fixture';
import { openTempCore } from '../../electron/core/testing/temp-core';
import { enqueue } from '../../electron/core/sync/outbox.repo';
import { createPlatformClient } from '../../electron/core/sync/platform-client';
import { localChecksums } from '../../electron/core/sync/checksums';

// The county office: real platform on loopback, real SQLite on both sides, no HTTP mocks.
let platform: Awaited<ReturnType<typeof openTempPlatform>>;
let core: ReturnType<typeof openTempCore>;

const PROCUREMENT = 'PDS-CG-001';
const DEBTOR_COMPANY = '91410402613341561G'; // demo-s-0001, on 政府采购严重违法失信行为记录名单
const RED_COMPANY = '91410471535100956D'; // demo-s-0003

beforeEach(async () => {
  platform = await openTempPlatform();
  core = openTempCore({
    withDemo: false,
    clock: { now: new Date() },
    syncOptions: { retry: FAST_RETRY, timeoutMs: 3000, verifyEveryMs: 0 },
  });
  await enrolAndSync(core, platform.current(), '叶县政务服务中心 1 号窗口');
});
afterEach(async () => {
  core.dispose();
  await platform.dispose();
});

const goOffline = async (): Promise<void> => {
  await platform.stop();
  const status = await core.handlers['app:connectivity']({});
  expect(status.ok && status.value.state).toBe('offline');
};

const goOnline = async (): Promise<void> => {
  const restarted = await platform.restart();
  core.sync.usePlatformUrl(restarted.url);
};

const check = async (identifier: string, caseNumber: string) => {
  const result = await core.handlers['check:run']({
    context: { caseNumber, matterCode: PROCUREMENT },
    applicant: { by: 'identifier', raw: identifier },
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('initial sync', () => {
  it('brings the platform registry down and leaves both sides with equal checksums', async () => {
    const snapshot = await fetch(`${platform.current().url}/api/v1/snapshot`, {
      headers: {
        Authorization: `Bearer ${String(core.db.prepare("SELECT value FROM meta WHERE key = 'device_token'").pluck().get())}`,
      },
    }).then(
      (response) => response.json() as Promise<{ tables: Record<string, { count: number; hash: string }> }>,
    );
    expect(localChecksums(core.db)).toEqual(snapshot.tables);
    const status = core.sync.status();
    expect(status).toMatchObject({ enrolled: true, behind: 0, lastError: null });
    expect(status.cursor).toBeGreaterThan(600);
  });
});

describe('offline, then sync', () => {
  it('delivers every check, feedback and audit entry made offline to the platform exactly once', async () => {
    await goOffline();
    const punished = await check(DEBTOR_COMPANY, 'YX-2026-0001');
    await check(RED_COMPANY, 'YX-2026-0002');
    await check('91410411MA9N8K2PXW', 'YX-2026-0003');
    const hit = punished.hits.find((candidate) => candidate.actionable);
    if (hit === undefined) throw new Error('expected an actionable hit');
    const feedback = await core.handlers['check:feedback']({
      checkId: punished.checkId,
      items: [
        {
          hitKey: hit.key,
          action: 'punished',
          measureCodes: hit.punishments.map((measure) => measure.code),
          reason: null,
          result: '不予通过供应商资格审查',
          amount: null,
          legalBasis: hit.punishments[0]?.legalBasis ?? '—',
          department: '叶县财政局',
          districtCode: '410422',
          actedAt: new Date().toISOString(),
        },
      ],
    });
    expect(feedback.ok).toBe(true);
    expect(core.sync.status().outbox.pending).toBe(8);

    await goOnline();
    const synced = await core.sync.run();
    expect(synced.ok && synced.value.pushed).toBe(8);
    const db = platform.current().db;
    expect(countEvidence(db, 'platform_checks')).toBe(3);
    expect(countEvidence(db, 'platform_feedback')).toBe(1);
    // The four entries made offline, and the one of the enrolment (sync.enrol) that preceded them.
    expect(countEvidence(db, 'platform_audit')).toBe(5);
    // Again: nothing more arrives, nothing is counted twice.
    const again = await core.sync.run();
    expect(again.ok && again.value.pushed).toBe(0);
    expect(countEvidence(db, 'platform_checks')).toBe(3);
    // The eight of this sync and the enrolment's audit entry.
    expect(core.sync.status().outbox).toEqual({ pending: 0, delivered: 9, rejected: 0, conflict: 0 });
  });

  it('flags 需复核 a check made offline whose subject is put on a serious-failure list meanwhile', async () => {
    await goOffline();
    const offline = await check(RED_COMPANY, 'YX-2026-0010');
    expect(offline.verdict.code).not.toBe('punishment');
    const restarted = await platform.restart();
    core.sync.usePlatformUrl(restarted.url);
    upsertRows(restarted.db, 'list_entries', [
      toFeedRow(makeEntry('platform-new-entry', 'demo-s-0003', 'GOV_PROCUREMENT_SERIOUS_VIOLATION')),
    ]);
    const synced = await core.sync.run();
    expect(synced.ok && synced.value.flagged).toBe(1);
    const reviews = await core.handlers['reviews:list']({ includeAcknowledged: false });
    expect(reviews.ok && reviews.value.items.map((item) => item.checkId)).toEqual([offline.checkId]);
    expect(reviews.ok && reviews.value.items[0]?.reason).toMatch(/复核/);
    const now = await check(RED_COMPANY, 'YX-2026-0011');
    expect(now.verdict.code).toBe('punishment');
    const done = await core.handlers['reviews:acknowledge']({ checkId: offline.checkId });
    expect(done).toEqual({ ok: true, value: { open: 0 } });
  });

  it('does not flag a check made online, nor one whose subject did not change', async () => {
    await check(RED_COMPANY, 'YX-2026-0020');
    await goOffline();
    await check(DEBTOR_COMPANY, 'YX-2026-0021');
    const restarted = await platform.restart();
    core.sync.usePlatformUrl(restarted.url);
    upsertRows(restarted.db, 'list_entries', [
      toFeedRow(makeEntry('platform-entry-2', 'demo-s-0003', 'DISHONEST_JUDGMENT_DEBTOR')),
    ]);
    const synced = await core.sync.run();
    expect(synced.ok && synced.value.flagged).toBe(0);
  });
});

describe('a rejected entry', () => {
  it("is shown with the platform's reason and does not hold back the others", async () => {
    await check(DEBTOR_COMPANY, 'YX-2026-0030');
    enqueue(core.db, 'check.recorded', { broken: true }, new Date().toISOString());
    await check(RED_COMPANY, 'YX-2026-0031');
    const synced = await core.sync.run();
    expect(synced.ok && synced.value).toMatchObject({ pushed: 4, rejected: 1 });
    const status = core.sync.status();
    // The four of this sync and the enrolment's audit entry, delivered by the sync before.
    expect(status.outbox).toMatchObject({ pending: 0, rejected: 1, delivered: 5 });
    expect(status.rejected[0]).toMatchObject({
      kind: 'check.recorded',
      state: 'rejected',
      code: 'INVALID_PAYLOAD',
    });
    expect(status.rejected[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(countEvidence(platform.current().db, 'platform_checks')).toBe(2);
  });
});

describe('without enrolment', () => {
  it('says so in Chinese instead of failing obscurely', async () => {
    const lonely = openTempCore({ withDemo: false });
    try {
      const result = await lonely.handlers['sync:run']({});
      expect(result).toMatchObject({ ok: false, error: { code: 'SYNC_FAILED' } });
      expect(!result.ok && result.error.message).toMatch(/登记/);
    } finally {
      lonely.dispose();
    }
  });
});

describe('anti-entropy', () => {
  it('repairs a cache that drifted from the platform: lost, altered and extra rows, parents and children', async () => {
    core.db.pragma('foreign_keys = OFF');
    core.db.exec(`
      DELETE FROM subjects WHERE id = 'demo-s-0007';
      UPDATE credit_records SET content = '被改动的内容' WHERE id = (SELECT min(id) FROM credit_records);
      INSERT INTO list_types (code, name, kind, authority) VALUES ('LOCAL_ONLY', '本机多出的名单', 'serious', '—');
      INSERT INTO measures (code, list_type, name, direction, measure_class, legal_basis, effective_from, effective_to)
        VALUES ('M-LOCAL', 'LOCAL_ONLY', '本机多出的措施', 'punishment', '1', '—', '2020-01-01', NULL);
    `);
    core.db.pragma('foreign_keys = ON');
    const synced = await core.sync.run();
    expect(synced.ok && [...synced.value.repairedTables].sort()).toEqual(
      ['credit_records', 'list_types', 'measures', 'subjects'].sort(),
    );
    const token = String(core.db.prepare("SELECT value FROM meta WHERE key = 'device_token'").pluck().get());
    const snapshot = await createPlatformClient({
      target: platformAt(platform.current().url),
      token,
    }).snapshot();
    expect(localChecksums(core.db)).toEqual(snapshot.tables);
    expect(core.db.prepare("SELECT count(*) FROM list_types WHERE code = 'LOCAL_ONLY'").pluck().get()).toBe(
      0,
    );
  });
});

describe('需复核 after the next pull only', () => {
  it('does not flag an offline check for a change that comes after the pull that followed it', async () => {
    await goOffline();
    await check(RED_COMPANY, 'YX-2026-0040');
    await goOnline();
    const caughtUp = await core.sync.run();
    expect(caughtUp.ok && caughtUp.value.flagged).toBe(0);
    upsertRows(platform.current().db, 'list_entries', [
      toFeedRow(makeEntry('platform-late-entry', 'demo-s-0003', 'DISHONEST_JUDGMENT_DEBTOR')),
    ]);
    const later = await core.sync.run();
    expect(later.ok && later.value.flagged).toBe(0);
  });
});
