import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedbackItem } from '../../../shared/domain';
import { setMeta } from '../app/meta.repo';
import { auditFor } from '../audit/audit.repo';
import type { Handlers } from '../ipc/handlers';
import { dispatch } from '../ipc/dispatch';
import {
  breakCheckChar,
  makeCitizenId,
  makeEntry,
  makeRecord,
  makeSubject,
  makeUscc,
  seedRegistry,
} from '../testing/fixtures';
import { openTempCore } from '../testing/temp-core';
import { insertCheck } from './check.repo';

const debtor = makeSubject('s-debtor', '平顶山市鹰城建筑工程有限公司', makeUscc('MA44TEKT'));
const redCompany = makeSubject('s-red', '平顶山市尧山诚信商贸有限公司', makeUscc('MA45TEKT'));
const legacy = makeSubject('s-legacy', '平顶山市老字号机械厂', breakCheckChar(makeUscc('17123456')));
const closed = makeSubject('s-closed', '平顶山市已注销贸易有限公司', makeUscc('MA46TEKT'), {
  status: 'deregistered',
});
const person = makeSubject('s-person', '李红梅', makeCitizenId('410402', '19800512', '123'), {
  identifierKind: 'citizen-id',
  kind: 'natural-person',
});

const PROCUREMENT = 'PDS-CG-001';
const LICENSING = 'PDS-XK-001';

let core: ReturnType<typeof openTempCore>;
const call = (channel: keyof Handlers, payload: unknown) => dispatch(core.handlers, channel, payload);

beforeEach(() => {
  core = openTempCore({ withDemo: false });
  seedRegistry(core.db, {
    subjects: [debtor, redCompany, legacy, closed, person],
    entries: [
      makeEntry('e-debtor', debtor.id, 'DISHONEST_JUDGMENT_DEBTOR'),
      makeEntry('e-red', redCompany.id, 'A_TAXPAYER', { listingUnit: '国家税务总局平顶山市税务局' }),
      makeEntry('e-person', person.id, 'DISHONEST_JUDGMENT_DEBTOR'),
    ],
    records: [
      makeRecord('r1', debtor.id, { publicationEndsOn: '2027-06-01' }),
      makeRecord('r2', debtor.id, { status: 'unpublished' }),
      // Its period ended before the check (2026-11-27): no longer public, whatever its status says.
      makeRecord('r3', debtor.id, { publicationEndsOn: '2026-06-01' }),
    ],
  });
  setMeta(core.db, 'cache_as_of', '2026-11-27T08:00:00.000+08:00');
});
afterEach(() => core.dispose());

const run = (raw: string, matterCode = PROCUREMENT, override?: { reason: string }) =>
  core.handlers['check:run']({
    context: { caseNumber: 'PDS-2026-0001', matterCode },
    applicant: override === undefined ? { by: 'identifier', raw } : { by: 'identifier', raw, override },
  });

const countChecks = (): number =>
  (core.db.prepare('SELECT count(*) AS n FROM checks').get() as { n: number }).n;

