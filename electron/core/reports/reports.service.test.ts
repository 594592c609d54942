import { afterEach, describe, expect, it } from 'vitest';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/contract/channels';
import { canonicalReportJson, parseReportNumber } from '../../../shared/report';
import type { Result } from '../../../shared/result';
import { setMeta } from '../app/meta.repo';
import { signInForTests } from '../auth/test-session';
import { dispatch } from '../ipc/dispatch';
import { openTempCore } from '../testing/temp-core';
import { sha256Text } from './reports.service';

type TempCore = ReturnType<typeof openTempCore>;
const cores: TempCore[] = [];
afterEach(() => {
  while (cores.length > 0) cores.pop()?.dispose();
});

/** A core on 2026-11-27 10:00 Beijing time with a supervisor signed in. */
function supervisorCore(deviceNumber?: number): TempCore {
  const core = openTempCore();
  cores.push(core);
  if (deviceNumber !== undefined) setMeta(core.db, 'device_number', String(deviceNumber));
  signInForTests(core, 'supervisor');
  return core;
}

async function call<C extends Channel>(
  core: TempCore,
  channel: C,
  request: RequestOf<C>,
): Promise<Result<ResponseOf<C>>> {
  return (await dispatch(core.handlers, channel, request)) as Result<ResponseOf<C>>;
}

async function issue(
  core: TempCore,
  subjectId = 'demo-s-0001',
  extra: Partial<RequestOf<'reports:issue'>> = {},
) {
  const issued = await call(core, 'reports:issue', {
    subjectId,
    purpose: '政府采购供应商资格审查',
    caseNumber: 'CG-2026-0117',
    ...extra,
  });
  if (!issued.ok) throw new Error(issued.error.message);
  return issued.value;
}

const count = (core: TempCore, sql: string, ...params: unknown[]): number =>
  core.db
    .prepare(sql)
    .pluck()
    .get(...params) as number;

describe('reports:issue', () => {
  it('numbers, hashes and stores the report exactly as issued, with its outbox row and audit entry', async () => {
    const core = supervisorCore();
    const issued = await issue(core);
    // Stand-alone (never enrolled): device 000, the city's area code from the settings, the first of the day.
    expect(issued.number).toBe('XYBG410400202611270000001');
    expect(issued.report.cover.reportNumber).toBe(issued.number);
    expect(issued.report.cover.issuingUnit).toBe('平顶山市行政审批和政务信息管理局（示例）');
    expect(issued.report.cover.printedBy).toBe('赵敏');
    expect(issued.issuedBy).toBe('赵敏');
    expect(issued.contentHash).toBe(sha256Text(canonicalReportJson(issued.report)));
    expect(issued.verifyUrl).toBeNull();
    expect(issued.registered).toBe(false);

    const stored = core.db
      .prepare('SELECT content, content_hash FROM reports WHERE number = ?')
      .get(issued.number) as { content: string; content_hash: string };
    expect(sha256Text(stored.content)).toBe(stored.content_hash);
    expect(stored.content).toBe(canonicalReportJson(issued.report));
    const again = await call(core, 'reports:get', { number: issued.number });
    expect(again).toEqual({ ok: true, value: issued });

    const outbox = core.db
      .prepare("SELECT payload FROM outbox WHERE kind = 'report.issued'")
      .pluck()
      .all() as string[];
    expect(outbox.map((payload) => JSON.parse(payload) as unknown)).toEqual([
      expect.objectContaining({
        number: issued.number,
        contentHash: issued.contentHash,
        subjectId: 'demo-s-0001',
        subjectName: '平顶山市嵘沐商贸有限公司',
        issuedBy: '赵敏',
      }),
    ]);
    const audit = core.db
      .prepare("SELECT actor, target_id, case_number, purpose FROM audit_log WHERE action = 'report.issue'")
      .all();
    expect(audit).toEqual([
      {
        actor: '赵敏（zhaomin）',
        target_id: issued.number,
        case_number: 'CG-2026-0117',
        purpose: '政府采购供应商资格审查',
      },
    ]);
  });

  it('writes nothing when any part of the issue fails (one transaction)', async () => {
    const core = supervisorCore();
    core.db.exec(`CREATE TRIGGER fail_report_outbox BEFORE INSERT ON outbox WHEN NEW.kind = 'report.issued'
      BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;`);
    const audits = count(core, 'SELECT count(*) FROM audit_log');
    const failed = await call(core, 'reports:issue', {
      subjectId: 'demo-s-0001',
      purpose: '招标投标资格审查',
      caseNumber: 'ZB-1',
    });
    expect(failed.ok).toBe(false);
    expect(count(core, 'SELECT count(*) FROM reports')).toBe(0);
    expect(count(core, 'SELECT count(*) FROM report_serials')).toBe(0);
    expect(count(core, 'SELECT count(*) FROM audit_log')).toBe(audits);
    core.db.exec('DROP TRIGGER fail_report_outbox');
    // The number the failed issue would have taken is given back.
    expect((await issue(core)).number).toBe('XYBG410400202611270000001');
  });

  it('never repeats a number: counted per day on one device, apart by device number on two', async () => {
    const first = supervisorCore(17);
    const second = supervisorCore(18);
    const a1 = await issue(first);
    const a2 = await issue(first, 'demo-s-0003');
    const b1 = await issue(second);
    expect([a1.number, a2.number, b1.number]).toEqual([
      'XYBG410400202611270170001',
      'XYBG410400202611270170002',
      'XYBG410400202611270180001',
    ]);
    expect(parseReportNumber(b1.number)).toEqual({
      areaCode: '410400',
      day: '2026-11-27',
      deviceNumber: 18,
      counter: 1,
    });
    first.clock.now = new Date('2026-11-28T02:00:00Z');
    expect((await issue(first)).number).toBe('XYBG410400202611280170001');
  });

  it('masks a natural person on the report, in the list and in what goes to the platform', async () => {
    const core = supervisorCore();
    const issued = await issue(core, 'demo-s-0010', {
      authorisation: { method: 'in-person', personName: '冯志亚', idCardChecked: true },
    });
    expect(issued.report.cover.identifier).toBe('410425********8054');
    expect(JSON.stringify(issued.report)).not.toContain('410425196906028054');
    const payload = JSON.parse(
      core.db.prepare("SELECT payload FROM outbox WHERE kind = 'report.issued'").pluck().get() as string,
    ) as { subjectName: string; identifier: string };
    expect(payload).toMatchObject({ subjectName: '冯**', identifier: '410425********8054' });
    const list = await call(core, 'reports:list', {});
    expect(list.ok && list.value.items[0]?.identifier).toBe('410425********8054');
  });

  it('puts the verification URL of the enrolled platform in the report', async () => {
    const core = supervisorCore(5);
    setMeta(core.db, 'platform_url', 'http://127.0.0.1:8420/');
    setMeta(core.db, 'device_token', 'token');
    const issued = await issue(core);
    expect(issued.verifyUrl).toBe(`http://127.0.0.1:8420/verify/${issued.number}?h=${issued.contentHash}`);
  });

  it('refuses an unknown subject and a missing purpose', async () => {
    const core = supervisorCore();
    const unknown = await call(core, 'reports:issue', {
      subjectId: 'nope',
      purpose: '审查',
      caseNumber: 'X',
    });
    expect(unknown.ok ? null : unknown.error.code).toBe('SUBJECT_NOT_FOUND');
    const noPurpose = await call(core, 'reports:issue', {
      subjectId: 'demo-s-0001',
      purpose: ' ',
      caseNumber: 'X',
    });
    expect(noPurpose.ok ? null : noPurpose.error.code).toBe('BAD_REQUEST');
  });
});

