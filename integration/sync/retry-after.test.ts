import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformAt } from '../../shared/domain/deployment';
import { createPlatformClient, PlatformRequestError } from '../../electron/core/sync/platform-client';
import { withRetry } from '../../electron/core/sync/retry';
import { latestSeq } from '../../platform/feed/feed.repo';
import { startTempPlatform, type TempPlatform } from '../../platform/testing/temp-platform';

// The client honours the platform's Retry-After: read from the real platform's 429, and from a server that answers
// 503 with whatever header a test gives it (hostile values are ignored, never a wait of days).
let platform: TempPlatform;
let token: string;
beforeAll(async () => {
  platform = await startTempPlatform();
  ({ deviceToken: token } = await platform.enrol());
});
afterAll(() => platform.dispose());

const refusal = async (promise: Promise<unknown>): Promise<PlatformRequestError> => {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(PlatformRequestError);
  return error as PlatformRequestError;
};

describe('Retry-After from the real platform', () => {
  it('a third wait of one device is refused with 429 and the platform’s Retry-After', async () => {
    const client = createPlatformClient({ target: platformAt(platform.url), token, timeoutMs: 5_000 });
    const aborter = new AbortController();
    const after = latestSeq(platform.db);
    const held = [1, 2].map(() => client.waitForChanges(after, 30, aborter.signal).catch(() => 0));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const error = await refusal(client.waitForChanges(after, 30));
    aborter.abort();
    await Promise.all(held);
    expect(error.code).toBe('FEED_WAITS_EXCEEDED');
    expect(error.retryable).toBe(true);
    expect(error.retryAfterMs).toBe(5_000);
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('Retry-After from a server that sets it', () => {
  let server: Server;
  let header: string | undefined;
  let hits: number[] = [];
  beforeAll(async () => {
    server = createServer((_request, response) => {
      hits.push(Date.now());
      if (header !== undefined) response.setHeader('retry-after', header);
      response.writeHead(503).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const refusedWith = async (value: string | undefined): Promise<PlatformRequestError> => {
    header = value;
    const { port } = server.address() as AddressInfo;
    const client = createPlatformClient({ target: platformAt(`http://127.0.0.1:${port}`), token: 'x' });
    return refusal(client.push([]));
  };

  it('reads seconds and an HTTP date', async () => {
    expect((await refusedWith('7')).retryAfterMs).toBe(7_000);
    const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString();
    const ms = (await refusedWith(inTwoMinutes)).retryAfterMs ?? 0;
    expect(ms).toBeGreaterThan(110_000);
    expect(ms).toBeLessThanOrEqual(120_000);
  });

  it('ignores a missing, malformed or absurd header', async () => {
    for (const value of [
      undefined,
      '',
      '-5',
      '1e9',
      '3.5',
      '99999999',
      'soon',
      'Tue, 01 Jan 2999 00:00:00 GMT',
    ]) {
      const error = await refusedWith(value);
      expect(error.retryable).toBe(true);
      expect(error.retryAfterMs).toBeUndefined();
    }
  });

  it('withRetry waits at least the Retry-After between attempts', async () => {
    header = '1';
    hits = [];
    const { port } = server.address() as AddressInfo;
    const client = createPlatformClient({ target: platformAt(`http://127.0.0.1:${port}`), token: 'x' });
    await refusal(withRetry(() => client.push([]), { attempts: 2, baseDelayMs: 1, maxDelayMs: 2 }));
    expect(hits).toHaveLength(2);
    expect((hits[1] ?? 0) - (hits[0] ?? 0)).toBeGreaterThanOrEqual(990);
  });
});