describe('check:run', () => {
  it('finds a serious-failure subject and the punishments that cover a procurement matter, with basis', async () => {
    const result = await run(` ${debtor.identifier.toLowerCase()} `);
    if (!result.ok) throw new Error(result.error.message);
    const check = result.value;
    expect(check.found).toBe(true);
    expect(check.verdict.code).toBe('punishment');
    expect(check.tags).toEqual(['punishment-target', 'active']);
    const [hit] = check.hits;
    expect(hit?.punishments.map((m) => m.code)).toEqual(['M-SXBZXR-01']);
    expect(hit?.punishments[0]?.legalBasis).toMatch(/失信被执行人/);
    expect(hit?.notApplicable.length).toBeGreaterThan(0);
    expect(check.records.map((r) => r.id)).toEqual(['r1']);
    expect(check.freshness).toMatchObject({ stale: false, cacheAsOf: '2026-11-27T08:00:00.000+08:00' });
  });

  it('stores every check with its evidence snapshot and an audit entry', async () => {
    const result = await run(debtor.identifier);
    if (!result.ok) throw new Error(result.error.message);
    const stored = await core.handlers['check:get']({ checkId: result.value.checkId });
    expect(stored.ok && stored.value.result).toEqual(result.value);
    expect(stored.ok && stored.value.feedbackState).toEqual({ required: 1, recorded: 0, open: true });
    const audit = auditFor(core.db, 'check', result.value.checkId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'check.run', caseNumber: 'PDS-2026-0001' });
    expect(audit[0]?.purpose).toContain(PROCUREMENT);
  });

  it('records with the evidence whether the platform was reachable and the 受理单位 set up at check time', async () => {
    await call('settings:update', {
      department: '平顶山市行政审批服务局',
      departmentCode: '11410400MB1234567X',
    });
    const result = await run(debtor.identifier);
    if (!result.ok) throw new Error(result.error.message);
    // No platform is set up in the temporary core: the check ran on the offline cache.
    expect(result.value).toMatchObject({
      offline: true,
      acceptingUnit: { name: '平顶山市行政审批服务局', code: '11410400MB1234567X' },
    });
    // A snapshot taken before the evidence carried the flag, of a check made online: check:get reads the row's.
    const { offline: _offline, ...older } = result.value;
    insertCheck(core.db, { ...older, checkId: 'c-older' }, '9141****', 1, { offline: false, cursor: 0 });
    const stored = await core.handlers['check:get']({ checkId: 'c-older' });
    expect(stored.ok && stored.value.result.offline).toBe(false);
  });

  it('answers the 核查记录单 print channels for a stored check only: the desktop shell prints', async () => {
    const result = await run(debtor.identifier);
    if (!result.ok) throw new Error(result.error.message);
    const pdf = await call('check:sheet-pdf', { checkId: result.value.checkId });
    expect(pdf.ok ? null : pdf.error.code).toBe('PRINT_IN_BROWSER');
    const missing = await call('check:sheet-print', { checkId: 'no-such-check' });
    expect(missing.ok ? null : missing.error.code).toBe('CHECK_NOT_FOUND');
  });

  it('records each print or PDF of the 核查记录单 in the audit trail, in words, and refuses an unknown check', async () => {
    const result = await run(debtor.identifier);
    if (!result.ok) throw new Error(result.error.message);
    const { checkId } = result.value;
    for (const how of ['print', 'pdf'] as const)
      expect(await call('check:sheet-printed', { checkId, how })).toEqual({
        ok: true,
        value: { recorded: true },
      });
    const missing = await call('check:sheet-printed', { checkId: 'no-such-check', how: 'print' });
    expect(missing.ok ? null : missing.error.code).toBe('CHECK_NOT_FOUND');
    const hostile = await dispatch(core.handlers, 'check:sheet-printed', { checkId, how: 'fax' });
    expect(hostile.ok ? null : hostile.error.code).toBe('BAD_REQUEST');
    const entries = core.db
      .prepare(
        "SELECT action, target_id AS targetId, case_number AS caseNumber FROM audit_log WHERE action LIKE 'check.sheet%' ORDER BY seq",
      )
      .all();
    expect(entries).toEqual([
      { action: 'check.sheet-print', targetId: checkId, caseNumber: result.value.context.caseNumber },
      { action: 'check.sheet-pdf', targetId: checkId, caseNumber: result.value.context.caseNumber },
    ]);
    const listed = await call('audit:list', { action: 'check.sheet-pdf' });
    const summary = listed.ok ? (listed.value as { items: { summary: string }[] }).items[0]?.summary : null;
    expect(summary).toMatch(/^将对 .+ 的核查记录单存为PDF文件$/);
  });

  it('keeps the evidence as it was even after the registry changes', async () => {
    const result = await run(debtor.identifier);
    if (!result.ok) throw new Error(result.error.message);
    core.db.prepare("UPDATE list_entries SET status = 'removed', removed_on = '2026-11-27'").run();
    const stored = await core.handlers['check:get']({ checkId: result.value.checkId });
    expect(stored.ok && stored.value.result.hits).toHaveLength(1);
    const again = await run(debtor.identifier);
    expect(again.ok && again.value.verdict.code).toBe('proceed');
  });

  it('gives incentives to a red-list company under a licensing matter', async () => {
    const result = await run(redCompany.identifier, LICENSING);
    expect(result.ok && result.value.verdict.code).toBe('incentive');
    expect(result.ok && result.value.hits[0]?.incentives.map((m) => m.name)).toContain('容缺受理');
  });

  it('records "no record" with freshness for an unknown but valid code (需人工研判 for procurement)', async () => {
    const result = await run(makeUscc('MA99NUNE'));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject({ found: false, subject: null, verdict: { code: 'review' } });
    expect(result.value.externalQuery?.required).toBe(true);
    expect(result.value.freshness.cacheAsOf).toBe('2026-11-27T08:00:00.000+08:00');
    expect(countChecks()).toBe(1);
  });

  it('refuses an invalid code with a Chinese message and records nothing', async () => {
    const result = await run('91410400MA44TES');
    expect(result).toMatchObject({ ok: false, error: { code: 'IDENTIFIER_INVALID' } });
    expect(!result.ok && result.error.message).toMatch(/18位/);
    expect(countChecks()).toBe(0);
    expect((core.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n).toBe(0);
  });

  it('lets a legacy code failing its check through only with a recorded reason', async () => {
    const refused = await run(legacy.identifier);
    expect(refused).toMatchObject({ ok: false, error: { code: 'OVERRIDE_REASON_REQUIRED' } });
    expect(countChecks()).toBe(0);
    const result = await run(legacy.identifier, PROCUREMENT, {
      reason: '已核对营业执照原件，系2015年前旧证',
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.found).toBe(true);
    expect(result.value.query.overrideReason).toBe('已核对营业执照原件，系2015年前旧证');
    const listed = await core.handlers['check:list']({ limit: 10, offset: 0 });
    expect(listed.ok && listed.value.items[0]?.overridden).toBe(true);
    expect(auditFor(core.db, 'check', result.value.checkId)[0]?.detail).toMatchObject({
      overrideReason: '已核对营业执照原件，系2015年前旧证',
    });
  });

  it('does not record an override reason for a code that passes its checks', async () => {
    const result = await run(debtor.identifier, PROCUREMENT, { reason: '无需理由的理由' });
    expect(result.ok && result.value.query.overrideReason).toBeNull();
  });

  it('checks a subject picked from a name search', async () => {
    const found = await core.handlers['subjects:search']({ query: '鹰城建筑', limit: 5 });
    expect(found.ok && found.value.items.map((item) => item.id)).toEqual([debtor.id]);
    const result = await core.handlers['check:run']({
      context: { caseNumber: 'B-2', matterCode: PROCUREMENT },
      applicant: { by: 'subject', subjectId: debtor.id },
    });
    expect(result.ok && result.value.query.by).toBe('subject');
    expect(result.ok && result.value.verdict.code).toBe('punishment');
  });

  it("masks a natural person's ID in lists but keeps it in the evidence", async () => {
    const result = await run(person.identifier);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.subject?.identifier).toBe(person.identifier);
    const listed = await core.handlers['check:list']({ limit: 10, offset: 0 });
    expect(listed.ok && listed.value.items[0]?.identifierMasked).toBe(
      `410402********${person.identifier.slice(-4)}`,
    );
  });

  it('asks for 人工研判 for a deregistered subject and when the cache is stale', async () => {
    expect((await run(closed.identifier)).ok && (await run(closed.identifier))).toMatchObject({
      value: { verdict: { code: 'review' } },
    });
    core.clock.now = new Date('2026-12-05T02:00:00Z');
    const stale = await run(debtor.identifier);
    expect(stale.ok && stale.value.verdict.code).toBe('review');
    expect(stale.ok && stale.value.freshness.stale).toBe(true);
  });

  it('refuses an unknown matter code', async () => {
    expect(await run(debtor.identifier, 'NOPE')).toMatchObject({
      ok: false,
      error: { code: 'MATTER_UNKNOWN' },
    });
  });
});

