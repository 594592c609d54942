import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Certificate, Session } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainTrusted, trustFeedServer } from './feed-trust';
import { defaultFeedUrl } from './update-feed';

// Two CAs made by the real `npm run dev:cert` (openssl): the deployment's, and a stranger's with a server
// certificate for the same names.
const DEV_CERT = resolve(__dirname, '..', '..', '..', 'scripts', 'dev-cert.mjs');
const work = mkdtempSync(join(tmpdir(), 'ccw-feed-trust-'));
type Pki = { ca: string; server: string };
let city: Pki;
let stranger: Pki;
const make = (name: string): Pki => {
  const dir = join(work, name);
  execFileSync(process.execPath, [DEV_CERT, dir], { stdio: 'ignore' });
  return {
    ca: readFileSync(join(dir, 'ca.pem'), 'utf8'),
    server: readFileSync(join(dir, 'server.pem'), 'utf8'),
  };
};
beforeAll(() => {
  city = make('city');
  stranger = make('stranger');
  // After the certificates were made: their notBefore is the second they were made in.
  now = new Date(Date.now() + 1_000);
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Electron's Certificate as the verify proc receives it: the leaf, its issuer behind it. */
const chain = (leaf: string, issuer?: string): Pick<Certificate, 'data' | 'issuerCert'> =>
  ({ data: leaf, issuerCert: issuer === undefined ? undefined : { data: issuer } }) as unknown as Certificate;

/** A session whose verify proc the test calls as Chromium would. */
const fakeSession = () => {
  let proc: ((request: unknown, callback: (result: number) => void) => void) | null = null;
  const session = {
    setCertificateVerifyProc: (next: typeof proc) => {
      proc = next;
    },
  } as unknown as Pick<Session, 'setCertificateVerifyProc'>;
  const verify = (hostname: string, certificate: Pick<Certificate, 'data' | 'issuerCert'>): number => {
    let answer = NaN;
    if (proc === null) throw new Error('no verify proc set');
    proc({ hostname, certificate, verificationResult: 'net::ERR_CERT_AUTHORITY_INVALID' }, (result) => {
      answer = result;
    });
    return answer;
  };
  return { session, verify, isSet: () => proc !== null };
};

let now = new Date();

describe('the updater session trusts the update server by the deployment CA only', () => {
  it('accepts the city CA’s certificate for the feed host, refuses a stranger’s and a wrong host', () => {
    const target = { ca: city.ca, pins: [] };
    expect(
      chainTrusted({ hostname: '127.0.0.1', certificate: chain(city.server, city.ca) }, target, now),
    ).toBe(true);
    expect(chainTrusted({ hostname: 'localhost', certificate: chain(city.server) }, target, now)).toBe(true);
    expect(
      chainTrusted({ hostname: '127.0.0.1', certificate: chain(stranger.server, stranger.ca) }, target, now),
    ).toBe(false);
    expect(chainTrusted({ hostname: 'evil.example', certificate: chain(city.server) }, target, now)).toBe(
      false,
    );
    // The stranger's CA certificate presented as the leaf's issuer does not make it trusted.
    expect(
      chainTrusted({ hostname: '127.0.0.1', certificate: chain(stranger.server, city.ca) }, target, now),
    ).toBe(false);
    expect(chainTrusted({ hostname: '127.0.0.1', certificate: chain('garbage') }, target, now)).toBe(false);
    // Out of date.
    const later = new Date(now.getTime() + 50 * 365 * 24 * 3600 * 1000);
    expect(chainTrusted({ hostname: '127.0.0.1', certificate: chain(city.server) }, target, later)).toBe(
      false,
    );
  });

  it('checks the pins when the deployment sets them', () => {
    const wrongPin = { ca: city.ca, pins: ['AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='] };
    expect(chainTrusted({ hostname: '127.0.0.1', certificate: chain(city.server) }, wrongPin, now)).toBe(
      false,
    );
  });

  it('answers Chromium: 0 for the feed host with the city’s certificate, -2 otherwise, -3 for other hosts', () => {
    const { session, verify } = fakeSession();
    trustFeedServer(session, defaultFeedUrl('https://127.0.0.1:8420/'), { ca: city.ca, pins: [] });
    expect(verify('127.0.0.1', chain(city.server, city.ca))).toBe(0);
    expect(verify('127.0.0.1', chain(stranger.server, stranger.ca))).toBe(-2);
    expect(verify('mirrors.example.cn', chain(stranger.server))).toBe(-3);
  });

  it('leaves the session alone without a CA of its own (plain http on loopback)', () => {
    const { session, isSet } = fakeSession();
    trustFeedServer(session, 'http://127.0.0.1:8420/updates/', { ca: null, pins: [] });
    expect(isSet()).toBe(false);
    expect(defaultFeedUrl('https://credit.pds.gov.cn:8420')).toBe('https://credit.pds.gov.cn:8420/updates/');
  });
});
