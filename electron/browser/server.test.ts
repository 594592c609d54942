import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelNames } from '../../shared/contract/channels';
import { openTempCore, tempDir } from '../core/testing/temp-core';
import { createBrowserHost } from './server';
import { samplePdfOfSize } from '../../node-shared/testing/sample-files';
import { attachmentMessages } from '../../shared/files/attachment-types';

const TOKEN = 'test-token-0123456789';
let core: ReturnType<typeof openTempCore>;
let port: number;
let close: () => Promise<void>;
let rendererDir: ReturnType<typeof tempDir>;

beforeEach(async () => {
  core = openTempCore({ withDemo: false });
  rendererDir = tempDir('ccw-renderer-');
  writeFileSync(join(rendererDir.path, 'index.html'), '<!doctype html><title>信用核查工作台</title>');
  mkdirSync(join(rendererDir.path, 'assets'));
  writeFileSync(join(rendererDir.path, 'assets', 'app.js'), 'console.log(1)');
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

type Reply = { status: number; body: string; headers: Record<string, string | string[] | undefined> };

function send(
  path: string,
  options: { method?: string; body?: string; token?: string | null; host?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      Host: options.host ?? `127.0.0.1:${port}`,
      'Content-Type': 'application/json',
    };
    const token = options.token === undefined ? TOKEN : options.token;
    if (token !== null) headers.Authorization = `Bearer ${token}`;
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method: options.method ?? 'POST', headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const invoke = (channel: string, payload: unknown, options: { token?: string | null; host?: string } = {}) =>
  send(`/api/invoke/${encodeURIComponent(channel)}`, { ...options, body: JSON.stringify(payload) });

describe('browser host', () => {
  it('binds every contract channel (none answers UNKNOWN_CHANNEL)', async () => {
    for (const channel of channelNames) {
      const reply = await invoke(channel, {});
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.body)).not.toMatchObject({ error: { code: 'UNKNOWN_CHANNEL' } });
    }
    const unknown = await invoke('nope:nothing', {});
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('answers a real call with a Result value', async () => {
    const reply = await invoke('catalogue:get', {});
    const body = JSON.parse(reply.body) as { ok: boolean; value: { matters: unknown[] } };
    expect(body.ok).toBe(true);
    expect(body.value.matters.length).toBeGreaterThan(10);
  });

  it('refuses a call without the token or with a wrong one', async () => {
    for (const token of [null, 'wrong', `${TOKEN}x`]) {
      const reply = await invoke('catalogue:get', {}, { token });
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('refuses a foreign Host header (DNS rebinding), also for static files', async () => {
    const api = await invoke('catalogue:get', {}, { host: `evil.example:${port}` });
    expect(api.status).toBe(421);
    const page = await send('/', { method: 'GET', host: 'evil.example' });
    expect(page.status).toBe(421);
    expect((await send('/', { method: 'GET', host: `localhost:${port}` })).status).toBe(200);
  });

  it('answers bad JSON and invalid requests with BAD_REQUEST in Chinese', async () => {
    const broken = await send('/api/invoke/check%3Arun', { body: '{not json' });
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const invalid = await invoke('check:run', {
      context: { caseNumber: '', matterCode: 'X' },
      applicant: { by: 'identifier', raw: '1' },
    });
    const body = JSON.parse(invalid.body) as { ok: boolean; error: { code: string; message: string } };
    expect(body.error.code).toBe('BAD_REQUEST');
    expect(body.error.message).toContain('请填写办件编号');
  });

  it('carries a 10 MB attachment, and answers a body past any call with 413 in Chinese', async () => {
    const bytes = samplePdfOfSize(10 * 1024 * 1024);
    const added = await invoke('files:add', {
      name: '扫描件.pdf',
      mime: 'application/pdf',
      base64: bytes.toString('base64'),
    });
    expect(JSON.parse(added.body)).toMatchObject({ ok: true, value: { size: bytes.length } });
    const huge = await send('/api/invoke/files%3Aadd', { body: 'x'.repeat(16_000_000) });
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body)).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: '请求内容过大' },
    });
  });

  // The renderer checks a file's name and size before sending it, but it is not the boundary: a page (or anything
  // holding the token) may send any bytes under any name. The core refuses them here, each with a code and words.
  it('refuses at the boundary a program renamed .pdf, a file past 10 MB and an empty file, and keeps none', async () => {
    const refusedWith = async (name: string, bytes: Buffer) => {
      const reply = await invoke('files:add', {
        name,
        mime: 'application/pdf',
        base64: bytes.toString('base64'),
      });
      const body = JSON.parse(reply.body) as { ok: boolean; error?: { code: string; message: string } };
      expect(body.ok).toBe(false);
      return body.error;
    };
    const program = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512, 0x90)]);
    expect(await refusedWith('申请表.pdf', program)).toEqual({
      code: 'FILE_TYPE_REFUSED',
      message: '附件内容与文件类型不符，可能已损坏或被改名，请重新选择文件',
    });
    expect(await refusedWith('setup.exe', program)).toEqual({
      code: 'FILE_TYPE_REFUSED',
      message: attachmentMessages.notAccepted,
    });
    expect(await refusedWith('扫描件.pdf', samplePdfOfSize(10 * 1024 * 1024 + 1))).toEqual({
      code: 'FILE_INVALID',
      message: '单个附件不能超过10MB',
    });
    expect(await refusedWith('空白.pdf', Buffer.alloc(0))).toEqual({
      code: 'FILE_INVALID',
      message: '附件是空文件，请重新选择',
    });
    // Nothing of the program was stored: asking for it by its digest finds no file.
    const digest = createHash('sha256').update(program).digest('hex');
    const asked = JSON.parse((await invoke('files:get', { sha256: digest })).body) as { ok: boolean };
    expect(asked.ok).toBe(false);
  });

  it('serves the renderer with a strict CSP and never a file outside it', async () => {
    const page = await send('/', { method: 'GET', token: null });
    expect(page.status).toBe(200);
    expect(page.body).toContain('信用核查工作台');
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    expect((await send('/assets/app.js', { method: 'GET', token: null })).status).toBe(200);
    expect((await send('/../../../etc/passwd', { method: 'GET', token: null })).status).toBe(404);
    expect((await send('/%2e%2e/%2e%2e/etc/passwd', { method: 'GET', token: null })).status).toBe(404);
  });

  it('streams core events to a client holding the token', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path: `/api/events?token=${TOKEN}`,
          headers: { Host: `127.0.0.1:${port}` },
        },
        (res) => {
          res.setEncoding('utf8');
          let buffer = '';
          res.on('data', (chunk: string) => {
            buffer += chunk;
            if (buffer.includes('connected')) core.events.emit({ type: 'check-recorded', checkId: 'c-1' });
            const match = /data: (.+)\n\n/.exec(buffer);
            if (match?.[1] !== undefined) {
              resolve(match[1]);
              req.destroy();
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(JSON.parse(await received)).toEqual({ type: 'check-recorded', checkId: 'c-1' });
    const refused = await send('/api/events?token=wrong', { method: 'GET', token: null });
    expect(refused.status).toBe(401);
  });
});
