import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelNames, sampleRequests, type Channel } from '../../../shared/contract/channels';
import { SLOW_CHANNELS, safeSamples } from '../testing/hostile-samples';
import { freeTextMessages } from '../../../shared/domain/free-text';
import { fuzzRandom } from '../../../node-shared/testing/fuzz-random';
import { mutate, prototypePolluted } from '../../../node-shared/testing/json-fuzz';
import { signInForTests } from '../auth/test-session';
import { verifyAuditLog } from '../audit/chain-status';
import { openTempCore } from '../testing/temp-core';
import { dispatch } from './dispatch';

// A compromised renderer, a hostile page at the browser host or a buggy screen can send any payload on any
// channel: each one ends in a Result — refused as BAD_REQUEST (or another domain code), never thrown and never
// INTERNAL — and leaves the cache and its audit chain intact.
const SEED = 20261207;
const COUNT = 10_000;
/**
 * Slow channels get a few hundred payloads each, so the campaign stays bounded; the rest of the count goes to
 * the other channels in turn.
 */
const SLOW_COUNT = 100;
const FAST = channelNames.filter((channel) => !SLOW_CHANNELS.has(channel));
/** The campaign: every slow channel SLOW_COUNT times, then the fast ones in turn up to COUNT. */
const plan: Channel[] = [
  ...[...SLOW_CHANNELS].flatMap((channel) => Array.from({ length: SLOW_COUNT }, () => channel)),
  ...Array.from(
    { length: COUNT - SLOW_CHANNELS.size * SLOW_COUNT },
    (_, index) => FAST[index % FAST.length] as Channel,
  ),
];

let core: ReturnType<typeof openTempCore>;
beforeEach(() => {
  core = openTempCore();
});
afterEach(() => core.dispose());

const isResult = (value: unknown): boolean => {
  if (value === null || typeof value !== 'object') return false;
  const result = value as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (result.ok === true) return 'value' in result;
  return (
    result.ok === false && typeof result.error?.code === 'string' && typeof result.error.message === 'string'
  );
};

describe('dispatch under hostile payloads', () => {
  it('refuses a case number with an unpaired surrogate in Chinese, so the audit chain never sees it', async () => {
    const result = await dispatch(core.handlers, 'check:run', {
      ...sampleRequests['check:run'],
      context: { ...sampleRequests['check:run'].context, caseNumber: 'CG-2026-\ud800' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(result.ok ? '' : result.error.message).toContain(freeTextMessages.surrogate);
    for (const hostile of ['CG\u202e2026', 'CG\u200b2026', 'CG\u00002026'])
      expect(
        await dispatch(core.handlers, 'check:run', {
          ...sampleRequests['check:run'],
          context: { ...sampleRequests['check:run'].context, caseNumber: hostile },
        }),
      ).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(verifyAuditLog(core.db)).toMatchObject({ ok: true });
  });

  it(`answers ${COUNT} malformed payloads over every channel with a Result (seed ${SEED})`, async () => {
    const random = fuzzRandom(SEED);
    const problems: string[] = [];
    const perChannel = new Map<Channel, number>();
    for (const [index, channel] of plan.entries()) {
      perChannel.set(channel, (perChannel.get(channel) ?? 0) + 1);
      const payload = mutate(random, safeSamples[channel]);
      let result: unknown;
      try {
        result = await dispatch(core.handlers, channel, payload);
      } catch (error) {
        problems.push(`#${index} ${channel} threw ${String(error)}`);
        continue;
      }
      if (!isResult(result)) problems.push(`#${index} ${channel} answered a non-Result`);
      else {
        const error = (result as { ok: boolean; error?: { code: string; message: string } }).error;
        if (error?.code === 'INTERNAL') problems.push(`#${index} ${channel} INTERNAL: ${error.message}`);
        else if (error !== undefined && !/[\u4e00-\u9fff]/.test(error.message))
          problems.push(`#${index} ${channel} not Chinese: ${error.message}`);
      }
      if (prototypePolluted()) problems.push(`#${index} ${channel} polluted Object.prototype`);
      // A sign-out or lock among the mutations must not end the campaign early: the next call signs in again.
      const session = core.session.status();
      if (session === null || session.locked) signInForTests(core, 'admin');
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(plan.length).toBeGreaterThanOrEqual(10_000);
    expect(perChannel.size).toBe(channelNames.length);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(verifyAuditLog(core.db)).toMatchObject({ ok: true });
  }, 180_000);
});
