import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browserHostRoutes } from '../../shared/contract/browser-host';
import { sampleRequests, type Channel } from '../../shared/contract/channels';
import { fuzzRandom } from '../../node-shared/testing/fuzz-random';
import { runHttpFuzz } from '../../node-shared/testing/http-fuzz';
import { prototypePolluted } from '../../node-shared/testing/json-fuzz';
import { sendRaw } from '../../node-shared/testing/raw-http';
import { openTempCore, tempDir } from '../core/testing/temp-core';
import { createBrowserHost } from './server';

// Any web page can make the browser send requests to the loopback host (an <img>, a form, fetch without cors),
// and any local process can open a socket to it: whatever arrives must end in an answer, never in a crash.
const TOKEN = 'fuzz-token-0123456789abcdef';
const SEED = 20261205;
const COUNT = 10_000;
/** Channels the malformed bodies are aimed at: writes and reads of the window work (none reaches a network). */
const TARGET_CHANNELS: Channel[] = [
  'check:run',
  'check:feedback',
  'commitments:create',
  'commitments:verify',
  'repairs:create',
  'files:add',
  'settings:update',
  'subjects:search',
  'audit:list',
  'reports:issue',
];

let core: ReturnType<typeof openTempCore>;
let rendererDir: ReturnType<typeof tempDir>;
let port: number;
let close: () => Promise<void>;

beforeEach(async () => {
  core = openTempCore();
  rendererDir = tempDir('ccw-renderer-');
  writeFileSync(join(rendererDir.path, 'index.html'), '<!doctype html><title>信用核查工作台</title>');
  mkdirSync(join(rendererDir.path, 'assets'));
  writeFileSync(join(rendererDir.path, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(rendererDir.path, 'assets', 'app.js.map'), '{"version":3,"sources":["secret.ts"]}');
  const host = createBrowserHost({
    handlers: core.handlers,
    events: core.events,
    token: TOKEN,
    rendererDir: rendererDir.path,
  });
  port = await host.listen(0);
  close = () => new Promise((resolve) => host.server.close(() => resolve()));
});
afterEach(async () => {
  await close();
  core.dispose();
  rendererDir.remove();
});

const get = (path: string) =>
  sendRaw(port, Buffer.from(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`));

describe('browser host under hostile input', () => {
  it('answers /%E0%A4%A and /%ff with 400 in Chinese and keeps serving', async () => {
    for (const path of ['/%E0%A4%A', '/%ff', '/assets/%c0%af', '/api/invoke/check%ff']) {
      const answer = path.startsWith('/api')
        ? await sendRaw(
            port,
            Buffer.from(
              `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${TOKEN}\r\n` +
                'Content-Length: 2\r\nConnection: close\r\n\r\n{}',
            ),
          )
        : await get(path);
      const expected = path.startsWith('/api') ? 'UNKNOWN_CHANNEL' : 'BAD_REQUEST';
      expect(JSON.parse(answer.body), path).toMatchObject({ ok: false, error: { code: expected } });
    }
    expect((await get('/')).status).toBe(200);
  });

  it('never serves source maps', async () => {
    expect((await get('/assets/app.js')).status).toBe(200);
    for (const path of ['/assets/app.js.map', '/assets/app.js.MAP', '/assets/app.js%2emap']) {
      const answer = await get(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body).not.toContain('secret.ts');
    }
  });

  it(`survives ${COUNT} malformed requests (seed ${SEED}), then serves, with the cache intact`, async () => {
    const random = fuzzRandom(SEED);
    const { failures, kinds } = await runHttpFuzz(
      {
        port,
        host: `127.0.0.1:${port}`,
        auth: { Authorization: `Bearer ${TOKEN}` },
        jsonRoutes: TARGET_CHANNELS.map((channel) => ({
          method: 'POST',
          path: `${browserHostRoutes.invoke}${encodeURIComponent(channel)}`,
          sample: sampleRequests[channel],
        })),
        paths: [
          '/',
          '/index.html',
          '/assets/app.js',
          '/assets/app.js.map',
          browserHostRoutes.events,
          '/api/x',
        ],
      },
      { random, count: COUNT, concurrency: 16 },
    );
    expect(failures.slice(0, 10)).toEqual([]);
    expect(Object.keys(kinds).length).toBeGreaterThanOrEqual(9);

    const answer = await sendRaw(
      port,
      Buffer.from(
        `POST ${browserHostRoutes.invoke}catalogue%3Aget HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
          `Authorization: Bearer ${TOKEN}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
      ),
    );
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true });
    expect((await get('/')).status).toBe(200);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(prototypePolluted()).toBe(false);
  }, 120_000);
});