describe('reports: list, print records, roles', () => {
  it('lists newest first and filters by text and day', async () => {
    const core = supervisorCore();
    const first = await issue(core);
    core.clock.now = new Date('2026-11-28T03:00:00Z');
    const second = await issue(core, 'demo-s-0003');
    const all = await call(core, 'reports:list', {});
    expect(all.ok && all.value.items.map((item) => item.number)).toEqual([second.number, first.number]);
    const byName = await call(core, 'reports:list', { query: '嵘沐' });
    expect(byName.ok && byName.value.items.map((item) => item.number)).toEqual([first.number]);
    const byDay = await call(core, 'reports:list', { from: '2026-11-28' });
    expect(byDay.ok && byDay.value).toMatchObject({ total: 1, items: [{ number: second.number }] });
  });

  it('records each print and PDF in the audit log with the approval and purpose of the report', async () => {
    const core = supervisorCore();
    const issued = await issue(core);
    expect(await call(core, 'reports:printed', { number: issued.number, how: 'pdf' })).toEqual({
      ok: true,
      value: { recorded: true },
    });
    await call(core, 'reports:printed', { number: issued.number, how: 'print' });
    const rows = core.db
      .prepare(
        "SELECT action, case_number AS caseNumber FROM audit_log WHERE target_type = 'report' ORDER BY seq",
      )
      .all();
    expect(rows).toEqual([
      { action: 'report.issue', caseNumber: 'CG-2026-0117' },
      { action: 'report.pdf', caseNumber: 'CG-2026-0117' },
      { action: 'report.print', caseNumber: 'CG-2026-0117' },
    ]);
  });

  it('leaves printing to the host: the core answers that the browser prints itself', async () => {
    const core = supervisorCore();
    const issued = await issue(core);
    const pdf = await call(core, 'reports:pdf', { number: issued.number });
    expect(pdf.ok ? null : pdf.error.code).toBe('PRINT_IN_BROWSER');
    const missing = await call(core, 'reports:print', { number: 'XYBG410400202611270000099' });
    expect(missing.ok ? null : missing.error.code).toBe('REPORT_NOT_FOUND');
  });

  it('refuses a clerk on every report channel', async () => {
    const core = openTempCore();
    cores.push(core);
    signInForTests(core, 'clerk');
    const refused = await call(core, 'reports:issue', {
      subjectId: 'demo-s-0001',
      purpose: '政府采购供应商资格审查',
      caseNumber: 'CG-1',
    });
    expect(refused.ok ? null : refused.error.code).toBe('ROLE_FORBIDDEN');
    const list = await call(core, 'reports:list', {});
    expect(list.ok ? null : list.error.code).toBe('ROLE_FORBIDDEN');
    expect(count(core, 'SELECT count(*) FROM reports')).toBe(0);
  });
});