describe('check:feedback', () => {
  const item = (hitKey: string, extra: Partial<FeedbackItem> = {}): FeedbackItem => ({
    hitKey,
    action: 'punished',
    measureCodes: ['M-SXBZXR-01'],
    reason: null,
    result: '不予通过供应商资格审查',
    amount: null,
    legalBasis: '《关于加快推进失信被执行人信用监督、警示和惩戒机制建设的意见》',
    department: '平顶山市财政局',
    districtCode: '410400',
    actedAt: '2026-11-27T10:05:00.000+08:00',
    ...extra,
  });

  async function debtorCheck(): Promise<string> {
    const result = await run(debtor.identifier);
    if (!result.ok) throw new Error(result.error.message);
    return result.value.checkId;
  }

  it('closes the check once every hit has feedback, and lists it as closed', async () => {
    const checkId = await debtorCheck();
    const open = await core.handlers['check:list']({ openFeedback: true, limit: 10, offset: 0 });
    expect(open.ok && open.value.items.map((i) => i.checkId)).toEqual([checkId]);
    const detail = await core.handlers['check:feedback']({ checkId, items: [item('e-debtor')] });
    if (!detail.ok) throw new Error(detail.error.message);
    expect(detail.value.feedbackState).toEqual({ required: 1, recorded: 1, open: false });
    expect(detail.value.feedback[0]).toMatchObject({ action: 'punished', result: '不予通过供应商资格审查' });
    const stillOpen = await core.handlers['check:list']({ openFeedback: true, limit: 10, offset: 0 });
    expect(stillOpen.ok && stillOpen.value.total).toBe(0);
    expect(auditFor(core.db, 'check', checkId).map((e) => e.action)).toEqual(['check.run', 'check.feedback']);
  });

  it('refuses measures that do not apply, a missing reason, a hit that needs none, a future time and one before the check, naming the field', async () => {
    const checkId = await debtorCheck();
    const cases: [FeedbackItem, RegExp, keyof FeedbackItem][] = [
      [item('e-debtor', { measureCodes: ['M-SXBZXR-07'] }), /不适用/, 'measureCodes'],
      [item('e-debtor', { measureCodes: [] }), /至少选择/, 'measureCodes'],
      [item('e-debtor', { action: 'none', measureCodes: [], reason: null }), /原因/, 'reason'],
      [item('e-debtor', { action: 'incentivized', measureCodes: ['M-ANSR-01'] }), /激励/, 'action'],
      [item('nope'), /不存在/, 'hitKey'],
      [item('e-debtor', { actedAt: '2026-11-29T10:00:00.000+08:00' }), /晚于/, 'actedAt'],
      // The check ran at 2026-11-27 10:00 Beijing time: a measure a minute before it, or in 1900, answers another.
      [item('e-debtor', { actedAt: '2026-11-27T09:59:00.000+08:00' }), /早于本次核查时间/, 'actedAt'],
      [item('e-debtor', { actedAt: '1900-01-01T10:00:00.000+08:00' }), /早于本次核查时间/, 'actedAt'],
    ];
    for (const [bad, message, field] of cases) {
      const result = await core.handlers['check:feedback']({ checkId, items: [bad] });
      expect(result).toMatchObject({ ok: false, error: { code: 'FEEDBACK_INVALID' } });
      expect(!result.ok && result.error.message).toMatch(message);
      // A person reads it: no measure code, no field name.
      expect(!result.ok && result.error.message).not.toMatch(/[A-Za-z]/);
      // The offending item's field by its path in the request, as a BAD_REQUEST issue names it.
      expect(!result.ok && result.error.details).toEqual({
        index: 0,
        hitKey: bad.hitKey,
        path: ['items', 0, field],
      });
    }
    const none = await core.handlers['check:feedback']({
      checkId,
      items: [
        item('e-debtor', { action: 'none', measureCodes: [], reason: '申请人已履行完毕，法院正在办理屏蔽' }),
      ],
    });
    expect(none.ok && none.value.feedbackState.open).toBe(false);
  });

  it('writes all items or none', async () => {
    const checkId = await debtorCheck();
    const result = await core.handlers['check:feedback']({
      checkId,
      items: [item('e-debtor'), item('e-debtor')],
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'FEEDBACK_INVALID',
        details: { index: 1, hitKey: 'e-debtor', path: ['items', 1, 'hitKey'] },
      },
    });
    expect((core.db.prepare('SELECT count(*) AS n FROM check_feedback').get() as { n: number }).n).toBe(0);
  });

  it('validates feedback at the boundary with Chinese messages', async () => {
    const checkId = await debtorCheck();
    const result = await call('check:feedback', {
      checkId,
      items: [{ ...item('e-debtor'), districtCode: '41' }],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(!result.ok && result.error.message).toMatch(/区划代码应为6位数字/);
  });
});

describe('check:list filters', () => {
  it('filters by matter, verdict and day', async () => {
    await run(debtor.identifier);
    await run(redCompany.identifier, LICENSING);
    core.clock.now = new Date('2026-11-28T02:00:00Z');
    await run(makeUscc('MA99NUNE'), LICENSING);
    const list = async (filter: object) => {
      const result = await call('check:list', filter);
      if (!result.ok) throw new Error(result.error.message);
      return (result.value as { total: number }).total;
    };
    expect(await list({})).toBe(3);
    expect(await list({ matterCode: LICENSING })).toBe(2);
    expect(await list({ verdict: 'punishment' })).toBe(1);
    expect(await list({ from: '2026-11-28' })).toBe(1);
    expect(await list({ to: '2026-11-27' })).toBe(2);
    expect(await list({ openFeedback: false })).toBe(1);
    expect(await list({ openFeedback: true })).toBe(2);
  });

  it('sorts by a column asked for, newest first otherwise', async () => {
    const fixed = { context: { matterCode: PROCUREMENT }, applicant: { by: 'identifier' } } as const;
    for (const [caseNumber, identifier] of [
      ['CG-2026-0002', debtor.identifier],
      ['CG-2026-0003', redCompany.identifier],
      ['CG-2026-0001', makeUscc('MA99NUNE')],
    ] as const) {
      const result = await call('check:run', {
        context: { ...fixed.context, caseNumber },
        applicant: { ...fixed.applicant, raw: identifier },
      });
      if (!result.ok) throw new Error(result.error.message);
      core.clock.now = new Date(core.clock.now.getTime() + 60_000);
    }
    const cases = async (request: object) => {
      const result = await call('check:list', request);
      if (!result.ok) throw new Error(result.error.message);
      return (result.value as { items: { caseNumber: string }[] }).items.map((item) => item.caseNumber);
    };
    expect(await cases({})).toEqual(['CG-2026-0001', 'CG-2026-0003', 'CG-2026-0002']);
    expect(await cases({ sortBy: 'caseNumber' })).toEqual(['CG-2026-0001', 'CG-2026-0002', 'CG-2026-0003']);
    expect(await cases({ sortBy: 'caseNumber', sortDirection: 'desc', limit: 2 })).toEqual([
      'CG-2026-0003',
      'CG-2026-0002',
    ]);
    expect(await cases({ sortBy: 'checkedAt', sortDirection: 'asc' })).toEqual([
      'CG-2026-0002',
      'CG-2026-0003',
      'CG-2026-0001',
    ]);
  });
});

describe('the outbox', () => {
  it('queues every check, feedback and audit entry for the platform, in mutation order', async () => {
    const result = await run(debtor.identifier);
    if (!result.ok) throw new Error(result.error.message);
    await core.handlers['check:feedback']({
      checkId: result.value.checkId,
      items: [
        {
          hitKey: 'e-debtor',
          action: 'none',
          measureCodes: [],
          reason: '已由法院屏蔽',
          result: '正常办理',
          amount: null,
          legalBasis: '—',
          department: '平顶山市财政局',
          districtCode: '410400',
          actedAt: '2026-11-27T10:05:00.000+08:00',
        },
      ],
    });
    const rows = core.db
      .prepare('SELECT mutation_id, kind, state FROM outbox ORDER BY mutation_id')
      .all() as {
      mutation_id: number;
      kind: string;
      state: string;
    }[];
    expect(rows.map((row) => row.kind)).toEqual([
      'check.recorded',
      'audit.appended',
      'feedback.recorded',
      'audit.appended',
    ]);
    expect(rows.every((row) => row.state === 'pending')).toBe(true);
    const check = core.db.prepare('SELECT offline, sync_cursor FROM checks').get();
    expect(check).toEqual({ offline: 1, sync_cursor: 0 });
  });

  it('queues nothing when the write is refused', async () => {
    await run('91410400MA44TEK');
    expect((core.db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n).toBe(0);
  });
});
