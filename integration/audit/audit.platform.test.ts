import { afterEach, describe, expect, it } from 'vitest';
import { channels } from '../../shared/contract/channels';
import type { AuditChainView } from '../../shared/domain/audit';
import { signInForTests } from '../../electron/core/auth/test-session';
import { enrolAndSync, FAST_RETRY, openTempPlatform } from '../testing/platform-fixture';
import { openTempCore } from '../../electron/core/testing/temp-core';

// The client and the real platform over loopback: the platform confirms the chain it received, the client shows
// it and holds its own log against it; every write of the window reaches the log.

type TempCore = ReturnType<typeof openTempCore>;
let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanup.reverse()) await fn();
  cleanup = [];
});

async function setup(): Promise<{ core: TempCore; platform: Awaited<ReturnType<typeof openTempPlatform>> }> {
  const platform = await openTempPlatform();
  cleanup.push(() => platform.dispose());
  const core = openTempCore({
    clock: { now: new Date() },
    syncOptions: { retry: FAST_RETRY, timeoutMs: 5000 },
    signedInAs: 'admin',
  });
  cleanup.push(core.dispose);
  await enrolAndSync(core, platform.current(), '叶县政务服务中心 1 号窗口');
  return { core, platform };
}

async function chain(core: TempCore): Promise<AuditChainView> {
  const result = await core.handlers['audit:chain']({});
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const count = (core: TempCore): number =>
  core.db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;

async function runCheck(core: TempCore, caseNumber: string): Promise<void> {
  const identifier = core.db.prepare('SELECT identifier FROM subjects LIMIT 1').pluck().get() as string;
  const result = await core.handlers['check:run']({
    context: { caseNumber, matterCode: 'PDS-CG-001' },
    applicant: { by: 'identifier', raw: identifier },
  });
  if (!result.ok) throw new Error(result.error.message);
}

describe('the audit chain at the platform, as the client sees it', () => {
  it('shows the head the platform confirmed, and the last known one when the platform is away', async () => {
    const { core, platform } = await setup();
    await runCheck(core, 'CG-2026-0201');
    const synced = await core.sync.run();
    expect(synced.ok).toBe(true);
    const seen = await chain(core);
    expect(seen.local).toMatchObject({ ok: true, count: count(core) });
    expect(seen.platform).toMatchObject({ confirmedSeq: count(core), broken: null, live: true });

    await platform.dispose();
    const offline = await chain(core);
    expect(offline.platform).toMatchObject({ confirmedSeq: count(core), live: false });
  });

  it('finds a tail cut off the local log against the head the platform confirmed', async () => {
    const { core } = await setup();
    await runCheck(core, 'CG-2026-0202');
    await core.sync.run();
    const confirmed = (await chain(core)).platform?.confirmedSeq ?? 0;
    expect(confirmed).toBe(count(core));
    // Dropping the newest entries leaves a chain that links perfectly: only the platform's head shows the cut.
    core.db.exec('DROP TRIGGER audit_log_append_only_delete');
    core.db.prepare('DELETE FROM audit_log WHERE seq >= ?').run(confirmed - 1);
    const local = (await chain(core)).local;
    expect(local).toMatchObject({ ok: false, firstBadSeq: confirmed - 1, reason: 'removed' });
  });

  it('shows every break the platform found when the outbox carried two separate tamperings', async () => {
    const { core } = await setup();
    for (const number of [1, 2, 3, 4, 5, 6]) await runCheck(core, `CG-2026-030${number}`);
    const pending = core.db
      .prepare("SELECT mutation_id, payload FROM outbox WHERE kind = 'audit.appended' AND state = 'pending'")
      .all() as { mutation_id: number; payload: string }[];
    expect(pending.length).toBeGreaterThanOrEqual(5);
    const [, altered, , removed] = pending as [unknown, (typeof pending)[0], unknown, (typeof pending)[0]];
    // One entry changed and another taken out of the outbox before they are pushed; the local log is intact.
    core.db
      .prepare('UPDATE outbox SET payload = ? WHERE mutation_id = ?')
      .run(
        JSON.stringify({ ...(JSON.parse(altered.payload) as object), actor: '李四（lisi）' }),
        altered.mutation_id,
      );
    core.db.prepare('DELETE FROM outbox WHERE mutation_id = ?').run(removed.mutation_id);
    const seqOf = (row: { payload: string }) => (JSON.parse(row.payload) as { seq: number }).seq;

    expect((await core.sync.run()).ok).toBe(true);
    const seen = await chain(core);
    expect(seen.local).toMatchObject({ ok: true });
    expect(seen.platform).toMatchObject({
      confirmedSeq: count(core),
      broken: { seq: seqOf(altered), reason: 'altered' },
      live: true,
    });
    expect(seen.platform?.breaks).toEqual([
      expect.objectContaining({ seq: seqOf(altered), reason: 'altered' }),
      expect.objectContaining({
        seq: seqOf(removed),
        reason: 'removed',
        message: `审计日志第 ${seqOf(removed)} 条记录缺失，可能已被删除`,
      }),
    ]);
  });

  it('records settings, files, a review acknowledged and the enrolment, each chained and confirmed', async () => {
    const { core } = await setup();
    const settings = await core.handlers['settings:update']({
      department: '叶县政务服务中心',
      staleAfterHours: 48,
    });
    expect(settings.ok).toBe(true);
    // Saving the same values again changes nothing, and records nothing.
    await core.handlers['settings:update']({ department: '叶县政务服务中心' });
    const file = await core.handlers['files:add'](
      channels['files:add'].request.parse({
        name: '申请表.pdf',
        mime: 'application/pdf',
        base64: 'JVBERi0xLjQ=',
      }),
    );
    expect(file.ok).toBe(true);
    signInForTests(core, 'clerk');
    await runCheck(core, 'CG-2026-0203');
    const checkId = core.db
      .prepare("SELECT id FROM checks WHERE case_number = 'CG-2026-0203'")
      .pluck()
      .get() as string;
    core.db
      .prepare(
        "INSERT INTO check_reviews (check_id, flagged_at, change_seq, reason) VALUES (?, ?, 1, '主体信息已变化')",
      )
      .run(checkId, '2026-12-02T10:00:00.000+08:00');
    expect(await core.handlers['reviews:acknowledge']({ checkId })).toMatchObject({ ok: true });

    signInForTests(core, 'supervisor');
    const listed = await core.handlers['audit:list'](channels['audit:list'].request.parse({ limit: 200 }));
    if (!listed.ok) throw new Error(listed.error.message);
    const byAction = (action: string) => listed.value.items.filter((item) => item.action === action);
    expect(byAction('sync.enrol')).toEqual([
      expect.objectContaining({ actor: '系统（自动）', targetType: 'device', actionLabel: '登记到市平台' }),
    ]);
    expect(byAction('settings.update')).toEqual([
      expect.objectContaining({
        actor: '系统管理员（admin）',
        summary: expect.stringMatching(
          /^修改本机设置：.*数据过期时限（小时）由 72 改为 48.*部门由 （空） 改为 叶县政务服务中心/,
        ) as unknown,
      }),
    ]);
    expect(byAction('file.add')).toEqual([
      expect.objectContaining({ actor: '系统管理员（admin）', summary: '上传材料“申请表.pdf”，共 8 字节' }),
    ]);
    expect(byAction('review.acknowledge')).toEqual([
      expect.objectContaining({ actor: '王芳（wangfang）', caseNumber: 'CG-2026-0203', targetId: checkId }),
    ]);
    await core.sync.run();
    expect(await chain(core)).toMatchObject({
      local: { ok: true, count: count(core) },
      platform: { confirmedSeq: count(core), broken: null },
    });
  });
});
