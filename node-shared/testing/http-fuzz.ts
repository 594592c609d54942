import { HOSTILE_STRINGS, randomUnits, type FuzzRandom } from './fuzz-random';
import { hostileJson } from './json-fuzz';
import { sendRaw, type RawAnswer } from './raw-http';

/** The server under attack, as the malformed requests need it. */
export type HttpFuzzTarget = {
  port: number;
  /** The Host header the server accepts. */
  host: string;
  /** Headers that authorise a call (a token), so some malformed requests reach the body's handling. */
  auth: Record<string, string>;
  /** Routes that read a JSON body, each with a body it accepts (mutated into malformed ones). */
  jsonRoutes: readonly { method: string; path: string; sample: unknown }[];
  /** Other paths worth asking for (GET). */
  paths: readonly string[];
};

export type MalformedRequest = {
  kind: string;
  bytes: Buffer;
  /** Framing the server cannot complete (truncated, empty): closing without an answer is then fine. */
  mayGoUnanswered: boolean;
};

const CRLF = '\r\n';
const BAD_PERCENT = [
  '%ff',
  '%E0%A4%A',
  '%',
  '%%',
  '%zz',
  '%c0%af',
  '%ED%A0%80',
  '%00',
  '%2e%2e%2f',
  '%u202e',
];
const METHODS = [
  'PUT',
  'DELETE',
  'PATCH',
  'OPTIONS',
  'TRACE',
  'PROPFIND',
  'FOO',
  'get',
  'CONNECT',
  'M-SEARCH',
];
const LARGEST_BODY = 16_000_000;

type Parts = {
  method: string;
  path: string;
  headers: [string, string][];
  body?: Buffer;
  contentLength?: string | null;
  mayGoUnanswered?: boolean;
};

/** Assembles a request's bytes as given: nothing is fixed up (a header may repeat, a length may lie). */
function assemble(parts: Parts): Buffer {
  const body = parts.body ?? Buffer.alloc(0);
  const headers = [...parts.headers, ['Connection', 'close'] as [string, string]];
  const length = parts.contentLength === undefined ? String(body.length) : parts.contentLength;
  if (length !== null && (body.length > 0 || parts.contentLength !== undefined))
    headers.push(['Content-Length', length]);
  const head = `${parts.method} ${parts.path} HTTP/1.1${CRLF}${headers.map(([k, v]) => `${k}: ${v}`).join(CRLF)}`;
  return Buffer.concat([Buffer.from(`${head}${CRLF}${CRLF}`, 'latin1'), body]);
}

const authHeaders = (target: HttpFuzzTarget): [string, string][] => [
  ['Host', target.host],
  ...Object.entries(target.auth),
];

const jsonBody = (random: FuzzRandom, sample: unknown): Buffer => {
  const text = JSON.stringify(sample) ?? '{}';
  switch (random.int(0, 7)) {
    case 0:
      return Buffer.from(text.slice(0, random.int(0, Math.max(0, text.length - 1))));
    case 1:
      return Buffer.from(randomUnits(random, random.int(1, 400)));
    case 2: {
      const depth = random.int(1_000, 100_000);
      const [open, close] = random.chance(0.5) ? ['[', ']'] : ['{"a":', '}'];
      return Buffer.from(open.repeat(depth) + '1' + (random.chance(0.5) ? close.repeat(depth) : ''));
    }
    case 3:
      return Buffer.from(
        random.pick(['NaN', '1e999', '-', '[1,]', '{"a":1,}', "{'a':1}", 'null', '""', '[]']),
      );
    case 4:
      return Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from(text)]);
    case 5:
      return Buffer.concat([
        Buffer.from(text.slice(0, 5)),
        Buffer.from([0xff, 0xfe, 0xc0, 0x80, 0xed, 0xa0]),
      ]);
    case 6:
      return Buffer.from(
        JSON.stringify({ ...(sample as object), x: 'x'.repeat(random.int(100_000, 500_000)) }),
      );
    default:
      return Buffer.from(hostileJson(random, sample));
  }
};

