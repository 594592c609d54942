import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformRoutes, PushResponse, type PushResult } from '../../shared/platform-api/api';
import { countEvidence } from './evidence.repo';
import { startTempPlatform, type TempPlatform } from '../testing/temp-platform';

let platform: TempPlatform;
let headers: Record<string, string>;
let deviceId: string;
beforeAll(async () => {
  platform = await startTempPlatform({ now: () => new Date('2026-11-27T02:00:00Z') });
  ({ headers, deviceId } = await platform.enrol());
});
afterAll(() => platform.dispose());

const at = '2026-11-27T09:30:00.000+08:00';
const check = (mutationId: number, checkId: string): unknown => ({
  mutationId,
  kind: 'check.recorded',
  createdAt: at,
  payload: { checkId, checkedAt: at, verdict: 'proceed', evidence: { listEntries: [] } },
});
const feedback = (mutationId: number, id: string, checkId: string): unknown => ({
  mutationId,
  kind: 'feedback.recorded',
  createdAt: at,
  payload: { id, checkId, action: 'none' },
});
const audit = (mutationId: number, action: string): unknown => ({
  mutationId,
  kind: 'audit.appended',
  createdAt: at,
  payload: { at, action, actor: 'wangfang' },
});

const codeOf = (result: PushResult): string | null => (result.status === 'rejected' ? result.code : null);
const messageOf = (result: PushResult): string => (result.status === 'rejected' ? result.message : '');

async function push(entries: unknown[], as = headers): Promise<PushResponse> {
  const response = await fetch(`${platform.url}${platformRoutes.outbox}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...as },
    body: JSON.stringify({ entries }),
  });
  if (response.status !== 200) throw new Error(`outbox: ${response.status} ${await response.text()}`);
  return PushResponse.parse(await response.json());
}

describe('outbox', () => {
  it('applies each entry in order and stores its evidence with the mutation record', async () => {
    const response = await push([check(1, 'c-1'), feedback(2, 'f-1', 'c-1'), audit(3, 'check.run')]);
    expect(response).toEqual({
      results: [
        { mutationId: 1, status: 'applied' },
        { mutationId: 2, status: 'applied' },
        { mutationId: 3, status: 'applied' },
      ],
      serverTime: '2026-11-27T10:00:00.000+08:00',
    });
    const stored = platform.db
      .prepare('SELECT device_id, checked_at, payload FROM platform_checks WHERE check_id = ?')
      .get('c-1') as { device_id: string; checked_at: string; payload: string };
    expect(stored).toMatchObject({ device_id: deviceId, checked_at: at });
    expect(JSON.parse(stored.payload)).toMatchObject({ evidence: { listEntries: [] } });
    expect(countEvidence(platform.db, 'platform_feedback')).toBe(1);
    expect(countEvidence(platform.db, 'platform_audit')).toBe(1);
  });

  it('answers a retry as duplicate and files nothing twice', async () => {
    const response = await push([
      check(1, 'c-1'),
      feedback(2, 'f-1', 'c-1'),
      audit(3, 'check.run'),
      audit(4, 'x'),
    ]);
    expect(response.results.map((result) => result.status)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
      'applied',
    ]);
    expect(countEvidence(platform.db, 'platform_checks')).toBe(1);
    expect(countEvidence(platform.db, 'platform_audit')).toBe(2);
  });

  it('rejects a bad entry in the middle without blocking the others, and remembers the rejection', async () => {
    const entries = [
      check(10, 'c-10'),
      check(11, 'c-11-without-time'),
      { mutationId: 12, kind: 'repair.requested', createdAt: at, payload: {} },
      { mutationId: 13, kind: 'audit.appended', payload: { at, action: 'x' } },
      feedback(14, 'f-14', 'c-10'),
    ];
    (entries[1] as { payload: Record<string, unknown> }).payload.checkedAt = 'yesterday';
    const response = await push(entries);
    expect(response.results.map((result) => [result.mutationId, result.status, codeOf(result)])).toEqual([
      [10, 'applied', null],
      [11, 'rejected', 'INVALID_PAYLOAD'],
      [12, 'rejected', 'UNSUPPORTED_KIND'],
      [13, 'rejected', 'INVALID_ENTRY'],
      [14, 'applied', null],
    ]);
    const messages = response.results.map(messageOf);
    // The message names what is wrong, in Chinese, for the clerk who sees the rejected item.
    expect(messages[1]).toMatch(/[\u4e00-\u9fff].*checkedAt/);
    expect(messages[2]).toContain('repair.requested');
    expect(messages[3]).toContain('createdAt');
    // A retry (the first answer lost on the way) gets the first answers again: rejections stay rejections.
    const retry = await push(entries);
    expect(retry.results.map((result) => [result.mutationId, result.status, codeOf(result)])).toEqual([
      [10, 'duplicate', null],
      [11, 'rejected', 'INVALID_PAYLOAD'],
      [12, 'rejected', 'UNSUPPORTED_KIND'],
      [13, 'rejected', 'INVALID_ENTRY'],
      [14, 'duplicate', null],
    ]);
    const recorded = platform.db
      .prepare('SELECT status, result FROM device_mutations WHERE device_id = ? AND mutation_id = 11')
      .get(deviceId) as { status: string; result: string };
    expect(recorded.status).toBe('rejected');
    expect(JSON.parse(recorded.result)).toMatchObject({ code: 'INVALID_PAYLOAD' });
  });

  it('treats the same evidence under a new mutation id as a duplicate, and different content as a conflict', async () => {
    const same = await push([check(20, 'c-1')]);
    expect(same.results).toEqual([{ mutationId: 20, status: 'duplicate' }]);
    const changed = check(21, 'c-1') as { payload: Record<string, unknown> };
    changed.payload.verdict = 'punishment';
    const conflict = await push([changed]);
    expect(conflict.results.map(codeOf)).toEqual(['EVIDENCE_CONFLICT']);
    expect(conflict.results.map(messageOf)[0]).toContain('不可更改');
  });

  it('keeps mutation ids per device: another device may reuse them', async () => {
    const other = await platform.enrol('叶县窗口');
    const response = await push([check(1, 'c-1')], other.headers);
    expect(response.results).toEqual([{ mutationId: 1, status: 'applied' }]);
  });

  it('refuses a malformed batch as a whole', async () => {
    for (const body of [{ entries: [] }, { entries: [{ kind: 'audit.appended' }] }, { nothing: true }]) {
      const response = await fetch(`${platform.url}${platformRoutes.outbox}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { code: string }).code).toBe('BAD_REQUEST');
    }
  });
});

describe('a mutation id used again', () => {
  it('with the same content is a duplicate; with other content (an old backup restored) it is refused', async () => {
    const first = await push([audit(900, 'check.run')]);
    expect(first.results.map((result) => result.status)).toEqual(['applied']);
    const same = await push([audit(900, 'check.run')]);
    expect(same.results.map((result) => result.status)).toEqual(['duplicate']);
    const other = await push([audit(900, 'check.feedback')]);
    expect(other.results.map(codeOf)).toEqual(['MUTATION_ID_REUSED']);
    expect(other.results.map(messageOf)[0]).toMatch(/备份/);
  });
});
