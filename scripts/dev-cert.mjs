// `npm run dev:cert [-- <folder>] [-- --port 8420]`: a local CA and a server certificate for 127.0.0.1 and
// localhost, made with the openssl command line, for trying the platform over HTTPS and for the tests. Never for
// a real deployment: the city's own CA issues the platform's certificate there (docs/deployment.md).
// Writes into the folder (default .dev-cert/): ca.pem, ca.key, server.pem, server.key and a deployment.json
// that names https://127.0.0.1:<port>, trusts ca.pem and pins server.key's public key.
import { execFileSync } from 'node:child_process';
import { createHash, createPublicKey, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  options: { port: { type: 'string', default: '8420' } },
  allowPositionals: true,
});
const folder = resolve(positionals[0] ?? join(import.meta.dirname, '..', '.dev-cert'));
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65_535) {
  console.error(`端口无效：${values.port}`);
  process.exit(1);
}
mkdirSync(folder, { recursive: true });
const at = (name) => join(folder, name);
const openssl = (...args) => execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
const ecKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

openssl(
  'req',
  '-x509',
  '-new',
  ...ecKey,
  '-keyout',
  at('ca.key'),
  '-out',
  at('ca.pem'),
  '-days',
  '825',
  '-subj',
  '/O=Credit Check Workbench (development only)/CN=Development CA',
  '-addext',
  'basicConstraints=critical,CA:TRUE',
  '-addext',
  'keyUsage=critical,keyCertSign,cRLSign',
);
openssl(
  'req',
  '-new',
  ...ecKey,
  '-keyout',
  at('server.key'),
  '-out',
  at('server.csr'),
  '-subj',
  '/CN=localhost',
);
writeFileSync(
  at('server.ext'),
  [
    'subjectAltName=IP:127.0.0.1,DNS:localhost',
    'basicConstraints=critical,CA:FALSE',
    'keyUsage=critical,digitalSignature',
    'extendedKeyUsage=serverAuth',
  ].join('\n'),
);
openssl(
  'x509',
  '-req',
  '-in',
  at('server.csr'),
  '-CA',
  at('ca.pem'),
  '-CAkey',
  at('ca.key'),
  '-set_serial',
  `0x${randomBytes(16).toString('hex')}`,
  '-days',
  '397',
  '-sha256',
  '-extfile',
  at('server.ext'),
  '-out',
  at('server.pem'),
);
rmSync(at('server.csr'));
rmSync(at('server.ext'));

// The pin: sha256 of the server key's SubjectPublicKeyInfo, as the client computes it from the certificate.
const spki = createPublicKey(readFileSync(at('server.key'))).export({ type: 'spki', format: 'der' });
const pin = createHash('sha256').update(spki).digest('base64');
writeFileSync(
  at('deployment.json'),
  `${JSON.stringify(
    { platformUrl: `https://127.0.0.1:${port}`, caCertificateFile: 'ca.pem', publicKeyPins: [pin] },
    null,
    2,
  )}\n`,
);

console.log(`开发用证书已生成（仅供本机试用）：${folder}`);
console.log(
  `  市平台：PLATFORM_PORT=${port} npm run platform -- --tls-cert ${at('server.pem')} --tls-key ${at('server.key')}`,
);
console.log(`  客户端：CCW_DEPLOYMENT_FILE=${at('deployment.json')} npm run start:browser`);
