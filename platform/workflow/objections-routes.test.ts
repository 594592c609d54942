import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Objection } from '../../shared/domain/objection';
import { PlatformError, platformRoutes } from '../../shared/platform-api/api';
import { latestSeq } from '../feed/feed.repo';
import { upsertRows } from '../registry/registry.repo';
import { fetchPage } from '../testing/feed-client';
import { objectionFixture } from '../testing/objection-fixtures';
import { startTempPlatform, type TempPlatform } from '../testing/temp-platform';
import { basic, ENTRY_ID, readRow, RECORD_ID, seedRegistry } from '../testing/workflow-fixtures';
import { writeObjection } from './objections.repo';

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
  fetch(`${platform.url}${platformRoutes.objections}/${id}/steps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
const objectionOf = async (response: Response): Promise<Objection> =>
  Objection.parse(((await response.json()) as { objection: unknown }).objection);

/** A submitted objection against fresh copies of the seeded record and list entry. */
function submitted(id: string): Objection {
  const record = readRow(platform.db, 'credit_records', RECORD_ID);
  const listEntry = readRow(platform.db, 'list_entries', ENTRY_ID);
  upsertRows(platform.db, 'credit_records', [{ ...record, id: `${id}-r` }]);
  upsertRows(platform.db, 'list_entries', [{ ...listEntry, id: `${id}-e` }]);
  const [recordTarget, entryTarget] = objectionFixture().targets;
  const objection = objectionFixture({
    id,
    targets: [
      { ...recordTarget!, targetId: `${id}-r` },
      { ...entryTarget!, targetId: `${id}-e` },
    ],
  });
  writeObjection(platform.db, objection);
  return objection;
}

describe('objection reviewer routes', () => {
  it('need a supervisor or admin: 401 without credentials, 403 for a clerk, the device token is none', async () => {
    expect((await fetch(`${platform.url}${platformRoutes.objections}`)).status).toBe(401);
    submitted('auth-1');
    const clerk = await step('auth-1', { event: 'route' }, basic('wangfang', 'secret-123'));
    expect(clerk.status).toBe(403);
    expect(PlatformError.parse(await clerk.json())).toMatchObject({ code: 'ROLE_FORBIDDEN' });
    const decideAsClerk = await step(
      'auth-1',
      { event: 'decide', reason: '维持' },
      basic('wangfang', 'secret-123'),
    );
    expect(decideAsClerk.status).toBe(403);
    expect((await step('auth-1', { event: 'route' }, device)).status).toBe(401);
    expect(readRow(platform.db, 'objections', 'auth-1')).toMatchObject({ state: 'submitted', version: 1 });
  });

  it('route to the 认定单位, extend once, decide: the records change in the same change batch', async () => {
    submitted('dec-1');
    const listed = await fetch(`${platform.url}${platformRoutes.objections}?state=submitted`, {
      headers: reviewer,
    });
    expect(((await listed.json()) as { objections: { id: string }[] }).objections.map((o) => o.id)).toContain(
      'dec-1',
    );
    const routed = await objectionOf(await step('dec-1', { event: 'route', baseVersion: 1 }));
    expect(routed).toMatchObject({
      state: 'routed',
      version: 2,
      routedTo: ['平顶山市住房和城乡建设局', '平顶山市市场监督管理局'],
      history: [{ event: 'submit' }, { event: 'route', by: '赵磊（zhaolei）' }],
    });
    expect((await step('dec-1', { event: 'extend' })).status).toBe(400);
    expect(
      await objectionOf(await step('dec-1', { event: 'extend', reason: '需向认定单位核查' })),
    ).toMatchObject({
      extended: true,
      version: 3,
    });
    const again = await step('dec-1', { event: 'extend', reason: '再次延长' });
    expect(again.status).toBe(409);
    const before = latestSeq(platform.db);
    const decided = await step('dec-1', {
      event: 'decide',
      reason: '经认定单位核实，处罚决定书文号记载错误，予以更正；名单记录不应公示，予以屏蔽',
      decisions: [
        {
          targetTable: 'credit_records',
          targetId: 'dec-1-r',
          outcome: 'correct',
          corrections: [{ field: 'decisionNumber', value: '平建罚〔2025〕19号' }],
        },
        { targetTable: 'list_entries', targetId: 'dec-1-e', outcome: 'mask' },
      ],
    });
    expect(decided.status).toBe(200);
    const objection = await objectionOf(decided);
    expect(objection).toMatchObject({
      state: 'decided',
      version: 4,
      decision: { decidedOn: '2026-11-27', unit: '平顶山市住房和城乡建设局、平顶山市市场监督管理局' },
      targets: [
        {
          outcome: 'correct',
          corrections: [
            { field: 'decisionNumber', value: '平建罚〔2025〕19号', previous: '平建罚〔2025〕9号' },
          ],
        },
        { outcome: 'mask' },
      ],
    });
    expect(readRow(platform.db, 'credit_records', 'dec-1-r')).toMatchObject({
      decision_number: '平建罚〔2025〕19号',
    });
    expect(readRow(platform.db, 'list_entries', 'dec-1-e')).toMatchObject({ status: 'removed' });
    const page = await fetchPage(platform.url, device, before);
    expect(page.changes.map((change) => [change.table, change.key])).toEqual([
      ['credit_records', 'dec-1-r'],
      ['list_entries', 'dec-1-e'],
      ['objections', 'dec-1'],
    ]);
  });

  it('refuses a decision on a withdrawn objection, a stale version, and a partial or misfit decision (nothing written)', async () => {
    const withdrawn = submitted('wd-1');
    writeObjection(platform.db, { ...withdrawn, state: 'withdrawn', version: 2, closingReason: '撤回' });
    const onWithdrawn = await step('wd-1', { event: 'decide', reason: '删除', decisions: [] });
    expect(onWithdrawn.status).toBe(409);
    expect(PlatformError.parse(await onWithdrawn.json()).message).toContain('已撤回');

    submitted('bad-1');
    const stale = await step('bad-1', { event: 'route', baseVersion: 5 });
    expect(stale.status).toBe(409);
    const body = (await stale.json()) as { code: string; serverVersion: unknown };
    expect(body.code).toBe('VERSION_CONFLICT');
    expect(Objection.parse(body.serverVersion).version).toBe(1);
    await step('bad-1', { event: 'route' });
    const partial = await step('bad-1', {
      event: 'decide',
      reason: '删除',
      decisions: [{ targetTable: 'credit_records', targetId: 'bad-1-r', outcome: 'delete' }],
    });
    expect(partial.status).toBe(400);
    const misfit = await step('bad-1', {
      event: 'decide',
      reason: '更正',
      decisions: [
        { targetTable: 'credit_records', targetId: 'bad-1-r', outcome: 'delete' },
        {
          targetTable: 'list_entries',
          targetId: 'bad-1-e',
          outcome: 'correct',
          corrections: [{ field: 'title', value: '新名称' }],
        },
      ],
    });
    expect(misfit.status).toBe(400);
    expect(PlatformError.parse(await misfit.json()).code).toBe('OUTCOME_NOT_APPLICABLE');
    // The first record's deletion was undone with the refusal.
    expect(readRow(platform.db, 'credit_records', 'bad-1-r')).toBeDefined();
    expect(readRow(platform.db, 'objections', 'bad-1')).toMatchObject({ state: 'routed', version: 2 });
  });

  it('refuses hostile and oversized text, unknown events and 404s for none', async () => {
    submitted('txt-1');
    await step('txt-1', { event: 'route' });
    const hostile = await step('txt-1', { event: 'extend', reason: '核查\u202e中' });
    expect(hostile.status).toBe(400);
    expect(PlatformError.parse(await hostile.json()).message).toMatch(/[\u4e00-\u9fff]/u);
    expect((await step('txt-1', { event: 'extend', reason: '长'.repeat(3000) })).status).toBe(400);
    expect((await step('txt-1', { event: 'approve' })).status).toBe(400);
    expect((await step('no-such', { event: 'route' })).status).toBe(404);
  });
});
