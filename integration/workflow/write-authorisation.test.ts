import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/calendar/day';
import type { CommitmentDetail, CommitmentDraft } from '../../shared/domain/commitment';
import type { RepairDetail } from '../../shared/domain/repair';
import { beijingDay } from '../../shared/time';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { makeDraft } from '../../electron/core/testing/commitment-fixtures';
import { makeUscc } from '../../electron/core/testing/fixtures';
import { openTempCore } from '../../electron/core/testing/temp-core';
import { repairRequest } from '../../electron/core/repairs/repairs.fixtures';
import { setUserActive } from '../../platform/access/users.repo';
import { DEMO_UNIT, enrolAt, FAST_RETRY, openTempPlatform, signInOnline } from '../testing/platform-fixture';
import { publishRepairablePenalty } from '../testing/records';

// Two offices' PCs (the demo office's and 叶县's) and the city platform, all real: loopback HTTP, SQLite on
// every side. Each PC is enrolled for its own unit, and its own clerk has signed in online on it.
const OTHER_UNIT = { code: '11410422MB7654321Y', name: '叶县政务服务中心', districtCode: '410422' };
const YEXIAN = { username: 'yexian', password: 'yexian-2026' };
const SUBJECT = { id: 'demo-s-0003', name: '', identifier: '91410471535100956D' };
const RECORD_ID = 'authorisation-it-penalty';

let platform: Awaited<ReturnType<typeof openTempPlatform>>;
let a: ReturnType<typeof openTempCore>;
let b: ReturnType<typeof openTempCore>;
type Client = typeof a;

const openClient = (): Client =>
  openTempCore({
    withDemo: false,
    clock: { now: new Date() },
    syncOptions: { retry: FAST_RETRY, timeoutMs: 5000, verifyEveryMs: 0 },
  });

async function sync(core: Client): Promise<void> {
  const synced = await core.sync.run();
  if (!synced.ok) throw new Error(synced.error.message);
}

beforeEach(async () => {
  platform = await openTempPlatform();
  publishRepairablePenalty(platform.current().db, RECORD_ID, SUBJECT.id);
  await platform
    .current()
    .addUser({ ...YEXIAN, role: 'clerk', displayName: '叶县窗口', unitCode: OTHER_UNIT.code });
  a = openClient();
  b = openClient();
  for (const [core, unit, name, user] of [
    [a, DEMO_UNIT, '市政务服务中心 1 号窗口', ['wangfang', undefined]],
    [b, OTHER_UNIT, '叶县政务服务中心 2 号窗口', [YEXIAN.username, YEXIAN.password]],
  ] as const) {
    const enrolled = await enrolAt(core, platform.current().url, {
      code: platform.current().issueCode(unit),
      deviceName: name,
    });
    if (!enrolled.ok) throw new Error(enrolled.error.message);
    await signInOnline(core, user[0], user[1]);
    await sync(core);
  }
});
afterEach(async () => {
  a.dispose();
  b.dispose();
  await platform.dispose();
});

const today = (core: Client): string => beijingDay(core.clock.now);
let serial = 0;
const draft = (core: Client, unit: { code: string; name: string }): CommitmentDraft => {
  serial += 1;
  const identifier = makeUscc(`MA${String(serial).padStart(2, '0')}AUTH`);
  return makeDraft(identifier, {
    committer: { name: `平顶山市第${serial}号商贸有限公司`, kind: 'legal-person', identifier },
    madeOn: today(core),
    verifyBy: addDays(today(core), 30),
    acceptingUnit: { code: unit.code, name: unit.name },
  });
};
async function create(core: Client, unit: { code: string; name: string }): Promise<string> {
  const created = await dispatch(core.handlers, 'commitments:create', draft(core, unit));
  if (!created.ok) throw new Error(created.error.message);
  return (created.value as CommitmentDetail).commitment.id;
}
const atPlatform = (sql: string, ...params: unknown[]): unknown =>
  platform
    .current()
    .db.prepare(sql)
    .get(...params);
const rejections = (core: Client): { code: string; message: string }[] =>
  core.sync.status().rejected.map(({ code, message }) => ({ code, message }));

