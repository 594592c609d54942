import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LoginResponse, platformRoutes, type PushResult } from '../../shared/platform-api/api';
import { setUserActive } from '../access/users.repo';
import {
  startTempPlatform,
  TEST_PASSWORD,
  TEST_UNIT,
  type EnrolledDevice,
  type TempPlatform,
} from '../testing/temp-platform';
import {
  basic,
  commitmentFixture,
  entry,
  push,
  readRow,
  repairFixture,
  seedRegistry,
} from '../testing/workflow-fixtures';

// Two offices, each with its own enrolled PC and its own clerk, on one real platform (loopback HTTP, SQLite).
const OTHER_UNIT = { code: '11410422MB7654321Y', name: '叶县政务服务中心', districtCode: '410422' };
const clock = { now: new Date('2026-11-27T02:00:00Z') };
let platform: TempPlatform;
let a: EnrolledDevice;
let b: EnrolledDevice;
beforeEach(async () => {
  clock.now = new Date('2026-11-27T02:00:00Z');
  platform = await startTempPlatform({ now: () => clock.now });
  a = await platform.enrol('市政务服务中心 1 号窗口');
  b = await platform.enrol('叶县政务服务中心 2 号窗口', OTHER_UNIT);
  seedRegistry(platform.db);
});
afterEach(() => platform.dispose());

const falseVerification = {
  id: 'c-1',
  baseVersion: 1,
  verification: {
    fulfilment: 'unfulfilled',
    unfulfilledContent: '所交材料系伪造',
    liabilityPursued: '撤销许可并记入失信信息',
    falseCommitment: true,
    verifiedOn: '2026-11-28',
  },
  verifiedBy: '（随便写的核查人）',
  at: '2026-11-28T10:00:00.000+08:00',
};
const acceptStep = {
  id: 'rep-1',
  baseVersion: 1,
  event: 'accept',
  reason: null,
  at: '2026-11-28T09:00:00.000+08:00',
  on: '2026-11-28',
  by: '（随便写的办理人）',
};
const refusalOf = (result: PushResult | undefined): { status: string; code?: string; message?: string } =>
  result === undefined ? { status: 'none' } : result;
const creditRecords = (): number =>
  platform.db
    .prepare("SELECT count(*) FROM credit_records WHERE id LIKE 'commitment-failure-%'")
    .pluck()
    .get() as number;

/** A's commitment at the platform, pushed by A's clerk. */
async function commitmentOfA(): Promise<void> {
  const created = await push(platform.url, a.headers, [entry(1, 'commitment.created', commitmentFixture())]);
  expect(created.results[0]?.status).toBe('applied');
}

describe('a workflow write at the platform is authorised by ownership', () => {
  it("refuses another office's PC verifying A's commitment as false: no credit record, the commitment untouched", async () => {
    await commitmentOfA();
    const attack = await push(platform.url, b.headers, [entry(1, 'commitment.verified', falseVerification)]);
    expect(refusalOf(attack.results[0])).toEqual({
      mutationId: 1,
      status: 'rejected',
      code: 'ITEM_OUTSIDE_UNIT',
      message: '该事项由平顶山市政务服务中心受理，本机（叶县政务服务中心）无权办理，市平台未接收',
    });
    expect(creditRecords()).toBe(0);
    expect(readRow(platform.db, 'commitments', 'c-1')).toMatchObject({ state: 'pending', version: 1 });
    // A's own clerk may: the record is published, and names the authenticated clerk, not the sent text.
    const own = await push(platform.url, a.headers, [entry(2, 'commitment.verified', falseVerification)]);
    expect(own.results[0]?.status).toBe('applied');
    expect(creditRecords()).toBe(1);
    expect(readRow(platform.db, 'commitments', 'c-1')?.verified_by).toBe(
      `测试窗口人员（${a.user?.username}）`,
    );
  });

  it("refuses another office's PC stepping A's repair application", async () => {
    const submitted = repairFixture({
      state: 'submitted',
      history: [{ event: 'submit', at: repairFixture().createdAt, on: '2026-11-27', by: 'x', reason: null }],
    });
    expect(
      (await push(platform.url, a.headers, [entry(1, 'repair.created', submitted)])).results[0]?.status,
    ).toBe('applied');
    const attack = await push(platform.url, b.headers, [entry(1, 'repair.stepped', acceptStep)]);
    expect(refusalOf(attack.results[0])).toMatchObject({ status: 'rejected', code: 'ITEM_OUTSIDE_UNIT' });
    expect(readRow(platform.db, 'repair_applications', 'rep-1')).toMatchObject({
      state: 'submitted',
      version: 1,
    });
  });

  it('refuses a creation that names another unit as 受理单位', async () => {
    const pushed = await push(platform.url, b.headers, [entry(1, 'commitment.created', commitmentFixture())]);
    expect(refusalOf(pushed.results[0])).toEqual({
      mutationId: 1,
      status: 'rejected',
      code: 'ITEM_OUTSIDE_UNIT',
      message: '受理单位（平顶山市政务服务中心）不是本机所属单位（叶县政务服务中心），市平台未接收',
    });
    expect(readRow(platform.db, 'commitments', 'c-1')).toBeUndefined();
  });

  it('refuses every workflow entry of a PC enrolled without a unit', async () => {
    const bare = await platform.enrol('未注明单位的电脑', null);
    const pushed = await push(platform.url, bare.headers, [
      { ...(entry(1, 'commitment.created', commitmentFixture()) as object), user: a.user },
    ]);
    expect(refusalOf(pushed.results[0])).toMatchObject({ status: 'rejected', code: 'DEVICE_UNIT_UNKNOWN' });
  });
});

