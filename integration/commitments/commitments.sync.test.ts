import { platformAt } from '../../shared/domain/deployment';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/calendar/day';
import { parseCommitmentCode } from '../../shared/commitment/code';
import type { AppEvent } from '../../shared/contract/events';
import type { CommitmentDetail, CommitmentDraft } from '../../shared/domain/commitment';
import { beijingDay } from '../../shared/time';
import { getMeta } from '../../electron/core/app/meta.repo';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { createPlatformClient } from '../../electron/core/sync/platform-client';
import { pull } from '../../electron/core/sync/pull';
import { push } from '../../electron/core/sync/push';
import { makeUscc } from '../../electron/core/testing/fixtures';
import { DEMO_UNIT, enrolAt, FAST_RETRY, openTempPlatform, signInOnline } from '../testing/platform-fixture';
import { openTempCore } from '../../electron/core/testing/temp-core';
import { makeDraft } from '../../electron/core/testing/commitment-fixtures';

// Two county windows and the city platform, all real: loopback HTTP, SQLite on every side, no mocks.
let platform: Awaited<ReturnType<typeof openTempPlatform>>;
let a: ReturnType<typeof openTempCore>;
let b: ReturnType<typeof openTempCore>;

const CLEAN = { id: 'demo-s-0031', name: '平顶山市璞骁农业开发有限公司', identifier: '914104035947936092' };

const openClient = () =>
  openTempCore({
    withDemo: false,
    clock: { now: new Date() },
    // Compare checksums on every sync: anti-entropy must live with the workflow tables too.
    syncOptions: { retry: FAST_RETRY, timeoutMs: 5000, verifyEveryMs: 0 },
  });

const sync = async (core: ReturnType<typeof openTempCore>): Promise<void> => {
  const synced = await core.sync.run();
  if (!synced.ok) throw new Error(synced.error.message);
};

beforeEach(async () => {
  platform = await openTempPlatform();
  a = openClient();
  b = openClient();
  for (const [core, name] of [
    [a, '叶县政务服务中心 1 号窗口'],
    [b, '宝丰县政务服务中心 3 号窗口'],
  ] as const) {
    const enrolled = await enrolAt(core, platform.current().url, {
      code: platform.current().issueCode(DEMO_UNIT),
      deviceName: name,
    });
    if (!enrolled.ok) throw new Error(enrolled.error.message);
    await signInOnline(core, 'admin');
    await sync(core);
  }
});
afterEach(async () => {
  a.dispose();
  b.dispose();
  await platform.dispose();
});

const today = (core: ReturnType<typeof openTempCore>): string => beijingDay(core.clock.now);

const draftFor = (core: ReturnType<typeof openTempCore>, identifier: string, name: string): CommitmentDraft =>
  makeDraft(identifier, {
    committer: { name, kind: 'legal-person', identifier },
    madeOn: today(core),
    verifyBy: addDays(today(core), 30),
  });

const create = async (core: ReturnType<typeof openTempCore>, draft: CommitmentDraft) => {
  const created = await dispatch(core.handlers, 'commitments:create', draft);
  if (!created.ok) throw new Error(created.error.message);
  return (created.value as CommitmentDetail).commitment;
};

const recordAt = (core: ReturnType<typeof openTempCore>, id: string): unknown =>
  core.db.prepare('SELECT id FROM credit_records WHERE id = ?').pluck().get(id);

const platformCount = (sql: string, ...params: unknown[]): number =>
  platform
    .current()
    .db.prepare(sql)
    .pluck()
    .get(...params) as number;

describe('commitment codes across windows', () => {
  it('commitment codes unique across two offline clients on the same day', async () => {
    const numbers = [a, b].map((core) => Number(getMeta(core.db, 'device_number')));
    expect(numbers.every((number) => number >= 1 && number <= 999)).toBe(true);
    expect(numbers[0]).not.toBe(numbers[1]);
    await platform.stop();

    const codes = new Map<typeof a, string[]>([
      [a, []],
      [b, []],
    ]);
    for (let index = 0; index < 20; index += 1) {
      for (const core of [a, b]) {
        const identifier = makeUscc(`MA${String(index).padStart(2, '0')}${core === a ? 'AAAA' : 'BBBB'}`);
        const commitment = await create(core, draftFor(core, identifier, `平顶山市第${index}号商贸有限公司`));
        codes.get(core)?.push(commitment.code);
      }
    }
    const fromA = codes.get(a) ?? [];
    const fromB = codes.get(b) ?? [];
    expect(fromA.filter((code) => fromB.includes(code))).toEqual([]);
    expect(new Set([...fromA, ...fromB]).size).toBe(40);
    for (const [core, issued] of codes) {
      const device = Number(getMeta(core.db, 'device_number'));
      issued.forEach((code, index) => {
        expect(code).toMatch(/^\d{20}$/);
        expect(parseCommitmentCode(code)).toEqual({
          areaCode: '410400',
          day: today(core),
          deviceNumber: device,
          counter: index + 1,
        });
      });
    }

    // Back online, the platform takes all forty (its code column is unique) and feeds each window the other's.
    const restarted = await platform.restart();
    a.sync.usePlatformUrl(restarted.url);
    b.sync.usePlatformUrl(restarted.url);
    await sync(a);
    await sync(b);
    await sync(a);
    expect(platformCount('SELECT count(*) FROM commitments')).toBe(40);
    for (const core of [a, b]) {
      expect(core.sync.status().outbox).toMatchObject({ pending: 0, rejected: 0, conflict: 0 });
      expect(core.db.prepare('SELECT count(*) FROM commitments').pluck().get()).toBe(40);
    }
  });
  it('asks the platform for the device number when a client enrolled before numbers lacks it', async () => {
    const number = getMeta(a.db, 'device_number');
    a.db.prepare("DELETE FROM meta WHERE key = 'device_number'").run();
    const refused = await dispatch(
      a.handlers,
      'commitments:create',
      draftFor(a, CLEAN.identifier, CLEAN.name),
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'COMMITMENT_CODE_FAILED' } });
    await sync(a);
    expect(getMeta(a.db, 'device_number')).toBe(number);
  });
});

