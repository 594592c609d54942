import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IdentifierRefusal } from '../../shared/domain';
import { openTempCore, tempDir } from '../core/testing/temp-core';
import { createBrowserHost } from './server';

// The 是否为 suggestions travel in an error's `details`, which no response schema covers: this shows they reach
// the renderer through the browser host intact and in the contract's shape (IdentifierRefusal).
const TOKEN = 'test-token-0123456789';
let core: ReturnType<typeof openTempCore>;
let rendererDir: ReturnType<typeof tempDir>;
let port: number;
let close: () => Promise<void>;

beforeEach(async () => {
  core = openTempCore();
  rendererDir = tempDir('ccw-renderer-');
  writeFileSync(join(rendererDir.path, 'index.html'), '<!doctype html><title>信用核查工作台</title>');
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

const invoke = (channel: string, payload: unknown): Promise<unknown> =>
  new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path: `/api/invoke/${encodeURIComponent(channel)}`,
        method: 'POST',
        headers: {
          Host: `127.0.0.1:${port}`,
          'Content-Type': 'application/json',
          Authorization: `Bearer ${TOKEN}`,
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve(JSON.parse(body)));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(payload));
  });

describe('check:run refusals through the browser host', () => {
  it('carry the near matches in the contract’s shape', async () => {
    // demo-s-0001's code 91410402613341561G with its 12th character mistyped.
    const body = (await invoke('check:run', {
      context: { caseNumber: 'CG-2026-0100', matterCode: 'PDS-CG-001' },
      applicant: { by: 'identifier', raw: '91410402613841561G' },
    })) as { ok: boolean; error: { code: string; details: unknown } };
    expect(body).toMatchObject({ ok: false, error: { code: 'IDENTIFIER_INVALID' } });
    const details = IdentifierRefusal.parse(body.error.details);
    expect(details.overridable).toBe(false);
    expect(details.nearMatches.map((item) => item.name)).toEqual(['平顶山市嵘沐商贸有限公司']);
  });
});
