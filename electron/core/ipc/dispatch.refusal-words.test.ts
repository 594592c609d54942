import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelNames, sampleRequests } from '../../../shared/contract/channels';
import { SLOW_CHANNELS, safeSamples } from '../testing/hostile-samples';
import { fuzzRandom } from '../../../node-shared/testing/fuzz-random';
import { mutate } from '../../../node-shared/testing/json-fuzz';
import { signInForTests } from '../auth/test-session';
import { openTempCore } from '../testing/temp-core';
import { dispatch } from './dispatch';

// Every refusal a person can read is in their words: no schema path (`chosenRatios.B`), no type name
// (`string`, `number`), no enum value (`approval-substitute`), no English. Each channel's refusal paths are
// walked with structured breakages of its sample request (every field missing, of the wrong type, too long,
// unknown fields) and with random mutations; the messages must hold no Latin letter at all.
const SEED = 20261206;
const RANDOM_PER_CHANNEL = 40;
const HOSTILE_VALUES: unknown[] = [
  undefined,
  null,
  12345,
  -1,
  'x'.repeat(5000),
  '',
  [],
  {},
  true,
  '0001-01-01',
];
/** Payloads that are not the request's shape at all. */
const NOT_REQUESTS: unknown[] = [null, 'text', 42, [], { unknownField: 1 }];

/** Breakages of an object's fields: each replaced by hostile values (nested objects too); an unknown field. */
function fieldBreakages(sample: unknown): unknown[] {
  if (sample === null || typeof sample !== 'object' || Array.isArray(sample)) return [];
  const record = sample as Record<string, unknown>;
  const out: unknown[] = [{ ...record, unknownField: 'x' }];
  for (const key of Object.keys(record)) {
    for (const value of HOSTILE_VALUES) out.push({ ...record, [key]: value });
    for (const broken of fieldBreakages(record[key])) out.push({ ...record, [key]: broken });
  }
  return out;
}
const breakages = (sample: unknown): unknown[] => [...NOT_REQUESTS, ...fieldBreakages(sample)];

/** The messages of a refusal's issues (its details), as a form shows them at their fields. */
const issueMessages = (details: unknown): string[] =>
  Array.isArray(details)
    ? details.flatMap((issue: unknown) =>
        typeof issue === 'object' &&
        issue !== null &&
        typeof (issue as { message?: unknown }).message === 'string'
          ? [(issue as { message: string }).message]
          : [],
      )
    : [];

const PROPER_NAMES = /\b(?:PDF|JPG|PNG|TIFF|OFD|Word|Excel|\d+MB)\b/g;

let core: ReturnType<typeof openTempCore>;
beforeEach(() => {
  core = openTempCore();
});
afterEach(() => core.dispose());

describe('refusal messages a person reads', () => {
  it('hold no schema path, type name, enum value or English word on any channel', async () => {
    const random = fuzzRandom(SEED);
    const problems = new Set<string>();
    let refused = 0;
    for (const channel of channelNames) {
      const sample = safeSamples[channel];
      const payloads = SLOW_CHANNELS.has(channel)
        ? breakages(sample).slice(0, 40)
        : [...breakages(sample), ...Array.from({ length: RANDOM_PER_CHANNEL }, () => mutate(random, sample))];
      for (const payload of payloads) {
        const result = await dispatch(core.handlers, channel, payload);
        if (!result.ok) {
          refused += 1;
          // What the person typed may be quoted back (“M001”); the rest is in their words.
          // File formats and units are the names people know them by (PDF, 10MB), not program words.
          const words = result.error.message.replace(/“[^”]*”/g, '“”').replace(PROPER_NAMES, '');
          if (/[A-Za-z]/.test(words)) problems.add(`${channel}: ${words.slice(0, 200)}`);
          // A form shows each issue's message at its field (react-hook-form's zod resolver, same wording).
          for (const message of issueMessages(result.error.details)) {
            const fieldWords = message.replace(/“[^”]*”/g, '“”').replace(PROPER_NAMES, '');
            if (/[A-Za-z]/.test(fieldWords))
              problems.add(`${channel} (at a field): ${fieldWords.slice(0, 200)}`);
          }
        }
        const session = core.session.status();
        if (session === null || session.locked) signInForTests(core, 'admin');
      }
    }
    expect([...problems].slice(0, 30)).toEqual([]);
    expect(refused).toBeGreaterThan(1000);
  }, 300_000);

  it('words a too-long name in the search by its field and limit, not by the schema', async () => {
    const result = await dispatch(core.handlers, 'subjects:search', { query: '某'.repeat(500) });
    expect(result.ok ? '' : result.error.message).toBe('请求内容不正确：查询内容过长');
  });

  it('names a too-long case number by its Chinese name, once', async () => {
    const sample = sampleRequests['check:run'];
    const result = await dispatch(core.handlers, 'check:run', {
      ...sample,
      context: { ...sample.context, caseNumber: 'A'.repeat(500) },
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.message).toBe('请求内容不正确：办件编号过长');
  });
});