describe('verification across windows', () => {
  it('a broken commitment becoming a failure record seen in a later check on another client', async () => {
    const commitment = await create(a, draftFor(a, CLEAN.identifier, CLEAN.name));
    expect(commitment.subjectId).toBe(CLEAN.id);
    const verified = await dispatch(a.handlers, 'commitments:verify', {
      id: commitment.id,
      baseVersion: 1,
      verification: {
        fulfilment: 'unfulfilled',
        unfulfilledContent: '未在承诺期限内补交施工图审查合格书',
        liabilityPursued: '撤销施工许可决定，记入信用记录',
        falseCommitment: true,
        verifiedOn: today(a),
      },
    });
    if (!verified.ok) throw new Error(verified.error.message);
    await sync(a);
    const recordId = `commitment-failure-${commitment.id}`;
    expect(a.sync.status().outbox).toMatchObject({ pending: 0, rejected: 0, conflict: 0 });
    expect(platformCount('SELECT count(*) FROM credit_records WHERE id = ?', recordId)).toBe(1);
    // The platform's row replaced the provisional one; anti-entropy found nothing to take back.
    const atA = await dispatch(a.handlers, 'commitments:get', { id: commitment.id });
    expect(atA.ok && (atA.value as CommitmentDetail).commitment).toMatchObject({
      state: 'verified',
      version: 2,
      recordId,
    });

    const seen: AppEvent[] = [];
    b.events.subscribe((event) => seen.push(event));
    await sync(b);
    expect(seen).toContainEqual({ type: 'workflow-changed', area: 'commitments' });
    expect(seen).toContainEqual({ type: 'workflow-changed', area: 'repairs' });
    const check = await b.handlers['check:run']({
      context: { caseNumber: 'BF-2026-0100', matterCode: 'PDS-XK-002' },
      applicant: { by: 'identifier', raw: CLEAN.identifier },
    });
    if (!check.ok) throw new Error(check.error.message);
    expect(check.value.records.find((record) => record.id === recordId)).toMatchObject({
      category: 'commitment',
      commitmentFailure: 'false',
      commitmentId: commitment.id,
      status: 'published',
    });
    expect(check.value.commitmentRoute).toMatchObject({
      allowed: false,
      reasons: [{ code: 'barred-commitment' }],
    });
    const refused = await dispatch(
      b.handlers,
      'commitments:create',
      draftFor(b, CLEAN.identifier, CLEAN.name),
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'COMMITMENT_ROUTE_BARRED' } });
    const atB = await dispatch(b.handlers, 'commitments:get', { id: commitment.id });
    expect(atB.ok && (atB.value as CommitmentDetail).commitment).toMatchObject({
      state: 'verified',
      recordId,
    });
  });

  it('gives a committer unknown to the registry a subject of their own at the platform, seen by the other client', async () => {
    const stranger = makeUscc('MA77NUNE');
    const commitment = await create(a, draftFor(a, stranger, '平顶山市新设商贸有限公司'));
    expect(commitment.subjectId).toBeNull();
    await dispatch(a.handlers, 'commitments:verify', {
      id: commitment.id,
      baseVersion: 1,
      verification: {
        fulfilment: 'fulfilled',
        unfulfilledContent: '承诺已具备的条件与实际不符',
        liabilityPursued: '虚假承诺，予以警告',
        falseCommitment: true,
        verifiedOn: today(a),
      },
    });
    await sync(a);
    await sync(b);
    const check = await b.handlers['check:run']({
      context: { caseNumber: 'BF-2026-0101', matterCode: 'PDS-XK-002' },
      applicant: { by: 'identifier', raw: stranger },
    });
    if (!check.ok) throw new Error(check.error.message);
    expect(check.value.found).toBe(true);
    expect(check.value.records.map((record) => record.id)).toContain(`commitment-failure-${commitment.id}`);
    expect(check.value.commitmentRoute?.allowed).toBe(false);
  });
});

const fulfilledToday = (core: ReturnType<typeof openTempCore>) => ({
  fulfilment: 'fulfilled' as const,
  unfulfilledContent: null,
  liabilityPursued: null,
  falseCommitment: false,
  verifiedOn: today(core),
});