describe('a workflow write at the platform is authorised by an authenticated person', () => {
  const created = (mutationId: number, user: unknown): unknown => ({
    ...(entry(mutationId, 'commitment.created', commitmentFixture()) as object),
    user,
  });
  const firstResult = async (device: EnrolledDevice, sent: unknown): Promise<PushResult | undefined> =>
    (await push(platform.url, device.headers, [sent])).results[0];

  it('refuses an entry without a user token', async () => {
    const sent = {
      mutationId: 1,
      kind: 'commitment.created',
      createdAt: '2026-11-27T10:00:00+08:00',
      payload: commitmentFixture(),
    };
    const response = await fetch(`${platform.url}${platformRoutes.outbox}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...a.headers },
      body: JSON.stringify({ entries: [sent] }),
    });
    const result = ((await response.json()) as { results: PushResult[] }).results[0];
    expect(refusalOf(result)).toMatchObject({ status: 'rejected', code: 'USER_TOKEN_MISSING' });
    expect(refusalOf(result).message).toContain('请办理人在本机联网登录后重新办理');
  });

  it("refuses an entry naming one user with another user's token, or with a token issued on another PC", async () => {
    await platform.addUser({
      username: 'liping',
      password: TEST_PASSWORD,
      role: 'clerk',
      unitCode: TEST_UNIT.code,
    });
    const liping = await platform.signIn(a.headers, 'liping');
    const forged = await firstResult(a, created(1, { username: a.user?.username, token: liping.token }));
    expect(refusalOf(forged)).toMatchObject({ status: 'rejected', code: 'USER_TOKEN_INVALID' });
    // The clerk of A signing in on B: the token is bound to B, so A cannot use it (nor B, whose unit differs).
    const elsewhere = await platform.signIn(b.headers, a.user?.username ?? '');
    const moved = await firstResult(a, created(2, elsewhere));
    expect(refusalOf(moved)).toMatchObject({ status: 'rejected', code: 'USER_TOKEN_INVALID' });
    expect(readRow(platform.db, 'commitments', 'c-1')).toBeUndefined();
  });

  it('refuses a token past its 30 days', async () => {
    clock.now = new Date('2026-12-27T03:00:00Z');
    const late = await firstResult(a, created(1, a.user));
    expect(refusalOf(late)).toMatchObject({ status: 'rejected', code: 'USER_TOKEN_EXPIRED' });
    // Within its 30 days it is good (a fresh sign-in gives a fresh one).
    const fresh = await platform.signIn(a.headers, a.user?.username ?? '');
    expect((await firstResult(a, created(2, fresh)))?.status).toBe('applied');
  });

  it("refuses a deactivated user's token, and the user's sign-in", async () => {
    expect(setUserActive(platform.db, a.user?.username ?? '', false)).toBe(true);
    const refused = await firstResult(a, created(1, a.user));
    expect(refusalOf(refused)).toMatchObject({ status: 'rejected', code: 'USER_INACTIVE' });
    const login = await fetch(`${platform.url}${platformRoutes.login}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...a.headers },
      body: JSON.stringify({ username: a.user?.username, password: TEST_PASSWORD }),
    });
    expect(login.status).toBe(401);
  });

  it('keeps the reviewers on HTTP Basic, and refuses a deactivated reviewer there too', async () => {
    await platform.addUser({ username: 'shenhe', password: TEST_PASSWORD, role: 'supervisor' });
    const reviewer = { headers: basic('shenhe', TEST_PASSWORD) };
    expect((await fetch(`${platform.url}${platformRoutes.repairs}`, reviewer)).status).toBe(200);
    setUserActive(platform.db, 'shenhe', false);
    expect((await fetch(`${platform.url}${platformRoutes.repairs}`, reviewer)).status).toBe(401);
  });

  it("refuses a user of another unit signed in on this unit's PC", async () => {
    await platform.addUser({
      username: 'yexian',
      password: TEST_PASSWORD,
      role: 'clerk',
      unitCode: OTHER_UNIT.code,
    });
    const outsider = await platform.signIn(a.headers, 'yexian');
    const refused = await firstResult(a, created(1, outsider));
    expect(refusalOf(refused)).toEqual({
      mutationId: 1,
      status: 'rejected',
      code: 'USER_OUTSIDE_UNIT',
      message: '办理人 yexian 不属于本机所属单位（平顶山市政务服务中心），该记录未被市平台接收',
    });
  });

  it('issues a user token at sign-in, stored only as its hash, expiring in 30 days', async () => {
    const response = await fetch(`${platform.url}${platformRoutes.login}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...a.headers },
      body: JSON.stringify({ username: a.user?.username, password: TEST_PASSWORD }),
    });
    const { userToken } = LoginResponse.parse(await response.json());
    expect(userToken.expiresAt).toBe('2026-12-27T10:00:00.000+08:00');
    const stored = platform.db.prepare('SELECT token_hash FROM user_tokens').pluck().all() as string[];
    expect(stored).not.toContain(userToken.token);
    expect(stored.every((hash) => /^[0-9a-f]{64}$/.test(hash))).toBe(true);
  });
});