describe('the platform checks whose item it is, not only which device writes', () => {
  it('tells each PC the office it was enrolled for, which becomes its 受理单位', async () => {
    const settings = async (core: Client) => {
      const got = await core.handlers['app:info']({});
      if (!got.ok) throw new Error(got.error.message);
      return got.value.settings;
    };
    expect(await settings(a)).toMatchObject({ department: DEMO_UNIT.name, departmentCode: DEMO_UNIT.code });
    expect(await settings(b)).toMatchObject({
      department: OTHER_UNIT.name,
      departmentCode: OTHER_UNIT.code,
      districtCode: OTHER_UNIT.districtCode,
    });
  });

  it("refuses B's PC verifying A's commitment as false: no credit record is published", async () => {
    const id = await create(a, DEMO_UNIT);
    await sync(a);
    await sync(b);
    const verified = await dispatch(b.handlers, 'commitments:verify', {
      id,
      baseVersion: 1,
      verification: {
        fulfilment: 'unfulfilled',
        unfulfilledContent: '所交材料系伪造',
        liabilityPursued: '撤销许可',
        falseCommitment: true,
        verifiedOn: today(b),
      },
    });
    expect(verified.ok).toBe(true);
    // B's own commitment after the refused entry still goes: a rejection never holds back the others.
    const own = await create(b, OTHER_UNIT);
    await sync(b);
    expect(rejections(b)).toEqual([
      {
        code: 'ITEM_OUTSIDE_UNIT',
        message: '该事项由平顶山市政务服务中心受理，本机（叶县政务服务中心）无权办理，市平台未接收',
      },
    ]);
    expect(atPlatform('SELECT count(*) AS n FROM credit_records WHERE commitment_id = ?', id)).toEqual({
      n: 0,
    });
    expect(atPlatform('SELECT state, version FROM commitments WHERE id = ?', id)).toEqual({
      state: 'pending',
      version: 1,
    });
    expect(atPlatform('SELECT operator FROM commitments WHERE id = ?', own)).toEqual({
      operator: '叶县窗口（yexian）',
    });
    // A's own clerk verifies it; the platform records the signed-in clerk as the verifier.
    await sync(a);
    const byA = await dispatch(a.handlers, 'commitments:verify', {
      id,
      baseVersion: 1,
      verification: {
        fulfilment: 'fulfilled',
        unfulfilledContent: null,
        liabilityPursued: null,
        falseCommitment: false,
        verifiedOn: today(a),
      },
    });
    expect(byA.ok).toBe(true);
    await sync(a);
    expect(atPlatform('SELECT state, verified_by FROM commitments WHERE id = ?', id)).toEqual({
      state: 'verified',
      verified_by: '王芳（wangfang）',
    });
  });

  it("refuses B's PC taking a step on A's repair application", async () => {
    const subject = a.db
      .prepare('SELECT id, name, identifier FROM subjects WHERE id = ?')
      .get(SUBJECT.id) as typeof SUBJECT;
    const created = await dispatch(
      a.handlers,
      'repairs:create',
      repairRequest(subject, { table: 'credit_records', id: RECORD_ID }, { accept: false }),
    );
    if (!created.ok) throw new Error(created.error.message);
    const { id } = (created.value as RepairDetail).application;
    await sync(a);
    expect(rejections(a)).toEqual([]);
    await sync(b);
    const stepped = await dispatch(b.handlers, 'repairs:step', {
      id,
      baseVersion: 1,
      event: 'accept',
      reason: null,
    });
    expect(stepped.ok).toBe(true);
    await sync(b);
    expect(rejections(b).map((rejection) => rejection.code)).toEqual(['ITEM_OUTSIDE_UNIT']);
    expect(atPlatform('SELECT state, version FROM repair_applications WHERE id = ?', id)).toEqual({
      state: 'submitted',
      version: 1,
    });
  });
});

describe('the platform checks the person who made the entry', () => {
  it("refuses an entry sent with another user's token", async () => {
    const stolen = a.db
      .prepare("SELECT user_token FROM credentials WHERE username = 'wangfang'")
      .pluck()
      .get();
    b.db.prepare("UPDATE credentials SET user_token = ? WHERE username = 'yexian'").run(stolen);
    const id = await create(b, OTHER_UNIT);
    await sync(b);
    expect(rejections(b).map((rejection) => rejection.code)).toEqual(['USER_TOKEN_INVALID']);
    expect(atPlatform('SELECT id FROM commitments WHERE id = ?', id)).toBeUndefined();
  });

  it('refuses an entry whose token has expired', async () => {
    platform
      .current()
      .db.prepare(
        "UPDATE user_tokens SET expires_at = '2026-01-01T00:00:00.000+08:00' WHERE username = 'yexian'",
      )
      .run();
    await create(b, OTHER_UNIT);
    await sync(b);
    expect(rejections(b)).toEqual([
      {
        code: 'USER_TOKEN_EXPIRED',
        message: '办理人 yexian 的登录凭据已过期，市平台未接收；请办理人在本机联网登录后重新办理',
      },
    ]);
  });

  it("refuses a deactivated user's entry", async () => {
    setUserActive(platform.current().db, 'wangfang', false);
    await create(a, DEMO_UNIT);
    await sync(a);
    expect(rejections(a).map((rejection) => rejection.code)).toEqual(['USER_INACTIVE']);
  });

  it("refuses an entry of a user of another unit signed in on this unit's PC", async () => {
    await signInOnline(a, YEXIAN.username, YEXIAN.password);
    await create(a, DEMO_UNIT);
    await sync(a);
    expect(rejections(a)).toEqual([
      {
        code: 'USER_OUTSIDE_UNIT',
        message: '办理人 yexian 不属于本机所属单位（平顶山市政务服务中心），该记录未被市平台接收',
      },
    ]);
  });
});
