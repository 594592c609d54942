// What the window never takes in as a repair: a list another authority removes (失信被执行人: the court) and
// a record that is no basis (a natural person's 简易程序 penalty); and what it takes in for a person to judge.
import { afterEach, describe, expect, it } from 'vitest';
import { company, openRepairCore, person, repairRequest, type RepairTestCore } from './repairs.fixtures';

let core: RepairTestCore;
afterEach(() => core.dispose());

const count = (sql: string): unknown => core.db.prepare(sql).pluck().get();

describe('repairs:create — outside the window', () => {
  it('refuses an application against a 失信被执行人 entry with where to apply, writing nothing', async () => {
    core = await openRepairCore('2025-06-02');
    const request = repairRequest(company, { table: 'list_entries', id: 'e-debtor' });
    const refused = await core.call('repairs:create', {
      ...request,
      commitment: { ...request.commitment, madeOn: '2025-06-02', verifyBy: '2025-08-02' },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'REPAIR_OTHER_AUTHORITY' } });
    expect(!refused.ok && refused.error.message).toContain('由人民法院依法决定，不在窗口办理信用修复');
    expect(!refused.ok && refused.error.message).toContain('执行法院');
    expect(count('SELECT count(*) FROM repair_applications')).toBe(0);
    expect(count('SELECT count(*) FROM commitments')).toBe(0);
    expect(count('SELECT count(*) FROM outbox')).toBe(0);
    // The other serious list of the same company is taken in, for its listing unit to decide.
    const taken = await core.value('repairs:create', {
      ...repairRequest(company, { table: 'list_entries', id: 'e-serious' }),
      commitment: { ...request.commitment, madeOn: '2025-06-02', verifyBy: '2025-08-02' },
    });
    expect(taken.application.eligibility.code).toBe('manual');
  });

  it('refuses a natural person’s 简易程序 penalty as no basis, and takes the 普通程序 one', async () => {
    core = await openRepairCore('2023-08-15');
    const forPerson = (id: string) => {
      const request = repairRequest(person, { table: 'credit_records', id });
      return core.call('repairs:create', {
        ...request,
        commitment: {
          ...request.commitment,
          committer: { name: person.name, kind: 'natural-person', identifier: person.identifier },
        },
      });
    };
    const refused = await forPerson('r-simple');
    expect(refused).toMatchObject({ ok: false, error: { code: 'REPAIR_NOT_A_BASIS' } });
    expect(!refused.ok && refused.error.message).toContain('《河南省社会信用条例》');
    expect(count('SELECT count(*) FROM repair_applications')).toBe(0);
    expect(await forPerson('r-ordinary')).toMatchObject({ ok: true });
  });

  it('takes in a record without 失信程度, its answer frozen as 需人工研判', async () => {
    core = await openRepairCore('2023-08-01');
    const created = await core.value(
      'repairs:create',
      repairRequest(company, { table: 'credit_records', id: 'r-unknown' }),
    );
    expect(created.application.eligibility).toMatchObject({
      eligible: true,
      code: 'manual',
      regime: null,
      message: expect.stringMatching(/^失信程度未记录，需人工研判/u) as unknown,
    });
  });
});
