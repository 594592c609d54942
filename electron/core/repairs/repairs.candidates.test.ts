import { afterEach, describe, expect, it } from 'vitest';
import type { Channel, RequestOf } from '../../../shared/contract/channels';
import { MANUAL_LIST_MESSAGE, MANUAL_SEVERITY_MESSAGE } from './eligibility';
import { at, company, openRepairCore, person, repairRequest, type RepairTestCore } from './repairs.fixtures';

let core: RepairTestCore;
afterEach(() => core.dispose());
const call = <C extends Channel>(channel: C, request: RequestOf<C>) => core.call(channel, request);
const value = <C extends Channel>(channel: C, request: RequestOf<C>) => core.value(channel, request);

const candidates = async (subjectId = company.id) =>
  new Map(
    (await value('repairs:candidates', { subjectId })).candidates.map((candidate) => [
      candidate.targetId,
      candidate,
    ]),
  );

describe('repairs:candidates — eligibility through the service', () => {
  it('lists published penalties and active failure-list entries only', async () => {
    core = await openRepairCore('2023-08-01');
    const found = await value('repairs:candidates', { subjectId: company.id });
    expect(found.subject).toMatchObject({ id: company.id, name: company.name });
    expect(found.candidates.map((candidate) => candidate.targetId).sort()).toEqual(
      ['e-debtor', 'e-serious', 'r-2019', 'r-2023', 'r-safety', 'r-unknown'].sort(),
    );
    const entry = found.candidates.find((candidate) => candidate.targetId === 'e-serious');
    expect(entry).toMatchObject({
      targetTable: 'list_entries',
      title: '重大税收违法失信主体',
      kindLabel: '严重失信主体名单',
      statusLabel: '列入名单中',
      // 认定单位: the unit that listed the subject.
      unit: '国家税务总局平顶山市税务局',
      suggestedOutcome: 'remove-from-list',
      openApplicationId: null,
      eligibility: { code: 'manual', eligible: true, message: MANUAL_LIST_MESSAGE },
    });
    const missing = await call('repairs:candidates', { subjectId: 'nobody' });
    expect(!missing.ok && missing.error.code).toBe('SUBJECT_NOT_FOUND');
  });

  it('chooses the regime by the decision day: 2023-04-30 under 2019, 2023-05-01 under 2023', async () => {
    core = await openRepairCore('2023-08-01');
    const found = await candidates();
    expect(found.get('r-2019')).toMatchObject({
      suggestedOutcome: 'stop-publication',
      statusLabel: '公示中',
      eligibility: {
        regime: '2019',
        eligible: true,
        eligibleFrom: '2023-07-31',
        publicationEndsOn: '2024-04-30',
      },
    });
    // The last day of the 2023 regime's 3-month minimum: not yet.
    expect(found.get('r-2023')?.eligibility).toMatchObject({
      regime: '2023',
      eligible: false,
      eligibleFrom: '2023-08-02',
      code: 'too-early',
      publicationEndsOn: '2026-05-01',
    });
    expect(found.get('r-2019')?.eligibility.regimeName).toBe(
      '《关于进一步完善“信用中国”网站及地方信用门户网站行政处罚信息信用修复机制的通知》（发改办财金〔2019〕527号）',
    );
    expect(found.get('r-2019')).toMatchObject({ severity: 'general', domainLabel: null });
    expect(found.get('r-safety')).toMatchObject({ severity: 'general', domainLabel: '安全生产' });
    // 认定单位: each record's own source department.
    expect(found.get('r-2023')?.unit).toBe('平顶山市生态环境局');
    expect(found.get('r-2019')?.unit).toBe('平顶山市市场监督管理局');
    expect(found.get('r-safety')?.eligibility).toMatchObject({ eligible: false, eligibleFrom: '2024-06-16' });
  });

  it('opens on the day after the minimum ends, and the day before stays closed', async () => {
    core = await openRepairCore('2023-07-30');
    expect((await candidates()).get('r-2019')?.eligibility).toMatchObject({
      eligible: false,
      code: 'too-early',
    });
    core.clock.now = at('2023-08-02');
    expect((await candidates()).get('r-2023')?.eligibility).toMatchObject({
      eligible: true,
      code: 'eligible',
    });
    core.clock.now = at('2024-06-15');
    expect((await candidates()).get('r-safety')?.eligibility.eligible).toBe(false);
    core.clock.now = at('2024-06-16');
    expect((await candidates()).get('r-safety')?.eligibility.eligible).toBe(true);
  });
});

