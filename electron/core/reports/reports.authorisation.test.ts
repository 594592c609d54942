import { afterEach, describe, expect, it } from 'vitest';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/contract/channels';
import type { Result } from '../../../shared/result';
import { signInForTests } from '../auth/test-session';
import { filesToUpload } from '../files/files.repo';
import { dispatch } from '../ipc/dispatch';
import { openTempCore } from '../testing/temp-core';
import { samplePdf } from '../../../node-shared/testing/sample-files';

// A natural person's credit report requires a recorded 授权: the person present with the ID card, or a signed
// authorisation attached (resources/rules/report-policy.json). The core refuses the report without it.

type TempCore = ReturnType<typeof openTempCore>;
const cores: TempCore[] = [];
afterEach(() => {
  while (cores.length > 0) cores.pop()?.dispose();
});

/** A core on 2026-11-27 10:00 Beijing time with a supervisor (赵敏) signed in. */
function supervisorCore(): TempCore {
  const core = openTempCore();
  cores.push(core);
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

const PERSON = 'demo-s-0010'; // 冯志亚, a natural person
const COMPANY = 'demo-s-0007';
const request = (subjectId: string, authorisation?: RequestOf<'reports:issue'>['authorisation']) => ({
  subjectId,
  purpose: '招聘政审',
  caseNumber: 'RS-2026-0042',
  ...(authorisation === undefined ? {} : { authorisation }),
});
const count = (core: TempCore, sql: string): number => core.db.prepare(sql).pluck().get() as number;

async function storeFile(core: TempCore, text: string): Promise<{ sha256: string; size: number }> {
  const added = await call(core, 'files:add', {
    name: '授权书.pdf',
    mime: 'application/pdf',
    base64: samplePdf(text).toString('base64'),
  });
  if (!added.ok) throw new Error(added.error.message);
  return added.value;
}

describe("a natural person's report and its 授权", () => {
  it('is refused without an authorisation, with nothing written', async () => {
    const core = supervisorCore();
    const refused = await call(core, 'reports:issue', request(PERSON));
    expect(refused.ok ? null : refused.error).toEqual({
      code: 'REPORT_AUTHORISATION_REQUIRED',
      message: '出具个人公共信用信息报告须经本人授权：请确认本人持居民身份证到场，或附上本人签署的授权书',
    });
    expect(count(core, 'SELECT count(*) FROM reports')).toBe(0);
    expect(count(core, 'SELECT count(*) FROM report_serials')).toBe(0);
    expect(count(core, "SELECT count(*) FROM outbox WHERE kind = 'report.issued'")).toBe(0);
  });

  it('is refused when the ID card was not confirmed, or the person present is someone else', async () => {
    const core = supervisorCore();
    const unchecked = await dispatch(core.handlers, 'reports:issue', {
      ...request(PERSON),
      authorisation: { method: 'in-person', personName: '冯志亚', idCardChecked: false },
    });
    expect(unchecked.ok ? null : unchecked.error.code).toBe('BAD_REQUEST');
    const someoneElse = await call(
      core,
      'reports:issue',
      request(PERSON, { method: 'in-person', personName: '冯志强', idCardChecked: true }),
    );
    expect(someoneElse.ok ? null : someoneElse.error.code).toBe('REPORT_AUTHORISATION_INVALID');
    expect(count(core, 'SELECT count(*) FROM reports')).toBe(0);
  });

  it('is issued with the person present, titled 个人公共信用信息报告, the 授权 stored, listed and sent up', async () => {
    const core = supervisorCore();
    const issued = await call(
      core,
      'reports:issue',
      request(PERSON, { method: 'in-person', personName: ' 冯志亚 ', idCardChecked: true }),
    );
    if (!issued.ok) throw new Error(issued.error.message);
    const { report, authorisation, number } = issued.value;
    expect(report.cover.title).toBe('个人公共信用信息报告');
    expect(report.cover.basis).toBe(
      '本报告依据《公共信用信息报告标准（2022年版）》（国家公共信用信息中心2022年9月7日印发）出具。',
    );
    expect(report.cover.identifierLabel).toBe('公民身份号码');
    expect(report.authorisation?.text).toBe(
      '信息主体本人持居民身份证到场申请查询，受理人赵敏已核验身份证件，于2026年11月27日记录授权。',
    );
    expect(authorisation).toEqual({
      method: 'in-person',
      personName: '冯志亚',
      idCardChecked: true,
      recordedBy: '赵敏',
      recordedAt: '2026-11-27T10:00:00.000+08:00',
    });
    expect(await call(core, 'reports:get', { number })).toEqual({ ok: true, value: issued.value });
    const list = await call(core, 'reports:list', {});
    expect(list.ok && list.value.items[0]).toMatchObject({ number, authorisationMethod: 'in-person' });
    const payload = JSON.parse(
      core.db.prepare("SELECT payload FROM outbox WHERE kind = 'report.issued'").pluck().get() as string,
    ) as Record<string, unknown>;
    expect(payload.authorisation).toEqual({
      method: 'in-person',
      documentSha256: null,
      signedOn: null,
      recordedBy: '赵敏',
      recordedAt: '2026-11-27T10:00:00.000+08:00',
    });
    // The person's full name never leaves for the public registry.
    expect(JSON.stringify(payload)).not.toContain('冯志亚');
    expect(() => core.db.exec('UPDATE reports SET authorisation = NULL')).toThrow(/append-only/);
  });

  it('is issued with a signed authorisation stored here, which goes up to the platform before the entry', async () => {
    const core = supervisorCore();
    const missing = await call(
      core,
      'reports:issue',
      request(PERSON, {
        method: 'document',
        document: { sha256: 'e'.repeat(64), name: '授权书.pdf', size: 10 },
        signedOn: '2026-11-20',
      }),
    );
    expect(missing.ok ? null : missing.error.code).toBe('REPORT_AUTHORISATION_INVALID');
    const file = await storeFile(core, '本人冯志亚授权查询本人公共信用信息。');
    const tomorrow = await call(
      core,
      'reports:issue',
      request(PERSON, {
        method: 'document',
        document: { ...file, name: '授权书.pdf' },
        signedOn: '2026-11-28',
      }),
    );
    expect(tomorrow.ok ? null : tomorrow.error.code).toBe('REPORT_AUTHORISATION_INVALID');
    const beforeRecords = await call(
      core,
      'reports:issue',
      request(PERSON, {
        method: 'document',
        document: { ...file, name: '授权书.pdf' },
        signedOn: '0001-01-01',
      }),
    );
    expect(beforeRecords.ok ? null : [beforeRecords.error.code, beforeRecords.error.message]).toEqual([
      'BAD_REQUEST',
      '请求内容不正确：签署日期：日期应在 1949-01-01 至 2099-12-31 之间',
    ]);
    const today = await call(
      core,
      'reports:issue',
      request(PERSON, {
        method: 'document',
        document: { ...file, name: '授权书.pdf' },
        signedOn: '2026-11-27',
      }),
    );
    if (!today.ok) throw new Error(today.error.message);
    expect(today.value.authorisation).toMatchObject({
      method: 'document',
      document: { sha256: file.sha256 },
    });
    expect(today.value.report.authorisation?.text).toContain(file.sha256.slice(0, 16).toUpperCase());
    expect(filesToUpload(core.db).map((pending) => pending.sha256)).toEqual([file.sha256]);
    const list = await call(core, 'reports:list', {});
    expect(list.ok && list.value.items[0]?.authorisationMethod).toBe('document');
  });

  it("is not asked of an organisation's report, and refused there", async () => {
    const core = supervisorCore();
    const plain = await call(core, 'reports:issue', request(COMPANY));
    if (!plain.ok) throw new Error(plain.error.message);
    expect(plain.value.report.cover.title).toBe('法人和非法人组织公共信用信息报告');
    expect(plain.value.authorisation).toBeNull();
    expect(plain.value.report.authorisation).toBeNull();
    const refused = await call(
      core,
      'reports:issue',
      request(COMPANY, { method: 'in-person', personName: '平顶山市梧沐商贸有限公司', idCardChecked: true }),
    );
    expect(refused.ok ? null : refused.error.code).toBe('REPORT_AUTHORISATION_NOT_APPLICABLE');
  });
});

describe('section 7 of the report', () => {
  it('prints the 公共信用综合评价 and the industry grade with their evaluators, never the risk class', async () => {
    const core = supervisorCore();
    const issued = await call(core, 'reports:issue', request(COMPANY));
    if (!issued.ok) throw new Error(issued.error.message);
    const evaluation = issued.value.report.sections.find((section) => section.key === 'evaluation');
    expect(
      evaluation?.tables.map((table) => [table.title, table.rows.map((row) => row.cells.slice(0, 3))]),
    ).toEqual([
      ['公共信用综合评价', [['公共信用综合评价', 'D（差）', '国家公共信用信息中心']]],
      ['行业信用评价', [['纳税信用', 'D级', '国家税务总局平顶山市税务局']]],
      ['信用评价记录', []],
    ]);
    const text = JSON.stringify(issued.value.report);
    expect(text).not.toContain('企业信用风险分类');
    expect(text).not.toContain('信用风险高');
  });
});
