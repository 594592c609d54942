import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RepairApplication } from '../../shared/domain/repair';
import type { PushResult } from '../../shared/platform-api/api';
import { repairFromRow } from '../../shared/platform-api/synced/repair-applications';
import { startTempPlatform, TEST_CLERK_LABEL, type TempPlatform } from '../testing/temp-platform';
import {
  AT,
  DAY,
  entry,
  push,
  readRow,
  repairFixture,
  seedRegistry,
  upload,
} from '../testing/workflow-fixtures';

let platform: TempPlatform;
let headers: Record<string, string>;
beforeAll(async () => {
  platform = await startTempPlatform({ now: () => new Date('2026-11-27T02:00:00Z') });
  ({ headers } = await platform.enrol());
  seedRegistry(platform.db);
});
afterAll(() => platform.dispose());

const answers = (results: PushResult[]): string[] =>
  results.map((result) => (result.status === 'rejected' ? result.code : result.status));
const stored = (id: string): RepairApplication => {
  const row = readRow(platform.db, 'repair_applications', id);
  if (row === undefined) throw new Error(`no application ${id}`);
  return repairFromRow(row);
};
const stepped = (
  mutationId: number,
  id: string,
  baseVersion: number,
  event: 'accept' | 'refuse',
  reason: string | null = null,
): unknown =>
  entry(mutationId, 'repair.stepped', {
    id,
    baseVersion,
    event,
    reason,
    at: '2026-11-28T09:00:00.000+08:00',
    on: '2026-11-28',
    by: 'wangfang',
  });
const submitted = (id: string): RepairApplication =>
  repairFixture({
    id,
    state: 'submitted',
    history: [{ event: 'submit', at: AT, on: DAY, by: 'wangfang', reason: null }],
  });

describe('repair.created', () => {
  it('stores an application whose attachments were uploaded first; the same creation again is a duplicate', async () => {
    const sha256 = await upload(platform.url, headers, '信用修复申请表（扫描件）');
    const application = repairFixture({
      attachments: [
        { sha256, name: '申请表.pdf', mime: 'application/pdf', size: 10, kind: 'application-form' },
      ],
    });
    const first = await push(platform.url, headers, [entry(1, 'repair.created', application)]);
    expect(answers(first.results)).toEqual(['applied']);
    expect(stored('rep-1')).toEqual(application);
    const again = await push(platform.url, headers, [
      entry(1, 'repair.created', application),
      entry(2, 'repair.created', application),
    ]);
    expect(answers(again.results)).toEqual(['duplicate', 'duplicate']);
    const other = await push(platform.url, headers, [
      entry(3, 'repair.created', { ...application, reasons: '另一份申请理由' }),
    ]);
    expect(other.results).toEqual([{ mutationId: 3, status: 'conflict', serverVersion: application }]);
  });

  it('refuses an application whose attachments the platform does not hold', async () => {
    const missing = 'ab'.repeat(32);
    const response = await push(platform.url, headers, [
      entry(10, 'repair.created', {
        ...repairFixture({ id: 'rep-10' }),
        attachments: [
          { sha256: missing, name: '身份证明.jpg', mime: 'image/jpeg', size: 5, kind: 'identity' },
        ],
      }),
    ]);
    expect(answers(response.results)).toEqual(['ATTACHMENT_MISSING']);
    expect(response.results[0]?.status === 'rejected' && response.results[0].message).toContain(
      '身份证明.jpg',
    );
    expect(readRow(platform.db, 'repair_applications', 'rep-10')).toBeUndefined();
  });

  it('refuses states the window cannot reach and histories that do not lead to the state', async () => {
    const step = (
      event: 'submit' | 'accept' | 'start-review' | 'grant',
    ): RepairApplication['history'][number] => ({
      event,
      at: AT,
      on: DAY,
      by: 'wangfang',
      reason: null,
    });
    const response = await push(platform.url, headers, [
      entry(
        20,
        'repair.created',
        repairFixture({
          id: 'rep-20',
          state: 'granted',
          history: [step('submit'), step('accept'), step('start-review'), step('grant')],
        }),
      ),
      entry(
        21,
        'repair.created',
        repairFixture({ id: 'rep-21', state: 'accepted', history: [step('submit')] }),
      ),
      entry(22, 'repair.created', repairFixture({ id: 'rep-22', state: 'draft', history: [] })),
      entry(23, 'repair.created', repairFixture({ id: 'rep-23', version: 3 })),
      entry(24, 'repair.created', submitted('rep-24')),
    ]);
    expect(answers(response.results)).toEqual([
      'REPAIR_TRANSITION_REFUSED',
      'REPAIR_TRANSITION_REFUSED',
      'REPAIR_TRANSITION_REFUSED',
      'INVALID_PAYLOAD',
      'applied',
    ]);
  });
});

describe('repair.stepped', () => {
  it('takes a window step on the version the clerk saw, appends it to the history and raises the version', async () => {
    await push(platform.url, headers, [entry(30, 'repair.created', submitted('rep-30'))]);
    const response = await push(platform.url, headers, [stepped(31, 'rep-30', 1, 'accept')]);
    expect(answers(response.results)).toEqual(['applied']);
    expect(stored('rep-30')).toMatchObject({
      state: 'accepted',
      stateEnteredOn: '2026-11-28',
      version: 2,
      updatedAt: '2026-11-28T09:00:00.000+08:00',
      history: [
        { event: 'submit', on: DAY },
        {
          event: 'accept',
          at: '2026-11-28T09:00:00.000+08:00',
          on: '2026-11-28',
          // The authenticated user, never the name the entry gave.
          by: TEST_CLERK_LABEL,
          reason: null,
        },
      ],
    });
  });

  it('answers a step on an older version with a conflict, and refuses steps the state machine does not allow', async () => {
    await push(platform.url, headers, [entry(40, 'repair.created', submitted('rep-40'))]);
    await push(platform.url, headers, [stepped(41, 'rep-40', 1, 'refuse', '材料不齐全')]);
    const current = stored('rep-40');
    expect(current).toMatchObject({ state: 'refused', version: 2, history: [{}, { reason: '材料不齐全' }] });
    const response = await push(platform.url, headers, [
      stepped(42, 'rep-40', 1, 'accept'),
      stepped(43, 'rep-40', 2, 'accept'),
      stepped(44, 'nope', 1, 'accept'),
    ]);
    expect(response.results[0]).toEqual({ mutationId: 42, status: 'conflict', serverVersion: current });
    expect(answers(response.results).slice(1)).toEqual(['REPAIR_TRANSITION_REFUSED', 'REPAIR_NOT_FOUND']);
    await push(platform.url, headers, [entry(45, 'repair.created', submitted('rep-45'))]);
    const noReason = await push(platform.url, headers, [stepped(46, 'rep-45', 1, 'refuse', '  ')]);
    expect(answers(noReason.results)).toEqual(['REPAIR_TRANSITION_REFUSED']);
    expect(noReason.results[0]?.status === 'rejected' && noReason.results[0].message).toContain('理由');
  });
});
