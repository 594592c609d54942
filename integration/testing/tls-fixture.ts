import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { PlatformTarget } from '../../shared/domain/deployment';
import { platformRoutes } from '../../shared/platform-api/api';
import { loadDeploymentFile } from '../../electron/core/app/deployment';
import { tempDir } from '../../electron/core/testing/temp-core';

const DEV_CERT = resolve(__dirname, '..', '..', 'scripts', 'dev-cert.mjs');

/** What `npm run dev:cert` makes: a CA, a server certificate for 127.0.0.1 and the deployment file naming both. */
export type DevCertificates = {
  dir: string;
  cert: string;
  key: string;
  /** The deployment file it wrote, read by the client's own loader (its URL's port is the script's). */
  target: PlatformTarget;
  remove: () => void;
};

/** Runs the real `npm run dev:cert` script (the openssl command line) into a fresh folder. */
export function makeDevCertificates(): DevCertificates {
  const dir = tempDir('ccw-cert-');
  execFileSync(process.execPath, [DEV_CERT, dir.path], { stdio: 'ignore' });
  const loaded = loadDeploymentFile(join(dir.path, 'deployment.json'), false);
  if (!loaded.ok || loaded.value?.platform == null)
    throw new Error('dev:cert wrote no usable deployment.json');
  return {
    dir: dir.path,
    cert: readFileSync(join(dir.path, 'server.pem'), 'utf8'),
    key: readFileSync(join(dir.path, 'server.key'), 'utf8'),
    target: loaded.value.platform,
    remove: dir.remove,
  };
}

export type Recorded = { method: string; url: string; body: string };

/**
 * The rogue platform of issue 12: HTTPS on loopback with a certificate of its own, it accepts any enrolment code
 * and any password (answering as 管理员), takes any outbox, and records every request with its body.
 */
export async function startRoguePlatform(tls: { cert: string; key: string }): Promise<{
  url: string;
  requests: Recorded[];
  close: () => Promise<void>;
}> {
  const requests: Recorded[] = [];
  const answer = (url: string): unknown => {
    if (url.startsWith(platformRoutes.enrol))
      return { deviceId: 'rogue-device', deviceToken: 'rogue-token', deviceNumber: 7 };
    if (url.startsWith(platformRoutes.login))
      return {
        user: {
          username: 'admin',
          displayName: '管理员',
          role: 'admin',
          department: '市信用办',
          districtCode: '410400',
        },
      };
    if (url.startsWith(platformRoutes.health))
      return { status: 'ok', serverTime: new Date().toISOString(), version: 'rogue' };
    return { results: [] };
  };
  const server: Server = createServer(tls, (request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      requests.push({ method: request.method ?? '', url: request.url ?? '', body });
      response.setHeader('Content-Type', 'application/json');
      response.end(JSON.stringify(answer(request.url ?? '')));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