/** One malformed request against the target, drawn from the seeded source. */
export function malformedRequest(random: FuzzRandom, target: HttpFuzzTarget): MalformedRequest {
  const route = random.pick(target.jsonRoutes);
  const path = random.pick(target.paths);
  const kinds: (() => Parts & { kind: string })[] = [
    () => {
      const bad = random.pick(BAD_PERCENT);
      const onRoute = random.chance(0.5);
      return {
        kind: 'bad percent-encoding',
        method: onRoute ? route.method : 'GET',
        path: onRoute ? `${route.path}${bad}` : `/${random.chance(0.5) ? 'assets/' : ''}${bad}`,
        headers: authHeaders(target),
      };
    },
    () => ({
      kind: 'overlong path',
      method: 'GET',
      path: `/${'a/'.repeat(random.int(500, 40_000))}`,
      headers: authHeaders(target),
    }),
    () => {
      const variants: [string, string][][] = [
        [
          ['Host', target.host],
          ['Host', 'evil.example'],
        ],
        [...authHeaders(target), ['Authorization', 'Bearer other']],
        [...authHeaders(target), ['X-Bad', `a${String.fromCharCode(random.int(0, 31))}b`]],
        [...authHeaders(target), ['Bad Name', 'x']],
        [...authHeaders(target), ['X-Long', 'v'.repeat(random.int(20_000, 90_000))]],
        [
          ...authHeaders(target),
          ...Array.from({ length: 2_100 }, (_, i): [string, string] => [`X-${i}`, 'x']),
        ],
        [...authHeaders(target), ['Content-Type', randomUnits(random, 20).replace(/[\r\n]/g, '')]],
        [...authHeaders(target), ['Transfer-Encoding', 'chunked'], ['Content-Length', '5']],
        [...authHeaders(target), ['Content-Length', '5'], ['Content-Length', '7']],
      ];
      return {
        kind: 'bad or duplicate headers',
        method: route.method,
        path: route.path,
        headers: random.pick(variants),
        body: Buffer.from('{"a":1}'),
        contentLength: null,
      };
    },
    () => ({
      kind: 'bad Host',
      method: random.chance(0.5) ? 'GET' : route.method,
      path: random.chance(0.5) ? path : route.path,
      headers: [
        ...Object.entries(target.auth),
        ...(random.chance(0.2)
          ? []
          : [
              [
                'Host',
                random.pick(['', 'evil.example', '127.0.0.1:1', `a@${target.host}`, '[::1', 'ä.example']),
              ] as [string, string],
            ]),
      ],
    }),
    () => ({
      kind: 'bad token',
      method: route.method,
      path: route.path,
      headers: [
        ['Host', target.host],
        [
          'Authorization',
          random.pick([
            'Bearer',
            'Bearer ',
            'Basic Og==',
            'Basic ' + 'A'.repeat(5000),
            'bearer x',
            `Bearer ${random.pick(HOSTILE_STRINGS).replace(/[^\x20-\x7e]/g, '')}`,
          ]),
        ],
        ['Content-Type', 'application/json'],
      ],
      body: Buffer.from(JSON.stringify(route.sample)),
    }),
    () => ({
      kind: 'malformed JSON body',
      method: route.method,
      path: route.path,
      headers: [
        ...authHeaders(target),
        ['Content-Type', random.pick(['application/json', 'text/plain', 'application/json; charset=utf-16'])],
      ],
      body: jsonBody(random, route.sample),
    }),
    () => {
      const huge = random.chance(0.005);
      return {
        kind: 'lying or huge Content-Length',
        method: route.method,
        path: route.path,
        headers: [...authHeaders(target), ['Content-Type', 'application/json']],
        body: huge ? Buffer.alloc(LARGEST_BODY, 0x20) : Buffer.from('{"a":'),
        contentLength: huge
          ? undefined
          : random.pick(['100', '-1', 'abc', '99999999999999999999', '1e3', ' 5']),
        mayGoUnanswered: !huge,
      };
    },
    () => ({
      kind: 'wrong method',
      method: random.pick(METHODS),
      path: random.chance(0.5) ? route.path : path,
      headers: authHeaders(target),
    }),
  ];
  const raw = random.int(0, kinds.length);
  if (raw === kinds.length) {
    const garbage = [
      () => Buffer.from(randomUnits(random, random.int(1, 2_000)), 'latin1'),
      () => Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'),
      () => Buffer.from(`GET ${path}\r\n`),
      () => Buffer.from(`GET ${path} HTTP/9.9\r\nHost: ${target.host}\r\n\r\n`),
      () => Buffer.from(`GET ${path} HTTP/1.1\r\nHost: ${target.host}\r\n`),
      () =>
        Buffer.from(
          `${route.method} ${route.path} HTTP/1.1\r\nHost: ${target.host}\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n`,
        ),
    ];
    return { kind: 'raw TCP garbage', bytes: random.pick(garbage)(), mayGoUnanswered: true };
  }
  const parts = random.pick(kinds)();
  return { kind: parts.kind, bytes: assemble(parts), mayGoUnanswered: parts.mayGoUnanswered ?? false };
}

