import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResult } from '../../shared/platform-api/api';
import { objectionFromRow } from '../../shared/platform-api/synced/objections';
import { objectionFixture } from '../testing/objection-fixtures';
import { startTempPlatform, TEST_CLERK_LABEL, type TempPlatform } from '../testing/temp-platform';
import { entry, push, readRow, seedRegistry, upload } from '../testing/workflow-fixtures';

let platform: TempPlatform;
let headers: Record<string, string>;
let otherOffice: Record<string, string>;
beforeAll(async () => {
  platform = await startTempPlatform({ now: () => new Date('2026-11-27T02:00:00Z') });
  ({ headers } = await platform.enrol());
  ({ headers: otherOffice } = await platform.enrol('县窗口', {
    code: '11410422MB0000000X',
    name: '叶县政务服务中心',
    districtCode: '410422',
  }));
  seedRegistry(platform.db);
});
afterAll(() => platform.dispose());

const answers = (results: PushResult[]): string[] =>
  results.map((result) => (result.status === 'rejected' ? result.code : result.status));
const stored = (id: string) => {
  const row = readRow(platform.db, 'objections', id);
  return row === undefined ? undefined : objectionFromRow(row);
};
const withdraw = (mutationId: number, id: string, baseVersion: number): unknown =>
  entry(mutationId, 'objection.stepped', {
    id,
    baseVersion,
    event: 'withdraw',
    reason: '申请人撤回',
    at: '2026-11-28T09:00:00.000+08:00',
    on: '2026-11-28',
    by: 'wangfang',
  });

describe('objection.created', () => {
  it('stores an objection whose files came first; the same creation again is a duplicate, another a conflict', async () => {
    const sha256 = await upload(platform.url, headers, '行政复议决定书（扫描件）');
    const objection = objectionFixture({
      attachments: [{ sha256, name: '复议决定书.pdf', mime: 'application/pdf', size: 10, kind: 'evidence' }],
    });
    const first = await push(platform.url, headers, [entry(1, 'objection.created', objection)]);
    expect(answers(first.results)).toEqual(['applied']);
    expect(stored('obj-1')).toEqual(objection);
    const again = await push(platform.url, headers, [entry(1, 'objection.created', objection)]);
    expect(answers(again.results)).toEqual(['duplicate']);
    const other = await push(platform.url, headers, [
      entry(2, 'objection.created', { ...objection, statement: '另一份异议事由' }),
    ]);
    expect(other.results[0]).toMatchObject({ status: 'conflict' });
  });

  it('refuses forged records, a decided state, hostile or oversized text, missing files and no 承诺', async () => {
    const forged = objectionFixture({
      id: 'obj-forged',
      targets: [{ ...objectionFixture().targets[0]!, targetId: 'no-such-record' }],
    });
    const decided = objectionFixture({ id: 'obj-decided', state: 'decided' });
    const hostile = objectionFixture({ id: 'obj-hostile', statement: '撤销\u202e决定' });
    const huge = objectionFixture({ id: 'obj-huge', statement: '长'.repeat(5000) });
    const missing = objectionFixture({
      id: 'obj-missing',
      attachments: [
        { sha256: 'ab'.repeat(32), name: '缺失.pdf', mime: 'application/pdf', size: 1, kind: 'other' },
      ],
    });
    const unpledged = { ...objectionFixture({ id: 'obj-unpledged' }), truthfulnessPledged: false };
    const result = await push(platform.url, headers, [
      entry(10, 'objection.created', forged),
      entry(11, 'objection.created', decided),
      entry(12, 'objection.created', hostile),
      entry(13, 'objection.created', huge),
      entry(14, 'objection.created', missing),
      entry(15, 'objection.created', unpledged),
    ]);
    expect(answers(result.results)).toEqual([
      'OBJECTION_TARGET_UNKNOWN',
      'OBJECTION_TRANSITION_REFUSED',
      'INVALID_PAYLOAD',
      'INVALID_PAYLOAD',
      'ATTACHMENT_MISSING',
      'INVALID_PAYLOAD',
    ]);
    for (const refused of result.results)
      if (refused.status === 'rejected') expect(refused.message).toMatch(/[\u4e00-\u9fff]/u);
    expect(stored('obj-forged')).toBeUndefined();
  });

  it("refuses another office's PC writing an objection of this office, or naming this office", async () => {
    const named = await push(platform.url, otherOffice, [
      entry(1, 'objection.created', objectionFixture({ id: 'obj-named' })),
    ]);
    expect(answers(named.results)).toEqual(['ITEM_OUTSIDE_UNIT']);
    const step = await push(platform.url, otherOffice, [withdraw(2, 'obj-1', 1)]);
    expect(answers(step.results)).toEqual(['ITEM_OUTSIDE_UNIT']);
    expect(stored('obj-1')?.state).toBe('submitted');
  });
});

describe('objection.stepped', () => {
  it('withdraws on the version the clerk saw; an older version is a conflict; a closed one is refused', async () => {
    const stale = await push(platform.url, headers, [withdraw(20, 'obj-1', 7)]);
    expect(stale.results[0]).toMatchObject({ status: 'conflict', serverVersion: { version: 1 } });
    const done = await push(platform.url, headers, [withdraw(21, 'obj-1', 1)]);
    expect(answers(done.results)).toEqual(['applied']);
    expect(stored('obj-1')).toMatchObject({
      state: 'withdrawn',
      version: 2,
      closingReason: '申请人撤回',
      history: [{ event: 'submit' }, { event: 'withdraw', by: TEST_CLERK_LABEL }],
    });
    const twice = await push(platform.url, headers, [withdraw(22, 'obj-1', 2)]);
    expect(answers(twice.results)).toEqual(['OBJECTION_TRANSITION_REFUSED']);
    const none = await push(platform.url, headers, [withdraw(23, 'no-such', 1)]);
    expect(answers(none.results)).toEqual(['OBJECTION_NOT_FOUND']);
  });
});
