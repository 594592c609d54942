import { afterEach, describe, expect, it } from 'vitest';
import type { Channel, RequestOf } from '../../../shared/contract/channels';
import { at, company, openRepairCore, repairRequest, type RepairTestCore } from './repairs.fixtures';

let core: RepairTestCore;
afterEach(() => core.dispose());
const call = <C extends Channel>(channel: C, request: RequestOf<C>) => core.call(channel, request);
const value = <C extends Channel>(channel: C, request: RequestOf<C>) => core.value(channel, request);

describe('repairs:list and repairs:get', () => {
  it('counts the 3 working days of acceptance across 春节 2025 and turns negative when overdue', async () => {
    core = await openRepairCore('2025-01-24');
    const created = await value(
      'repairs:create',
      repairRequest(company, { table: 'credit_records', id: 'r-safety' }, { accept: false }),
    );
    // From Friday 2025-01-24: the adjusted Sunday 01-26 counts, 01-27 too, 01-28 … 02-04 do not.
    expect(created.countdown).toMatchObject({
      label: '作出是否受理的决定',
      deadline: '2025-02-05',
      workingDaysLeft: 3,
      overdue: false,
      uncertain: true,
    });
    expect(created.countdown?.notice).toContain('办理时限（3个工作日）未能对照原文核实');
    core.clock.now = at('2025-02-04');
    const during = await value('repairs:list', {});
    expect(during.items[0]?.countdown).toMatchObject({ deadline: '2025-02-05', workingDaysLeft: 1 });
    core.clock.now = at('2025-02-05');
    expect((await value('repairs:get', { id: created.application.id })).countdown).toMatchObject({
      workingDaysLeft: 0,
      overdue: false,
    });
    core.clock.now = at('2025-02-07');
    expect((await value('repairs:get', { id: created.application.id })).countdown).toMatchObject({
      workingDaysLeft: -2,
      overdue: true,
    });
  });

  it('counts the decision from the acceptance, and says so', async () => {
    core = await openRepairCore('2025-01-24');
    const created = await value(
      'repairs:create',
      repairRequest(company, { table: 'credit_records', id: 'r-safety' }),
    );
    expect(created.countdown).toMatchObject({
      label: '反馈信用修复结果',
      // 10 working days from 01-24: 01-26, 01-27, then 02-05 … 02-08 (a worked Saturday), 02-10 … 02-13.
      deadline: '2025-02-13',
      uncertain: true,
    });
    expect(created.countdown?.notice).toContain('未能对照原文核实');
  });

  it('filters by state, open and text, and flags pending and conflicting items', async () => {
    core = await openRepairCore('2023-08-02');
    const first = await value(
      'repairs:create',
      repairRequest(company, { table: 'credit_records', id: 'r-2019' }),
    );
    core.clock.now = at('2023-08-03');
    const second = await value(
      'repairs:create',
      repairRequest(company, { table: 'list_entries', id: 'e-serious' }, { accept: false }),
    );
    await value('repairs:step', {
      id: second.application.id,
      baseVersion: 1,
      event: 'refuse',
      reason: '非本窗口受理范围',
    });

    const all = await value('repairs:list', {});
    expect(all.total).toBe(2);
    expect(all.items.map((item) => item.id)).toEqual([second.application.id, first.application.id]);
    expect(all.items.every((item) => item.pending && !item.conflict)).toBe(true);
    expect((await value('repairs:list', { open: true })).items.map((item) => item.id)).toEqual([
      first.application.id,
    ]);
    expect((await value('repairs:list', { state: 'refused' })).total).toBe(1);
    expect((await value('repairs:list', { query: '重大税收违法' })).items.map((item) => item.id)).toEqual([
      second.application.id,
    ]);
    expect(
      (await value('repairs:list', { query: company.identifier.slice(0, 10).toLowerCase() })).total,
    ).toBe(2);

    // The platform answered an edit of the first as a conflict: shown on the item with both sides.
    core.db
      .prepare(
        `UPDATE outbox SET state = 'conflict', error_message = ? WHERE kind = 'repair.created'
         AND json_extract(payload, '$.id') = ?`,
      )
      .run(
        JSON.stringify({ id: first.application.id, version: 3, state: 'reviewing' }),
        first.application.id,
      );
    const listed = (await value('repairs:list', {})).items.find((item) => item.id === first.application.id);
    expect(listed).toMatchObject({ conflict: true, pending: false });
    const detail = await value('repairs:get', { id: first.application.id });
    expect(detail.conflicts).toHaveLength(1);
    expect(detail.conflicts[0]).toMatchObject({
      local: { id: first.application.id, version: 1 },
      server: { version: 3, state: 'reviewing' },
    });
    const missing = await call('repairs:get', { id: 'nope' });
    expect(!missing.ok && missing.error.code).toBe('REPAIR_NOT_FOUND');
  });

  it("shows the target's current status, and that it is gone after a 删除 decision", async () => {
    core = await openRepairCore('2023-08-02');
    const created = await value(
      'repairs:create',
      repairRequest(company, { table: 'credit_records', id: 'r-2019' }),
    );
    const id = created.application.id;
    core.db.prepare("UPDATE credit_records SET status = 'repaired' WHERE id = 'r-2019'").run();
    expect((await value('repairs:get', { id })).target).toMatchObject({
      status: 'repaired',
      statusLabel: '已修复',
    });
    core.db.prepare("DELETE FROM credit_records WHERE id = 'r-2019'").run();
    expect((await value('repairs:get', { id })).target).toMatchObject({
      exists: false,
      statusLabel: '已删除',
      title: '行政处罚',
    });
  });
});
