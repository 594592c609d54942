import { afterEach, describe, expect, it } from 'vitest';
import type { Channel, RequestOf } from '../../../shared/contract/channels';
import { MANUAL_LIST_MESSAGE, UNCONFIRMED_SEVERITY } from './eligibility';
import { at, company, openRepairCore, repairRequest, type RepairTestCore } from './repairs.fixtures';

let core: RepairTestCore;
afterEach(() => core.dispose());
const call = <C extends Channel>(channel: C, request: RequestOf<C>) => core.call(channel, request);
const value = <C extends Channel>(channel: C, request: RequestOf<C>) => core.value(channel, request);

const candidates = async () =>
  new Map(
    (await value('repairs:candidates', { subjectId: company.id })).candidates.map((candidate) => [
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
      ['e-serious', 'r-2019', 'r-2023', 'r-safety', 'r-unknown'].sort(),
    );
    const entry = found.candidates.find((candidate) => candidate.targetId === 'e-serious');
    expect(entry).toMatchObject({
      targetTable: 'list_entries',
      title: '失信被执行人',
      kindLabel: '严重失信主体名单',
      statusLabel: '列入名单中',
      // 认定单位: the unit that listed the subject.
      unit: '平顶山市中级人民法院',
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
    expect(found.get('r-unknown')?.eligibility.unconfirmed).toContain(UNCONFIRMED_SEVERITY);
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
    expect([...(await candidates()).keys()]).toEqual(['e-serious']);
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