describe('repairs:candidates — a publication period that has ended', () => {
  it('drops the record from the candidates and refuses an application with the day it ended', async () => {
    // Every record of the fixture is published until 2026-06-01 (公示截止期, the last day included).
    core = await openRepairCore('2026-06-01');
    expect([...(await candidates()).keys()]).toContain('r-2019');
    core.clock.now = at('2026-06-02');
    expect([...(await candidates()).keys()]).toEqual(['e-debtor', 'e-serious']);
    const request = repairRequest(company, { table: 'credit_records', id: 'r-2019' });
    expect(
      await call('repairs:create', {
        ...request,
        commitment: { ...request.commitment, madeOn: '2026-06-02', verifyBy: '2026-08-02' },
      }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'REPAIR_NOT_ELIGIBLE',
        message: '该记录公示期已于 2026-06-01 届满，应停止公示，无需申请信用修复',
      },
    });
  });
});

describe('repairs:candidates — the recorded 失信程度, never a guess', () => {
  it('takes a record without 失信程度 in for a person to judge, naming no regime and no period', async () => {
    core = await openRepairCore('2023-08-01');
    expect((await candidates()).get('r-unknown')).toMatchObject({
      severity: null,
      eligibility: {
        eligible: true,
        code: 'manual',
        message: MANUAL_SEVERITY_MESSAGE,
        regime: null,
        regimeName: null,
        eligibleFrom: null,
        unconfirmed: [],
      },
    });
    expect(MANUAL_SEVERITY_MESSAGE).toMatch(/^失信程度未记录，需人工研判/u);
  });

  it('reads the grade as recorded: 轻微 under 令第58号 opens after the same 3 months as any penalty', async () => {
    core = await openRepairCore('2023-08-09');
    const ordinary = (await candidates(person.id)).get('r-ordinary');
    expect(ordinary).toMatchObject({ severity: 'minor', procedure: 'ordinary' });
    expect(ordinary?.eligibility).toMatchObject({ code: 'too-early', eligibleFrom: '2023-08-10' });
  });
});

describe('repairs:candidates — lists and records the window does not repair', () => {
  it('shows 失信被执行人 as not repairable at the window, with where to apply and its unconfirmed basis', async () => {
    core = await openRepairCore('2023-08-01');
    const debtor = (await candidates()).get('e-debtor');
    expect(debtor).toMatchObject({
      title: '失信被执行人',
      unit: '平顶山市中级人民法院',
      eligibility: { eligible: false, code: 'other-authority', regime: null },
    });
    const message = debtor?.eligibility.message ?? '';
    expect(message).toContain('失信被执行人信息的移出（删除）由人民法院依法决定，不在窗口办理信用修复。');
    expect(message).toContain('请向作出纳入决定的人民法院（执行法院）申请');
    expect(message).toContain('《最高人民法院关于公布失信被执行人名单信息的若干规定》');
    expect(debtor?.eligibility.unconfirmed.join('')).toContain('待核实');
  });

  it('shows a natural person’s 简易程序 penalty as no basis (河南条例), and its 普通程序 one as usual', async () => {
    core = await openRepairCore('2023-08-15');
    const found = await candidates(person.id);
    expect(found.get('r-simple')).toMatchObject({
      procedure: 'simple',
      eligibility: { eligible: false, code: 'not-a-basis' },
    });
    expect(found.get('r-simple')?.eligibility.message).toContain(
      '适用简易程序对自然人作出的行政处罚信息不向同级信用信息共享平台报送，不得作为失信联合惩戒的依据',
    );
    expect(found.get('r-ordinary')?.eligibility).toMatchObject({ eligible: true, code: 'eligible' });
  });
});

describe('repairs:candidates — 令第36号 in force', () => {
  it('judges a 令第58号 record still published on 2026-04-01 by the new periods: its maximum has passed', async () => {
    // r-2023: 一般, decided 2023-05-01; 令第58号 would publish it to 2026-05-01, 令第36号 to 2024-05-01.
    core = await openRepairCore('2026-03-31');
    expect((await candidates()).get('r-2023')?.eligibility).toMatchObject({
      regime: '2023',
      eligible: true,
      publicationEndsOn: '2026-05-01',
    });
    core.clock.now = at('2026-04-01');
    expect((await candidates()).get('r-2023')?.eligibility).toMatchObject({
      regime: '2026',
      regimeName: '《信用修复管理办法》（国家发展改革委令第36号）',
      decidedUnder: '《失信行为纠正后的信用信息修复管理办法（试行）》（国家发展改革委令第58号）',
      eligible: false,
      code: 'already-ended',
      publicationEndsOn: '2026-03-31',
    });
  });
});
