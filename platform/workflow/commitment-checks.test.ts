import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UNFULFILLED_REQUIRED, VERIFIED_BEFORE_MADE } from '../../shared/commitment/validation';
import type { PushResult } from '../../shared/platform-api/api';
import { startTempPlatform, type TempPlatform } from '../testing/temp-platform';
import { commitmentFixture, entry, push, readRow, seedRegistry } from '../testing/workflow-fixtures';

// What the platform checks of a pushed commitment beyond its schema: the code against the pushing device,
// and a verification against the commitment.

let platform: TempPlatform;
let first: Record<string, string>;
beforeEach(async () => {
  platform = await startTempPlatform({ now: () => new Date('2026-11-27T02:00:00Z') });
  const enrolled = await platform.enrol();
  expect(enrolled.deviceNumber).toBe(1);
  first = enrolled.headers;
  seedRegistry(platform.db);
});
afterEach(() => platform.dispose());

const answers = (results: PushResult[]): string[] =>
  results.map((result) => (result.status === 'rejected' ? result.code : result.status));
const created = (mutationId: number, id: string, code: string, madeOn = '2026-11-27'): unknown =>
  entry(mutationId, 'commitment.created', commitmentFixture({ id, code, madeOn }));

describe('commitment.created — the code fits the pushing device', () => {
  it('takes only its own number and the 作出日期 in the code', async () => {
    const response = await push(platform.url, first, [
      created(1, 'c-own', '41040020261127001001'),
      created(2, 'c-other', '41040020261127002001'),
      created(3, 'c-day', '41040020261126001002'),
    ]);
    expect(answers(response.results)).toEqual([
      'applied',
      'COMMITMENT_CODE_INVALID',
      'COMMITMENT_CODE_INVALID',
    ]);
    const refused = response.results[1];
    expect(refused?.status === 'rejected' && refused.message).toMatch(/与本机不符.*20261127.*设备编号 001/);
    expect(readRow(platform.db, 'commitments', 'c-other')).toBeUndefined();
    expect(readRow(platform.db, 'commitments', 'c-day')).toBeUndefined();
  });

  it('lets a second device push its own codes and not the first one’s', async () => {
    const second = await platform.enrol('第二窗口');
    expect(second.deviceNumber).toBe(2);
    const response = await push(platform.url, second.headers, [
      created(1, 'c-squat', '41040020261127001009'),
      created(2, 'c-mine', '41040020261127002001'),
    ]);
    expect(answers(response.results)).toEqual(['COMMITMENT_CODE_INVALID', 'applied']);
  });

  it('accepts device-000 codes made before enrolment while the code is free, from any device', async () => {
    const second = await platform.enrol('第二窗口');
    const early = await push(platform.url, first, [
      created(1, 'c-early', '41040020261120000001', '2026-11-20'),
    ]);
    expect(answers(early.results)).toEqual(['applied']);
    // Another window also worked stand-alone that day: the same 000 code is taken, refused as such.
    const clash = await push(platform.url, second.headers, [
      created(1, 'c-clash', '41040020261120000001', '2026-11-20'),
      created(2, 'c-next', '41040020261120000002', '2026-11-20'),
      created(3, 'c-wrong-day', '41040020261120000003', '2026-11-21'),
    ]);
    expect(answers(clash.results)).toEqual(['COMMITMENT_CODE_TAKEN', 'applied', 'COMMITMENT_CODE_INVALID']);
  });
});

describe('commitment.verified — the verification rules, with Chinese reasons', () => {
  const verified = (mutationId: number, verification: Record<string, unknown>): unknown =>
    entry(mutationId, 'commitment.verified', {
      id: 'c-1',
      baseVersion: 1,
      verification: {
        fulfilment: 'partial',
        unfulfilledContent: '未补齐消防验收文件',
        liabilityPursued: '撤销施工许可',
        falseCommitment: false,
        verifiedOn: '2026-12-20',
        ...verification,
      },
      verifiedBy: 'zhaolei',
      at: '2026-12-20T10:00:00.000+08:00',
    });

  it('refuses a broken one without 未履行内容 and one dated before the commitment was made', async () => {
    await push(platform.url, first, [created(1, 'c-1', '41040020261127001001')]);
    const response = await push(platform.url, first, [
      verified(2, { unfulfilledContent: ' ' }),
      verified(3, { verifiedOn: '2026-11-26' }),
    ]);
    expect(answers(response.results)).toEqual(['INVALID_PAYLOAD', 'INVALID_PAYLOAD']);
    const [missing, early] = response.results;
    expect(missing?.status === 'rejected' && missing.message).toContain(UNFULFILLED_REQUIRED);
    expect(early?.status === 'rejected' && early.message).toBe(
      `核查结果未被市平台接收：${VERIFIED_BEFORE_MADE}`,
    );
    expect(readRow(platform.db, 'commitments', 'c-1')).toMatchObject({ state: 'pending', version: 1 });
    expect(answers((await push(platform.url, first, [verified(4, {})])).results)).toEqual(['applied']);
  });
});
