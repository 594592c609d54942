import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RepairApplication, type RepairOutcome, type RepairTargetTable } from '../../shared/domain/repair';
import { PlatformError, platformRoutes } from '../../shared/platform-api/api';
import { latestSeq } from '../feed/feed.repo';
import { upsertRows } from '../registry/registry.repo';
import { writeRepair } from './workflow.repo';
import { fetchPage } from '../testing/feed-client';
import { startTempPlatform, type TempPlatform } from '../testing/temp-platform';
import {
  basic,
  ENTRY_ID,
  readRow,
  RECORD_ID,
  repairFixture,
  seedRegistry,
  SUBJECT_ID,
} from '../testing/workflow-fixtures';

let platform: TempPlatform;
let device: Record<string, string>;
const reviewer = basic('zhaolei', 'secret-123');
beforeAll(async () => {
  platform = await startTempPlatform({ now: () => new Date('2026-11-27T02:00:00Z') });
  ({ headers: device } = await platform.enrol());
  seedRegistry(platform.db);
  await platform.addUser({
    username: 'zhaolei',
    password: 'secret-123',
    role: 'supervisor',
    displayName: '赵磊',
  });
  await platform.addUser({ username: 'wangfang', password: 'secret-123', role: 'clerk' });
});
afterAll(() => platform.dispose());

