import { connect } from 'node:net';

/** What came back on one connection: the status and body of the first answer, or nothing. */
export type RawAnswer = {
  /** null: the connection closed (or timed out) without an HTTP answer. */
  status: number | null;
  headers: Record<string, string>;
  body: string;
  /** The connection was still open when the time ran out (a hang). */
  timedOut: boolean;
};

function decodeChunked(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = data.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = parseInt(data.subarray(at, lineEnd).toString('latin1'), 16);
    if (!Number.isFinite(size) || size === 0) break;
    parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/** Parses the first HTTP/1.1 answer in the bytes a connection received. */
export function parseAnswer(data: Buffer, timedOut: boolean): RawAnswer {
  const headEnd = data.indexOf('\r\n\r\n');
  const match = /^HTTP\/1\.[01] (\d{3})/.exec(data.subarray(0, 20).toString('latin1'));
  if (headEnd < 0 || match?.[1] === undefined) return { status: null, headers: {}, body: '', timedOut };
  const headers: Record<string, string> = {};
  for (const line of data.subarray(0, headEnd).toString('latin1').split('\r\n').slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = data.subarray(headEnd + 4);
  if (headers['transfer-encoding'] === 'chunked') body = decodeChunked(body);
  else if (headers['content-length'] !== undefined)
    body = body.subarray(0, Number(headers['content-length']));
  return { status: Number(match[1]), headers, body: body.toString('utf8'), timedOut };
}

/**
 * Sends bytes on a fresh loopback connection and collects whatever comes back until the server closes (or
 * `timeoutMs` passes). Raw, so a request can be anything: broken framing, bad header bytes, garbage. With
 * `halfClose` the client says it has nothing more to send (for bytes that are not a whole request: the server
 * would otherwise wait for the rest); otherwise it stays open as a browser does.
 */
export function sendRaw(
  port: number,
  bytes: Buffer,
  halfClose = false,
  timeoutMs = 10_000,
): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let timedOut = false;
    const socket = connect({ host: '127.0.0.1', port }, () => {
      if (halfClose) socket.end(bytes);
      else socket.write(bytes);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      socket.destroy();
    }, timeoutMs);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // A reset after the server answered and closed is still an answer; the bytes decide.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(parseAnswer(Buffer.concat(chunks), timedOut));
    });
  });
}
