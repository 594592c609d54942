import { describe, expect, it } from 'vitest';
import { channelNames, channels, sampleRequests } from '../contract/channels';

/** Every string in a sample, by its path. */
function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    stringPaths(inner, [...path, Array.isArray(value) ? Number(key) : key]),
  );
}

function withValue(sample: unknown, path: (string | number)[], text: string): unknown {
  const copy = structuredClone(sample) as Record<string | number, unknown>;
  let at = copy;
  path.slice(0, -1).forEach((key) => (at = at[key] as Record<string | number, unknown>));
  const last = path[path.length - 1];
  if (last !== undefined) at[last] = text;
  return copy;
}

/**
 * Strings that are not free text: references looked up before anything is stored (ids, catalogue codes, a hit's
 * key — an unknown one is refused as not found), credentials (hashed or compared, never shown), and a file's
 * bytes and type. Everything else a channel takes is free text and must refuse what free-text.ts refuses.
 */
const NOT_FREE_TEXT = new Set([
  'id',
  'checkId',
  'subjectId',
  'targetId',
  'drawId',
  'inspectorIds',
  'matterCode',
  'outcomeCode',
  'hitKey',
  'code',
  'username',
  'password',
  'mime',
  'base64',
]);

describe('free text in the contract', () => {
  it('every text field a channel takes refuses a bidi override, a zero-width character and a lone surrogate', () => {
    const accepted: string[] = [];
    for (const channel of channelNames)
      for (const path of stringPaths(sampleRequests[channel]).filter(
        (path) => !path.some((key) => typeof key === 'string' && NOT_FREE_TEXT.has(key)),
      ))
        for (const hostile of ['\u202e', '\u200b', '\ud800']) {
          const original = String(
            path.reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], sampleRequests[channel]),
          );
          const request = withValue(sampleRequests[channel], path, `${original}${hostile}`);
          if (channels[channel].request.safeParse(request).success)
            accepted.push(`${channel} ${path.join('.')} ${hostile.codePointAt(0)?.toString(16)}`);
        }
    expect(accepted).toEqual([]);
  });
});