const step = (id: string, body: unknown, headers = reviewer): Promise<Response> =>
  fetch(`${platform.url}${platformRoutes.repairs}/${id}/steps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
const applicationOf = async (response: Response): Promise<RepairApplication> =>
  RepairApplication.parse(((await response.json()) as { application: unknown }).application);

/** An accepted application against a fresh copy of the seeded record or list entry. */
function acceptedApplication(id: string, table: RepairTargetTable): RepairApplication {
  const source = readRow(platform.db, table, table === 'credit_records' ? RECORD_ID : ENTRY_ID);
  const targetId = `${id}-target`;
  upsertRows(platform.db, table, [{ ...source, id: targetId }]);
  const application = repairFixture({ id, targetTable: table, targetId });
  writeRepair(platform.db, application);
  return application;
}

async function review(id: string): Promise<void> {
  expect((await step(id, { event: 'start-review' })).status).toBe(200);
}

describe('reviewer routes', () => {
  it('need a supervisor or admin by HTTP Basic: 401 without or with wrong credentials, 403 for a clerk', async () => {
    const none = await fetch(`${platform.url}${platformRoutes.repairs}`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    expect(PlatformError.parse(await none.json()).code).toBe('USER_LOGIN_REQUIRED');
    const wrong = await fetch(`${platform.url}${platformRoutes.repairs}`, {
      headers: basic('zhaolei', 'wrong-password'),
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ code: 'LOGIN_FAILED', message: '用户名或密码错误' });
    const clerk = await step('any', { event: 'start-review' }, basic('wangfang', 'secret-123'));
    expect(clerk.status).toBe(403);
    expect(PlatformError.parse(await clerk.json())).toEqual({
      code: 'ROLE_FORBIDDEN',
      message: '当前用户无权执行此操作：须为市平台审核人员（supervisor 或 admin 角色）',
    });
    // The device token is not a reviewer's credential.
    expect((await fetch(`${platform.url}${platformRoutes.repairs}`, { headers: device })).status).toBe(401);
  });

  it('list applications, optionally by state', async () => {
    acceptedApplication('list-1', 'credit_records');
    const all = await fetch(`${platform.url}${platformRoutes.repairs}?state=accepted`, { headers: reviewer });
    expect(all.status).toBe(200);
    const { applications } = (await all.json()) as { applications: unknown[] };
    expect(applications.map((item) => RepairApplication.parse(item).id)).toContain('list-1');
    const none = await fetch(`${platform.url}${platformRoutes.repairs}?state=granted`, { headers: reviewer });
    expect(await none.json()).toEqual({ applications: [] });
    const bad = await fetch(`${platform.url}${platformRoutes.repairs}?state=done`, { headers: reviewer });
    expect(bad.status).toBe(400);
  });

  it('start the review and grant: the outcome reaches the record in the same change batch', async () => {
    const application = acceptedApplication('grant-1', 'credit_records');
    const started = await step('grant-1', { event: 'start-review', baseVersion: 1 });
    expect(await applicationOf(started)).toMatchObject({
      state: 'reviewing',
      version: 2,
      stateEnteredOn: '2026-11-27',
      history: [
        { event: 'submit' },
        { event: 'accept' },
        // Named as the clients name their own steps, not by the account alone.
        { event: 'start-review', by: '赵磊（zhaolei）', reason: null },
      ],
    });
    const before = latestSeq(platform.db);
    const granted = await step('grant-1', {
      event: 'grant',
      outcome: 'stop-publication',
      reason: '已履行义务',
    });
    expect(granted.status).toBe(200);
    expect(await applicationOf(granted)).toMatchObject({
      state: 'granted',
      outcome: 'stop-publication',
      decisionReason: '已履行义务',
      version: 3,
    });
    expect(readRow(platform.db, 'credit_records', application.targetId)).toMatchObject({
      status: 'unpublished',
      repair_outcome: 'stop-publication',
      repaired_on: '2026-11-27',
    });
    const page = await fetchPage(platform.url, device, before);
    expect(page.changes.map((change) => [change.table, change.key])).toEqual([
      ['credit_records', application.targetId],
      ['repair_applications', 'grant-1'],
    ]);
  });

  const outcomes: [RepairTargetTable, RepairOutcome, Record<string, unknown> | null][] = [
    [
      'credit_records',
      'annotate',
      { status: 'repaired', repair_outcome: 'annotate', repaired_on: '2026-11-27' },
    ],
    ['credit_records', 'mask', { status: 'unpublished', repair_outcome: 'mask', repaired_on: '2026-11-27' }],
    ['credit_records', 'delete', null],
    ['list_entries', 'remove-from-list', { status: 'removed', removed_on: '2026-11-27' }],
    ['list_entries', 'delete', null],
  ];
  it.each(outcomes)(
    'grant on %s with %s changes the target row accordingly',
    async (table, outcome, expected) => {
      const id = `each-${table}-${outcome}`;
      const application = acceptedApplication(id, table);
      await review(id);
      const before = latestSeq(platform.db);
      const granted = await step(id, { event: 'grant', outcome });
      expect(granted.status).toBe(200);
      const row = readRow(platform.db, table, application.targetId);
      if (expected === null) {
        expect(row).toBeUndefined();
        const page = await fetchPage(platform.url, device, before);
        expect(page.changes[0]).toMatchObject({ table, op: 'delete', key: application.targetId, row: null });
      } else expect(row).toMatchObject({ ...expected, subject_id: SUBJECT_ID });
    },
  );

  it('grant what was asked when no outcome is chosen', async () => {
    acceptedApplication('asked-1', 'credit_records');
    await review('asked-1');
    const granted = await step('asked-1', { event: 'grant' });
    expect(await applicationOf(granted)).toMatchObject({ state: 'granted', outcome: 'stop-publication' });
  });

  it('refuse a grant with an outcome that does not fit the target, and a deny without reason', async () => {
    acceptedApplication('refuse-1', 'credit_records');
    await review('refuse-1');
    const misfit = await step('refuse-1', { event: 'grant', outcome: 'remove-from-list' });
    expect(misfit.status).toBe(400);
    expect(PlatformError.parse(await misfit.json()).code).toBe('OUTCOME_NOT_APPLICABLE');
    const noReason = await step('refuse-1', { event: 'deny' });
    expect(noReason.status).toBe(400);
    expect(PlatformError.parse(await noReason.json()).message).toContain('理由');
    const denied = await step('refuse-1', { event: 'deny', reason: '义务尚未履行完毕' });
    expect(await applicationOf(denied)).toMatchObject({
      state: 'denied',
      decisionReason: '义务尚未履行完毕',
      outcome: null,
      version: 3,
    });
  });

  it('answer 409 for an older version (with the current application), a step out of order, and 404 for none', async () => {
    acceptedApplication('conflict-1', 'credit_records');
    await review('conflict-1');
    const stale = await step('conflict-1', { event: 'grant', outcome: 'annotate', baseVersion: 1 });
    expect(stale.status).toBe(409);
    const body = (await stale.json()) as { code: string; message: string; serverVersion: unknown };
    expect(body.code).toBe('VERSION_CONFLICT');
    expect(RepairApplication.parse(body.serverVersion)).toMatchObject({ state: 'reviewing', version: 2 });
    const outOfOrder = await step('conflict-1', { event: 'start-review' });
    expect(outOfOrder.status).toBe(409);
    expect(PlatformError.parse(await outOfOrder.json()).code).toBe('REPAIR_STEP_REFUSED');
    expect((await step('no-such', { event: 'start-review' })).status).toBe(404);
    expect((await step('conflict-1', { event: 'approve' })).status).toBe(400);
  });
});
