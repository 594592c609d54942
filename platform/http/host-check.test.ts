import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlatformError, platformRoutes } from '../../shared/platform-api/api';
import { startTempPlatform, type TempPlatform } from '../testing/temp-platform';
import { defaultAllowedHosts, parseAllowedHosts } from './host-check';

let platform: TempPlatform;
let configured: TempPlatform;
beforeAll(async () => {
  platform = await startTempPlatform();
  configured = await startTempPlatform({ allowedHosts: ['credit.pds.gov.cn'] });
});
afterAll(async () => {
  await platform.dispose();
  await configured.dispose();
});

/** A GET with the Host header as given (fetch would not let a page set it; a rebinding browser sends it). */
const getWithHost = (url: string, host: string): Promise<{ status: number; body: string }> =>
  new Promise((resolve, reject) => {
    const target = new URL(`${url}${platformRoutes.health}`);
    const request = httpRequest(
      { host: target.hostname, port: target.port, path: target.pathname, headers: { host } },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on('error', reject);
    request.end();
  });

/** An HTTP/1.0 request with no Host header at all, over a raw socket. */
const withoutHost = (url: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const target = new URL(url);
    const socket = connect(Number(target.port), target.hostname, () =>
      socket.write(`GET ${platformRoutes.health} HTTP/1.0\r\n\r\n`),
    );
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });

describe('Host check (against DNS rebinding)', () => {
  it('answers the loopback names and the bind address, with or without a port', async () => {
    const port = new URL(platform.url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, 'LOCALHOST', `[::1]:${port}`])
      expect((await getWithHost(platform.url, host)).status).toBe(200);
  });

  it('refuses any other name with 421 and a Chinese error, before any route runs', async () => {
    const refused = await getWithHost(platform.url, 'attacker.example:8420');
    expect(refused.status).toBe(421);
    expect(PlatformError.parse(JSON.parse(refused.body))).toEqual({
      code: 'HOST_NOT_ALLOWED',
      message: '本平台不接受以此主机名发来的请求：attacker.example',
    });
    // Also for the routes behind a device token, and for no route at all.
    expect((await getWithHost(`${platform.url}/api/v1/nowhere`, 'attacker.example')).status).toBe(421);
    expect((await getWithHost(platform.url, '127.0.0.1.attacker.example')).status).toBe(421);
  });

  it('refuses a request without a Host with 400', async () => {
    const answer = await withoutHost(platform.url);
    expect(answer).toMatch(/^HTTP\/1\.[01] 400/);
    expect(answer).toContain('HOST_MISSING');
  });

  it('answers only the configured names when a list is given', async () => {
    expect((await getWithHost(configured.url, 'credit.pds.gov.cn:8420')).status).toBe(200);
    expect((await getWithHost(configured.url, 'localhost')).status).toBe(421);
  });

  it('reads a configured list and defaults to loopback plus the bind address', () => {
    expect(parseAllowedHosts(' Credit.PDS.gov.cn, ,[::1],10.0.0.5 ')).toEqual([
      'credit.pds.gov.cn',
      '::1',
      '10.0.0.5',
    ]);
    expect(defaultAllowedHosts('10.0.0.5')).toEqual(['localhost', '127.0.0.1', '::1', '10.0.0.5']);
    expect(defaultAllowedHosts('0.0.0.0')).toContain('127.0.0.1');
  });
});
