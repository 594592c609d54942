import { createHash, X509Certificate } from 'node:crypto';
import type { Certificate, Session } from 'electron';
import type { PlatformTarget } from '../../../shared/domain/deployment';

/**
 * electron-updater downloads through Electron's net on a session of its own (partition `electron-updater`,
 * electronHttpExecutor.getNetSession), not the window's: the window session's block on every http(s) request
 * does not touch it, and its certificate check is set here.
 */
export const UPDATER_PARTITION = 'electron-updater';

// Chromium's answers to a certificate verify proc.
const TRUSTED = 0;
const REFUSED = -2;
const CHROMIUM_DECIDES = -3;

type VerifyRequest = { hostname: string; certificate: Pick<Certificate, 'data' | 'issuerCert'> };

const spkiPin = (certificate: X509Certificate): string =>
  createHash('sha256')
    .update(certificate.publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64');

/** Each PEM certificate of a bundle (the deployment's CA may name several). */
const pemCertificates = (bundle: string): X509Certificate[] =>
  (bundle.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []).map(
    (pem) => new X509Certificate(pem),
  );

const inDate = (certificate: X509Certificate, now: Date): boolean =>
  new Date(certificate.validFrom) <= now && now <= new Date(certificate.validTo);

/**
 * Whether the server's certificate chain leads to one of the deployment's CA certificates, each link signed by
 * the next, every certificate in date, the leaf naming `hostname` and its key matching a pin when pins are set:
 * the same trust the core gives the platform (electron/core/sync/platform-tls.ts), none of the OS's roots.
 */
export function chainTrusted(
  request: VerifyRequest,
  target: Pick<PlatformTarget, 'ca' | 'pins'>,
  now: Date,
): boolean {
  if (target.ca === null) return false;
  try {
    const anchors = pemCertificates(target.ca);
    const leaf = new X509Certificate(request.certificate.data);
    if (leaf.checkHost(request.hostname) === undefined && leaf.checkIP(request.hostname) === undefined)
      return false;
    if (target.pins.length > 0 && !target.pins.includes(spkiPin(leaf))) return false;
    let current = leaf;
    let next: Pick<Certificate, 'data' | 'issuerCert'> | undefined = request.certificate.issuerCert;
    for (let depth = 0; depth < 8; depth += 1) {
      if (!inDate(current, now)) return false;
      const anchor = anchors.find(
        (ca) => inDate(ca, now) && current.checkIssued(ca) && current.verify(ca.publicKey),
      );
      if (anchor !== undefined) return true;
      if (next === undefined || next.data === request.certificate.data) return false;
      const issuer = new X509Certificate(next.data);
      if (!issuer.ca || !current.checkIssued(issuer) || !current.verify(issuer.publicKey)) return false;
      current = issuer;
      next = next.issuerCert?.data === next.data ? undefined : next.issuerCert;
    }
    return false;
  } catch {
    return false;
  }
}

/**
 * The updater's session trusts the update server by the deployment's CA (and pins), and only that host: every
 * other host is left to Chromium. Without a CA of its own (plain http on loopback in development), nothing is
 * changed.
 */
export function trustFeedServer(
  session: Pick<Session, 'setCertificateVerifyProc'>,
  feedUrl: string,
  target: Pick<PlatformTarget, 'ca' | 'pins'>,
  now: () => Date = () => new Date(),
): void {
  if (target.ca === null) return;
  const host = new URL(feedUrl).hostname.replace(/^\[(.*)\]$/, '$1');
  session.setCertificateVerifyProc((request, callback) => {
    if (request.hostname !== host) return callback(CHROMIUM_DECIDES);
    callback(chainTrusted(request, target, now()) ? TRUSTED : REFUSED);
  });
}
