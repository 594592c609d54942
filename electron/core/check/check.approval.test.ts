import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CheckResult, FeedbackItem } from '../../../shared/domain';
import { setMeta } from '../app/meta.repo';
import { dispatch } from '../ipc/dispatch';
import { makeEntry, makeSubject, makeUscc, seedRegistry } from '../testing/fixtures';
import { openTempCore } from '../testing/temp-core';

// Issue 10, rule 5 (one approval, one check) and rule 3's external query evidence, through the real core.

const PROCUREMENT = 'PDS-CG-001';
const debtor = makeSubject('s-debtor', '平顶山市鹰城建筑工程有限公司', makeUscc('MA44TEKT'));
const outsider = makeUscc('MA56TEKT', '91110108');

let core: ReturnType<typeof openTempCore>;
beforeEach(() => {
  core = openTempCore({ withDemo: false });
  seedRegistry(core.db, {
    subjects: [debtor],
    entries: [makeEntry('e-debtor', debtor.id, 'DISHONEST_JUDGMENT_DEBTOR')],
  });
  setMeta(core.db, 'cache_as_of', '2026-11-27T08:00:00.000+08:00');
});
afterEach(() => core.dispose());

const run = async (
  raw: string,
  caseNumber = 'PDS-2026-0001',
  matterCode = PROCUREMENT,
): Promise<CheckResult> => {
  const result = await core.handlers['check:run']({
    context: { caseNumber, matterCode },
    applicant: { by: 'identifier', raw },
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const feedback = (hitKey: string): FeedbackItem => ({
  hitKey,
  action: 'punished',
  measureCodes: ['M-SXBZXR-01'],
  reason: null,
  result: '不予通过资格审查',
  amount: null,
  legalBasis: '《最高人民法院关于公布失信被执行人名单信息的若干规定》',
  department: '平顶山市财政局',
  districtCode: '410400',
  actedAt: '2026-11-27T10:05:00.000+08:00',
});
const list = async (extra: Record<string, unknown> = {}) => {
  const listed = await dispatch(core.handlers, 'check:list', extra);
  if (!listed.ok) throw new Error(listed.error.message);
  return listed.value as {
    total: number;
    items: { checkId: string; superseded: boolean; recheck: boolean }[];
  };
};

describe('rule 5: one approval, one check', () => {
  it('links a re-scan of the same applicant, 办件编号 and 事项 to the earlier check and carries its feedback', async () => {
    const first = await run(debtor.identifier);
    const answered = await core.handlers['check:feedback']({
      checkId: first.checkId,
      items: [feedback('e-debtor')],
    });
    expect(answered.ok).toBe(true);
    const second = await run(` ${debtor.identifier.toLowerCase()}`);
    expect(second.recheckOf).toEqual({
      checkId: first.checkId,
      checkedAt: first.checkedAt,
      carriedHitKeys: ['e-debtor'],
    });
    const detail = await core.handlers['check:get']({ checkId: second.checkId });
    if (!detail.ok) throw new Error(detail.error.message);
    expect(detail.value.feedbackState).toEqual({ required: 1, recorded: 1, open: false });
    // Answering the carried hit again is refused; so is feedback on the superseded check.
    const again = await core.handlers['check:feedback']({
      checkId: second.checkId,
      items: [feedback('e-debtor')],
    });
    expect(again.ok ? null : again.error.message).toContain('已在本办件前次核查中反馈');
    const old = await core.handlers['check:feedback']({
      checkId: first.checkId,
      items: [feedback('e-debtor')],
    });
    expect(old.ok ? null : old.error.code).toBe('CHECK_SUPERSEDED');
    const earlier = await core.handlers['check:get']({ checkId: first.checkId });
    if (!earlier.ok) throw new Error(earlier.error.message);
    expect(earlier.value.standing.supersededBy).toBe(second.checkId);
  });

  it('adds one 待反馈 item per approval, not per scan, and the dashboard counts the approval once', async () => {
    await run(debtor.identifier);
    await run(debtor.identifier);
    const third = await run(debtor.identifier);
    const open = await list({ openFeedback: true });
    expect(open.items.map((item) => item.checkId)).toEqual([third.checkId]);
    const all = await list();
    expect(all.items.map((item) => [item.recheck, item.superseded])).toEqual([
      [true, false],
      [true, true],
      [false, true],
    ]);
    const figures = await dispatch(core.handlers, 'dashboard:get', { from: '2026-11-27', to: '2026-11-27' });
    if (!figures.ok) throw new Error(figures.error.message);
    const counts = (figures.value as { counts: Record<string, number> }).counts;
    expect(counts.checks).toBe(1);
    expect(counts['open-feedback']).toBe(1);
  });

  it('keeps another 办件编号, another 事项 or another applicant a check of its own', async () => {
    await run(debtor.identifier, 'PDS-2026-0001');
    expect((await run(debtor.identifier, 'PDS-2026-0002')).recheckOf).toBeNull();
    expect((await run(debtor.identifier, 'PDS-2026-0001', 'PDS-CG-002')).recheckOf).toBeNull();
    expect((await run(outsider, 'PDS-2026-0001')).recheckOf).toBeNull();
  });
});

describe('rule 3: the external query attached to a check', () => {
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64');

  it('closes the check once the clerk attaches what 信用中国 showed, with a screenshot, in one transaction', async () => {
    const result = await run(outsider);
    expect(result.verdict.code).toBe('review');
    const before = await list();
    expect(before.items[0]).toMatchObject({ externalQueryOpen: true });
    const file = await core.handlers['files:add']({
      name: '信用中国查询结果.png',
      mime: 'image/png',
      base64: png,
    });
    if (!file.ok) throw new Error(file.error.message);
    const attached = await dispatch(core.handlers, 'check:external-query', {
      checkId: result.checkId,
      channel: '信用中国',
      queriedAt: '2026-11-27T10:05:00.000+08:00',
      outcome: 'clear',
      summary: '',
      attachments: [{ ...file.value, name: '信用中国查询结果.png', mime: 'image/png' }],
    });
    if (!attached.ok) throw new Error(attached.error.message);
    const detail = attached.value as { standing: { externalQueryOpen: boolean }; externalQueries: unknown[] };
    expect(detail.standing.externalQueryOpen).toBe(false);
    expect(detail.externalQueries).toHaveLength(1);
    expect((await list()).items[0]).toMatchObject({ externalQueryOpen: false });
    const outbox = core.db
      .prepare("SELECT count(*) FROM outbox WHERE kind = 'check.external-query'")
      .pluck()
      .get() as number;
    expect(outbox).toBe(1);
    const audit = core.db
      .prepare("SELECT count(*) FROM audit_log WHERE action = 'check.external-query'")
      .pluck()
      .get() as number;
    expect(audit).toBe(1);
  });

  it('refuses a query for a subject the city holds, an unknown channel, a future time, a file not on this PC', async () => {
    const found = await run(debtor.identifier);
    const unknown = await run(outsider, 'PDS-2026-0009');
    const base = {
      checkId: unknown.checkId,
      channel: '信用中国',
      queriedAt: '2026-11-27T10:05:00.000+08:00',
      outcome: 'found',
      summary: '列入失信被执行人名单',
      attachments: [],
    };
    const refused = async (payload: Record<string, unknown>): Promise<string> => {
      const answer = await dispatch(core.handlers, 'check:external-query', { ...base, ...payload });
      return answer.ok ? 'accepted' : answer.error.message;
    };
    expect(await refused({ checkId: found.checkId })).toContain('无需外部查询');
    expect(await refused({ channel: '百度' })).toContain('查询渠道应为');
    expect(await refused({ queriedAt: '2026-11-28T10:05:00.000+08:00' })).toContain('不能晚于当前时间');
    expect(await refused({ summary: '' })).toContain('查到失信记录时须写明查询结果');
    expect(
      await refused({
        attachments: [{ sha256: 'a'.repeat(64), name: 'x.png', mime: 'image/png', size: 5 }],
      }),
    ).toContain('附件未保存在本机');
    expect(await refused({ summary: 'x'.repeat(2001) })).not.toBe('accepted');
    expect(core.db.prepare('SELECT count(*) FROM check_external_queries').pluck().get()).toBe(0);
  });
});