describe('edits the platform has not accepted', () => {
  it('shows a verification refused as a conflict on the item, with the platform version in force', async () => {
    const commitment = await create(a, draftFor(a, CLEAN.identifier, CLEAN.name));
    await sync(a);
    await sync(b);
    // Both windows verify version 1 offline; b reaches the platform first.
    const atB = await dispatch(b.handlers, 'commitments:verify', {
      id: commitment.id,
      baseVersion: 1,
      verification: fulfilledToday(b),
    });
    expect(atB.ok).toBe(true);
    await sync(b);
    const atA = await dispatch(a.handlers, 'commitments:verify', {
      id: commitment.id,
      baseVersion: 1,
      verification: {
        ...fulfilledToday(a),
        fulfilment: 'partial',
        unfulfilledContent: '缺少材料',
        liabilityPursued: '责令改正',
      },
    });
    expect(atA.ok).toBe(true);
    await sync(a);
    expect(a.sync.status().outbox.conflict).toBe(1);
    // The 同步 page says it in words and leads to the item.
    expect(a.sync.status().rejected[0]).toMatchObject({
      kind: 'commitment.verified',
      state: 'conflict',
      message: expect.stringContaining('市平台上的该事项已有更新（版本 2）') as unknown,
      item: { area: 'commitments', id: commitment.id },
    });
    const detail = await dispatch(a.handlers, 'commitments:get', { id: commitment.id });
    if (!detail.ok) throw new Error(detail.error.message);
    const { commitment: shown, conflicts } = detail.value as CommitmentDetail;
    // The platform's version (b's verification) is the one in force at a…
    expect(shown).toMatchObject({ version: 2, verification: { fulfilment: 'fulfilled' } });
    // …and a's refused edit is kept beside it, never dropped.
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.local).toMatchObject({ id: commitment.id, verification: { fulfilment: 'partial' } });
    expect(conflicts[0]?.server).toMatchObject({ id: commitment.id, version: 2 });
    expect(conflicts[0]).toMatchObject({
      state: 'conflict',
      message: expect.stringContaining('市平台上的该事项已有更新（版本 2）') as unknown,
    });
    const listed = await a.handlers['commitments:list']({ limit: 50, offset: 0 });
    expect(listed.ok && listed.value.items[0]?.conflict).toBe(true);
    // a's partial fulfilment had made a provisional failure record; the verification in force (kept) has none.
    expect(recordAt(a, `commitment-failure-${commitment.id}`)).toBeUndefined();
    await sync(a);
    expect(recordAt(a, `commitment-failure-${commitment.id}`)).toBeUndefined();
  });

  it('keeps the failure record when the platform verified the commitment broken into that very record', async () => {
    const commitment = await create(a, draftFor(a, CLEAN.identifier, CLEAN.name));
    await sync(a);
    await sync(b);
    const broken = {
      ...fulfilledToday(b),
      fulfilment: 'unfulfilled' as const,
      unfulfilledContent: '未补交审查合格书',
      liabilityPursued: '撤销许可',
    };
    expect(
      (
        await dispatch(b.handlers, 'commitments:verify', {
          id: commitment.id,
          baseVersion: 1,
          verification: broken,
        })
      ).ok,
    ).toBe(true);
    await sync(b);
    const recordId = `commitment-failure-${commitment.id}`;
    expect(platformCount('SELECT count(*) FROM credit_records WHERE id = ?', recordId)).toBe(1);
    // a verifies offline too, while the pull of a sync already under way brings b's verification and record.
    expect(
      (
        await dispatch(a.handlers, 'commitments:verify', {
          id: commitment.id,
          baseVersion: 1,
          verification: broken,
        })
      ).ok,
    ).toBe(true);
    const client = createPlatformClient({
      target: platformAt(platform.current().url),
      token: getMeta(a.db, 'device_token'),
    });
    await pull(a.db, client, { pageSize: 500, serverNow: () => new Date() });
    expect(recordAt(a, recordId)).toBe(recordId);
    // The platform answers a's verification with a conflict whose version names the record: it is the city's,
    // not a provisional one to take back (the feed has already brought it and will not again).
    const pushed = await push(a.db, client, { chunkSize: 200, now: () => new Date() });
    expect(pushed.conflicts).toBe(1);
    expect(recordAt(a, recordId)).toBe(recordId);
    await sync(a);
    expect(recordAt(a, recordId)).toBe(recordId);
  });

  it('anti-entropy does not delete a commitment whose creation has not been accepted', async () => {
    const commitment = await create(a, draftFor(a, CLEAN.identifier, CLEAN.name));
    // As if the platform had refused it: the entry is kept to be shown, the row must stay with it.
    a.db.prepare("UPDATE outbox SET state = 'rejected' WHERE kind = 'commitment.created'").run();
    await sync(a);
    expect(platformCount('SELECT count(*) FROM commitments')).toBe(0);
    const kept = await dispatch(a.handlers, 'commitments:get', { id: commitment.id });
    expect(kept.ok).toBe(true);
  });
});
