import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformRoutes } from '../../shared/platform-api/api';
import { filePath } from '../../node-shared/files/stream-store';
import { startTempPlatform, type TempPlatform } from '../testing/temp-platform';

let platform: TempPlatform;
let headers: Record<string, string>;
beforeAll(async () => {
  platform = await startTempPlatform();
  ({ headers } = await platform.enrol());
});
afterAll(() => platform.dispose());

const sha = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const filesDir = (): string => join(platform.dataDir, 'files');

const put = (name: string, bytes: Buffer, contentType = 'application/octet-stream'): Promise<Response> =>
  fetch(`${platform.url}${platformRoutes.files}/${name}`, {
    method: 'PUT',
    headers: { 'content-type': contentType, ...headers },
    body: new Uint8Array(bytes),
  });
const head = (name: string): Promise<Response> =>
  fetch(`${platform.url}${platformRoutes.files}/${name}`, { method: 'HEAD', headers });

describe('files', () => {
  it('stores bytes under their hash, answers HEAD, and takes the same file again idempotently', async () => {
    const bytes = randomBytes(3 * 1024 * 1024);
    const name = sha(bytes);
    expect((await head(name)).status).toBe(404);
    const first = await put(name, bytes);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ sha256: name, size: bytes.length, stored: 'new' });
    expect(readFileSync(filePath(filesDir(), name)).equals(bytes)).toBe(true);
    expect(filePath(filesDir(), name)).toBe(join(filesDir(), name.slice(0, 2), name));
    expect((await head(name)).status).toBe(200);
    const again = await put(name, bytes);
    expect(await again.json()).toEqual({ sha256: name, size: bytes.length, stored: 'existing' });
    expect(platform.db.prepare('SELECT size FROM files WHERE sha256 = ?').get(name)).toEqual({
      size: bytes.length,
    });
  });

  it('refuses bytes that do not hash to the name and keeps nothing of them', async () => {
    const bytes = Buffer.from('营业执照扫描件');
    const wrong = sha(Buffer.from('别的内容'));
    const response = await put(wrong, bytes);
    expect(response.status).toBe(400);
    const error = (await response.json()) as { code: string; message: string };
    expect(error.code).toBe('HASH_MISMATCH');
    expect(error.message).toContain('SHA-256');
    expect((await head(wrong)).status).toBe(404);
    expect(existsSync(filePath(filesDir(), wrong))).toBe(false);
    expect(readdirSync(join(filesDir(), 'tmp'))).toEqual([]);
  });

  it('takes an empty file, and refuses a bad name, a declared oversize body and another content type', async () => {
    const empty = Buffer.alloc(0);
    expect((await put(sha(empty), empty)).status).toBe(200);
    expect((await head(sha(empty))).status).toBe(200);
    const badName = await put('not-a-hash', Buffer.from('x'));
    expect(badName.status).toBe(400);
    const json = await put(sha(Buffer.from('{}')), Buffer.from('{}'), 'application/json');
    expect(json.status).toBe(415);
    const text = await put(sha(Buffer.from('x')), Buffer.from('x'), 'image/png');
    expect(text.status).toBe(415);
    expect(await text.json()).toEqual({ code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的内容类型' });
  });

  it('refuses a body declared larger than 50 MB before reading it', async () => {
    const { port } = new URL(platform.url);
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'PUT',
          path: `${platformRoutes.files}/${'c'.repeat(64)}`,
          headers: {
            ...headers,
            'content-type': 'application/octet-stream',
            'content-length': 60 * 1024 * 1024,
          },
        },
        (response) => resolve(response.statusCode ?? 0),
      );
      request.on('error', reject);
      request.write(Buffer.alloc(1024));
    });
    expect(status).toBe(413);
  });
});