export type FuzzFailure = { index: number; kind: string; problem: string };

/**
 * What is wrong with one answer, or null: every answer is 2xx–4xx, and a JSON error is in the error shape (the
 * contract's Result or the platform's { code, message }) with a stable code and a Chinese message.
 */
export function answerProblem(request: MalformedRequest, answer: RawAnswer): string | null {
  if (answer.timedOut) return 'no answer in time: the connection hung';
  if (answer.status === null) return request.mayGoUnanswered ? null : 'closed without an answer';
  if (answer.status >= 500) return `status ${answer.status}: ${answer.body.slice(0, 200)}`;
  if (!(answer.headers['content-type'] ?? '').includes('json') || answer.status < 400) return null;
  let body: unknown;
  try {
    body = JSON.parse(answer.body);
  } catch {
    return `a JSON answer that is not JSON: ${answer.body.slice(0, 200)}`;
  }
  // The contract's Result (browser host) or the platform's bare { code, message }.
  const shaped = body as {
    ok?: unknown;
    code?: unknown;
    message?: unknown;
    error?: { code?: unknown; message?: unknown };
  };
  const error = shaped.ok === false ? shaped.error : shaped.ok === undefined ? shaped : undefined;
  if (typeof error?.code !== 'string' || typeof error.message !== 'string')
    return `not the error shape: ${answer.body.slice(0, 200)}`;
  if (!/^[A-Z][A-Z0-9_]*$/.test(error.code) || error.code.startsWith('FST_'))
    return `a framework code: ${error.code}`;
  if (
    !/[\u4e00-\u9fff]/.test(error.message) ||
    /FST_|\b(Error|Unexpected|Invalid|Bad|Request|Body|must|should|expected)\b/.test(error.message)
  )
    return `not a Chinese message: ${error.message}`;
  return null;
}

/**
 * Sends `count` malformed requests (a seeded campaign, `concurrency` at a time) and returns every answer that
 * breaks the rule above, with its index to replay it.
 */
export async function runHttpFuzz(
  target: HttpFuzzTarget,
  options: { random: FuzzRandom; count: number; concurrency: number },
): Promise<{ failures: FuzzFailure[]; kinds: Record<string, number> }> {
  const failures: FuzzFailure[] = [];
  const kinds: Record<string, number> = {};
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < options.count) {
      const index = next++;
      // Drawn in index order whatever the interleaving, so a seed always makes the same campaign.
      const request = malformedRequest(options.random, target);
      kinds[request.kind] = (kinds[request.kind] ?? 0) + 1;
      const problem = answerProblem(
        request,
        await sendRaw(target.port, request.bytes, request.mayGoUnanswered),
      );
      if (problem !== null) failures.push({ index, kind: request.kind, problem });
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { failures, kinds };
}
