import { afterEach, describe, expect, it } from 'vitest';
import type { Channel, RequestOf } from '../../../shared/contract/channels';
import type { ObjectionCreateRequest } from '../../../shared/domain/objection';
import { setMeta } from '../app/meta.repo';
import { company, openRepairCore, other, type RepairTestCore } from '../repairs/repairs.fixtures';

let core: RepairTestCore;
afterEach(() => core.dispose());
const call = <C extends Channel>(channel: C, request: RequestOf<C>) => core.call(channel, request);
const value = <C extends Channel>(channel: C, request: RequestOf<C>) => core.value(channel, request);

async function openCore(): Promise<RepairTestCore> {
  const opened = await openRepairCore('2026-11-27');
  setMeta(
    opened.db,
    'settings',
    JSON.stringify({
      districtCode: '410402',
      department: '平顶山市政务服务中心',
      departmentCode: '11410400MB1A23456X',
    }),
  );
  return opened;
}

const request = (extra: Partial<ObjectionCreateRequest> = {}): RequestOf<'objections:create'> => ({
  subjectId: company.id,
  targets: [
    { targetTable: 'credit_records', targetId: 'r-2023' },
    { targetTable: 'list_entries', targetId: 'e-serious' },
  ],
  grounds: 'error-or-omission',
  statement: '处罚决定书文号记载错误',
  applicant: {
    role: 'agent',
    name: '张敏',
    idKind: 'citizen-id',
    idNumber: '410402199001011230',
    phone: '13803750000',
  },
  attachments: [],
  truthfulnessPledged: true,
  ...extra,
});

const count = (sql: string): number => core.db.prepare(sql).pluck().get() as number;

describe('objections at the window', () => {
  it('lists what may be objected to, takes one in with its outbox and audit entries, marks it open', async () => {
    core = await openCore();
    const before = (await value('objections:candidates', { subjectId: company.id })).candidates;
    expect(before.map((candidate) => candidate.targetId)).toContain('r-2023');
    expect(before.map((candidate) => candidate.targetId)).not.toContain('r-stopped');
    const detail = await value('objections:create', request());
    expect(detail.objection).toMatchObject({
      state: 'submitted',
      version: 1,
      acceptingUnit: '平顶山市政务服务中心',
      acceptingUnitCode: '11410400MB1A23456X',
      targets: [{ unit: '平顶山市生态环境局' }, { unit: '国家税务总局平顶山市税务局' }],
      history: [{ event: 'submit', by: '李娜（lina）' }],
    });
    expect(detail.pending).toBe(true);
    // Taken in on Friday 2026-11-27: 3 working days (placeholder) → Wednesday 12-02.
    expect(detail.countdown).toMatchObject({ deadline: '2026-12-02', atRisk: false, uncertain: true });
    expect(count("SELECT count(*) FROM outbox WHERE kind = 'objection.created'")).toBe(1);
    expect(count("SELECT count(*) FROM audit_log WHERE action = 'objection.create'")).toBe(1);
    const after = (await value('objections:candidates', { subjectId: company.id })).candidates;
    expect(after.find((candidate) => candidate.targetId === 'r-2023')?.openObjectionId).toBe(
      detail.objection.id,
    );
    const listed = await value('objections:list', { open: true });
    expect(listed.items.map((item) => item.id)).toEqual([detail.objection.id]);
  });

  it('refuses in Chinese, writing nothing: another subject’s record, a second open objection, a bad ID, no 承诺', async () => {
    core = await openCore();
    const foreign = await call(
      'objections:create',
      request({ targets: [{ targetTable: 'credit_records', targetId: 'r-other' }] }),
    );
    expect(foreign.ok ? null : foreign.error).toMatchObject({ code: 'OBJECTION_INVALID' });
    await value('objections:create', request());
    const twice = await call(
      'objections:create',
      request({ targets: [{ targetTable: 'credit_records', targetId: 'r-2023' }] }),
    );
    expect(twice.ok ? null : twice.error.code).toBe('OBJECTION_ALREADY_OPEN');
    const badId = await call(
      'objections:create',
      request({
        targets: [{ targetTable: 'credit_records', targetId: 'r-2019' }],
        applicant: {
          role: 'agent',
          name: '张敏',
          idKind: 'citizen-id',
          idNumber: '410402199001011234',
          phone: '13803750000',
        },
      }),
    );
    expect(badId.ok ? null : badId.error.message).toMatch(/^申请人证件号码有误/u);
    const unpledged = await call('objections:create', {
      ...request({ targets: [{ targetTable: 'credit_records', targetId: 'r-2019' }] }),
      truthfulnessPledged: false as true,
    });
    expect(unpledged.ok ? null : unpledged.error.message).toContain('须由申请人承诺所提交材料真实有效');
    const hostile = await call('objections:create', request({ statement: '撤销\u202e决定' }));
    expect(hostile.ok ? null : hostile.error.code).toBe('BAD_REQUEST');
    expect(count("SELECT count(*) FROM outbox WHERE kind = 'objection.created'")).toBe(1);
    expect(other.id).toBe('s-2');
  });

  it('withdraws on the version shown, refuses a stale version and a second withdrawal', async () => {
    core = await openCore();
    const { objection } = await value('objections:create', request());
    const stale = await call('objections:step', {
      id: objection.id,
      baseVersion: 2,
      event: 'withdraw',
      reason: '撤回',
    });
    expect(stale.ok ? null : stale.error.code).toBe('OBJECTION_TRANSITION_REFUSED');
    const withdrawn = await value('objections:step', {
      id: objection.id,
      baseVersion: 1,
      event: 'withdraw',
      reason: '申请人撤回',
    });
    expect(withdrawn.objection).toMatchObject({
      state: 'withdrawn',
      version: 2,
      closingReason: '申请人撤回',
    });
    expect(withdrawn.countdown).toBeNull();
    const again = await call('objections:step', {
      id: objection.id,
      baseVersion: 2,
      event: 'withdraw',
      reason: '再撤回',
    });
    expect(again.ok ? null : again.error.message).toContain('已撤回');
    expect(count("SELECT count(*) FROM outbox WHERE kind = 'objection.stepped'")).toBe(1);
    // Closed: the records are no longer marked, and may be objected to again.
    const candidates = (await value('objections:candidates', { subjectId: company.id })).candidates;
    expect(candidates.find((candidate) => candidate.targetId === 'r-2023')?.openObjectionId).toBeNull();
  });
});
