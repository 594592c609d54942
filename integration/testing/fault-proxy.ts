import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault = '500-before' | '500-after' | 'reset' | 'timeout' | 'truncate';
const FAULTS: readonly Fault[] = ['500-before', '500-after', 'reset', 'timeout', 'truncate'];

/**
 * A loopback proxy in front of the real platform that breaks about `rate` of the requests in the ways a county
 * office's network does: a 500 before the platform sees the request, a 500 after it has acted on it (the answer
 * is lost), a reset connection, a request that never answers, and a body cut off half-way.
 */
export async function startFaultProxy(
  target: () => string,
  rate: number,
  random: () => number,
): Promise<{ url: string; counts: Record<Fault | 'ok', number>; close: () => Promise<void> }> {
  const counts: Record<Fault | 'ok', number> = {
    ok: 0,
    '500-before': 0,
    '500-after': 0,
    reset: 0,
    timeout: 0,
    truncate: 0,
  };
  const hanging = new Set<ServerResponse>();

  const forward = (
    incoming: IncomingMessage,
    body: Buffer,
    onResponse: (response: IncomingMessage) => void,
  ): void => {
    const url = new URL(incoming.url ?? '/', target());
    const outgoing = request(
      url,
      { method: incoming.method, headers: { ...incoming.headers, host: url.host } },
      onResponse,
    );
    outgoing.on('error', () => undefined);
    outgoing.end(body);
  };

  const server: Server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      const fault = random() < rate ? (FAULTS[Math.floor(random() * FAULTS.length)] ?? 'reset') : null;
      counts[fault ?? 'ok'] += 1;
      if (fault === '500-before') {
        response.writeHead(500).end('{"code":"INJECTED","message":"注入的故障"}');
      } else if (fault === 'reset') {
        response.socket?.destroy();
      } else if (fault === 'timeout') {
        hanging.add(response);
      } else {
        forward(incoming, body, (answer) => {
          if (fault === '500-after') {
            answer.resume();
            answer.on('end', () => response.writeHead(500).end('{"code":"INJECTED","message":"注入的故障"}'));
            return;
          }
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          if (fault !== 'truncate') {
            answer.pipe(response);
            return;
          }
          const parts: Buffer[] = [];
          answer.on('data', (part: Buffer) => parts.push(part));
          answer.on('end', () => {
            const whole = Buffer.concat(parts);
            response.write(whole.subarray(0, Math.floor(whole.length / 2)));
            response.socket?.destroy();
          });
        });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    close: async () => {
      hanging.forEach((response) => response.socket?.destroy());
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A seeded generator, so a failing run can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
