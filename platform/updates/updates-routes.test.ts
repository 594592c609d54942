import { request as httpRequest } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startTempPlatform, tempDir, type TempPlatform } from '../testing/temp-platform';
import { writeFakeRelease, type FakeRelease } from '../testing/fake-release';
import { publishRelease, releasesDirOf, setRollout } from './release-store';

// The release feed as electron-updater's generic provider reads it, from a real platform on loopback, with a
// fake release published the way the CLI publishes one.
let platform: TempPlatform;
let release: FakeRelease;
const work = tempDir('ccw-release-');
const installer = '信用核查工作台 Setup 0.2.0.exe';

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };
/** A request with its path exactly as written (fetch and URL would normalise `..` away before sending). */
const raw = (path: string, headers: Record<string, string> = {}): Promise<Raw> =>
  new Promise((resolve, reject) => {
    const url = new URL(platform.url);
    const req = httpRequest({ host: url.hostname, port: url.port, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
const file = (name: string): string => `/updates/${encodeURIComponent(name)}`;

beforeAll(async () => {
  platform = await startTempPlatform();
  release = writeFakeRelease(join(work.path, 'release-0.2.0'), '0.2.0');
});
afterAll(async () => {
  await platform.dispose();
  work.remove();
});

describe('the release feed', { timeout: 30_000 }, () => {
  it('says nothing is published before the first release, in Chinese', async () => {
    const answer = await raw('/updates/latest.yml');
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.body.toString())).toEqual({
      code: 'NO_RELEASE',
      message: '市平台尚未发布客户端更新',
    });
  });

  it('serves the published channel files, installers and blockmaps, with length, type and ETag', async () => {
    await publishRelease(releasesDirOf(platform.dataDir), release.folder, {
      rollout: 100,
      force: false,
      now: new Date(),
    });
    const channel = await raw('/updates/latest.yml');
    expect(channel.status).toBe(200);
    expect(channel.headers['content-type']).toBe('text/yaml; charset=utf-8');
    const served = parse(channel.body.toString()) as Record<string, unknown>;
    expect(served.version).toBe('0.2.0');
    expect(served).not.toHaveProperty('stagingPercentage');
    expect((await raw('/updates/latest.yml', { 'if-none-match': String(channel.headers.etag) })).status).toBe(
      304,
    );

    const bytes = release.installers[installer]!;
    const whole = await raw(file(installer));
    expect(whole.status).toBe(200);
    expect(whole.headers['content-length']).toBe(String(bytes.length));
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(whole.body.equals(bytes)).toBe(true);
    expect((await raw(file(`${installer}.blockmap`))).body.toString()).toBe(`blockmap of ${installer}`);
    expect((await raw('/updates/latest-linux.yml')).status).toBe(200);
  });

  it('answers a byte range (blockmap differential downloads) and refuses an impossible one', async () => {
    const bytes = release.installers[installer]!;
    const part = await raw(file(installer), { range: 'bytes=100-199' });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 100-199/${bytes.length}`);
    expect(part.headers['content-length']).toBe('100');
    expect(part.body.equals(bytes.subarray(100, 200))).toBe(true);
    const tail = await raw(file(installer), { range: 'bytes=-10' });
    expect(tail.body.equals(bytes.subarray(bytes.length - 10))).toBe(true);
    const beyond = await raw(file(installer), { range: `bytes=${bytes.length}-` });
    expect(beyond.status).toBe(416);
    expect(beyond.headers['content-range']).toBe(`bytes */${bytes.length}`);
    // If-Range naming another version of the file: the whole file, not a piece of the wrong one.
    const stale = await raw(file(installer), { range: 'bytes=0-9', 'if-range': '"other"' });
    expect(stale.status).toBe(200);
  });

  it('writes the rollout into the served channel file as stagingPercentage', async () => {
    await setRollout(releasesDirOf(platform.dataDir), 25, new Date());
    const served = parse((await raw('/updates/latest.yml')).body.toString()) as Record<string, unknown>;
    expect(served.stagingPercentage).toBe(25);
    expect(served.version).toBe('0.2.0');
    await setRollout(releasesDirOf(platform.dataDir), 100, new Date());
    expect(parse((await raw('/updates/latest.yml')).body.toString())).not.toHaveProperty('stagingPercentage');
  });

  it('serves nothing the release does not list: other files of the folder, the pointer, the database', async () => {
    for (const name of ['builder-debug.yml', 'current.json', 'platform.db', 'latest-mac.yml', '0.2.0']) {
      const answer = await raw(file(name));
      expect(answer.status, name).toBe(404);
      expect((JSON.parse(answer.body.toString()) as { code: string }).code).toBe('UPDATE_FILE_NOT_FOUND');
    }
  });

  it('refuses path traversal in every spelling, without leaking a byte or echoing the name', async () => {
    writeFileSync(join(platform.dataDir, 'secret.txt'), 'TOP-SECRET-CONTENT');
    const attacks = [
      '/updates/../secret.txt',
      '/updates/../../secret.txt',
      '/updates/..%2fsecret.txt',
      '/updates/%2e%2e%2fsecret.txt',
      '/updates/%2E%2E%2F%2E%2E%2Fsecret.txt',
      '/updates/%2e%2e/secret.txt',
      '/updates/..%5csecret.txt',
      '/updates/..\\secret.txt',
      '/updates/%2fetc%2fpasswd',
      '/updates//etc/passwd',
      `/updates/${encodeURIComponent(join(platform.dataDir, 'secret.txt'))}`,
      '/updates/C:%5Csecret.txt',
      '/updates/latest.yml%00.exe',
      '/updates/%00',
      '/updates/..',
      '/updates/.',
      '/updates/%2e%2e',
      '/updates/0.2.0%2flatest.yml',
      '/updates/..%252fsecret.txt',
      '/updates/%c0%ae%c0%ae%2fsecret.txt',
    ];
    for (const path of attacks) {
      const answer = await raw(path);
      expect([400, 404], path).toContain(answer.status);
      const body = answer.body.toString();
      expect(body, path).not.toContain('TOP-SECRET');
      expect(body, path).not.toContain('secret.txt');
      expect(body, path).not.toContain('passwd');
      expect(body, path).not.toContain(platform.dataDir);
    }
  });

  it('needs no device token but still answers only to the platform’s own Host names', async () => {
    expect((await raw('/updates/latest.yml', { host: 'evil.example' })).status).toBe(421);
  });
});
