import { createHash, X509Certificate } from 'node:crypto';
import { Agent } from 'node:https';
import { checkServerIdentity, type PeerCertificate } from 'node:tls';
import type { PlatformTarget } from '../../../shared/domain/deployment';

/**
 * The sha256 of a certificate's public key (SubjectPublicKeyInfo, DER), base64: what a pin names, as `openssl
 * pkey -pubout -outform DER | openssl dgst -sha256 -binary | base64` prints it. Taken from the whole certificate:
 * Node's `pubkey` is the bare key (an EC point, not the SPKI).
 */
export const publicKeyPin = (certificate: PeerCertificate): string => {
  const spki = new X509Certificate(certificate.raw).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
};

export const PIN_MISMATCH = 'PLATFORM_PIN_MISMATCH';

/**
 * The TLS side of talking to the configured platform: only the city's CA as root (when the configuration gives
 * one), the host name checked as usual, and the public key checked against the pins. A failed check ends the
 * connection during the handshake, before a byte of any request is written.
 */
export function platformAgent(target: PlatformTarget): Agent {
  return new Agent({
    ...(target.ca === null ? {} : { ca: target.ca }),
    checkServerIdentity: (host, certificate) => {
      const problem = checkServerIdentity(host, certificate);
      if (problem !== undefined) return problem;
      if (target.pins.length === 0 || target.pins.includes(publicKeyPin(certificate))) return undefined;
      return Object.assign(new Error('platform certificate public key does not match the configured pin'), {
        code: PIN_MISMATCH,
      });
    },
  });
}

// Node's and OpenSSL's names for a certificate that does not prove the platform is the configured one.
const UNTRUSTED =
  /^(ERR_TLS_CERT_ALTNAME_INVALID|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_|CERT_|ERR_SSL_)/;

/** Whether a connection failed because the platform could not prove its identity. */
export const isUntrustedPlatform = (code: string | undefined): boolean =>
  code !== undefined && UNTRUSTED.test(code);
