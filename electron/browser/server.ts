import { createReadStream, existsSync, statSync } from 'node:fs';
import type { Duplex } from 'node:stream';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy';
import { jsonTooDeep } from '../../shared/json-depth';
import { err, type Result } from '../../shared/result';
import { browserHostRoutes } from '../../shared/contract/browser-host';
import type { AppEvent } from '../../shared/contract/events';
import type { Handlers } from '../core/ipc/handlers';
import { dispatch, type DispatchLog } from '../core/ipc/dispatch';
import type { EventBus } from '../core/events';

export type BrowserHostOptions = {
  handlers: Handlers;
  events: EventBus;
  /** Per-run secret; every API call must carry it. */
  token: string;
  /** The built renderer (dist/renderer); static files need no token, they hold no data. */
  rendererDir: string;
  log?: DispatchLog;
};

/**
 * Above the largest legitimate call: an attachment of 10 MB travels as base64 (≈13.4 MB) in files:add, whose
 * schema refuses more with a Chinese message. Beyond this the body is drained unread and answered 413.
 */
const MAX_BODY = 15_000_000;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The request's URL, or null when it is not one (`//[`). */
function parseUrl(raw: string | undefined): URL | null {
  try {
    return new URL(raw ?? '/', 'http://127.0.0.1');
  } catch {
    return null;
  }
}

/** A percent-decoded path, or null when its percent-encoding is broken (`/%ff`, `/%E0%A4%A`). */
function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

const sameSecret = (given: string, token: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
};

function sendJson(response: ServerResponse, status: number, body: Result<unknown>): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify(body));
}

/** The body as text; 'too-large' past the limit; 'aborted' when the client went away mid-body. */
function readBody(request: IncomingMessage): Promise<{ text: string } | 'too-large' | 'aborted'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped, so the 413 answer reaches the page (a destroyed request
      // would look to the clerk like the service had stopped).
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    request.on('end', () =>
      resolve(size > MAX_BODY ? 'too-large' : { text: Buffer.concat(chunks).toString('utf8') }),
    );
    request.on('error', () => resolve('aborted'));
  });
}

function serveStatic(rendererDir: string, path: string, response: ServerResponse): void {
  const decoded = decodePath(path === '/' ? '/index.html' : path);
  if (decoded === null || decoded.includes('\0')) {
    sendJson(response, 400, err('BAD_REQUEST', '请求的地址不正确'));
    return;
  }
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  const file = join(rendererDir, relative);
  const inside = file.startsWith(rendererDir.endsWith(sep) ? rendererDir : rendererDir + sep);
  // Source maps are the whole source (megabytes of it) and no page needs them: never served.
  const hidden = extname(file).toLowerCase() === '.map';
  if (!inside || hidden || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('未找到');
    return;
  }
  response.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  });
  const stream = createReadStream(file);
  // A file gone between the check and the read ends this answer, not the host.
  stream.on('error', () => response.destroy());
  stream.pipe(response);
}

/** An error answer written straight to a socket (for requests Node hands over unparsed), then closed. */
function answerRaw(socket: Duplex, status: 400 | 405, message: string): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify(err('BAD_REQUEST', message));
  socket.end(
    `HTTP/1.1 ${status} ${status === 400 ? 'Bad Request' : 'Method Not Allowed'}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\nConnection: close\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

/**
 * The browser host: the renderer bundle and the same contract as the Electron shell, over HTTP on loopback.
 * Guards: listens on 127.0.0.1 only (see listen), the Host header must name that address (against DNS
 * rebinding), and every API call carries the per-run token (against other pages and local users' browsers).
 */
export function createBrowserHost(options: BrowserHostOptions): {
  server: Server;
  listen: (port: number) => Promise<number>;
} {
  let allowedHosts = new Set<string>();
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      // The last resort: whatever a request does, it ends in an answer and the host keeps serving.
      options.log?.('request failed', error);
      if (!response.headersSent) sendJson(response, 500, err('INTERNAL', '系统内部错误，请重试'));
      else response.destroy();
    });
  });
  // A request Node cannot even parse (garbage bytes, a bad header, an overlong head): answered 400 in the
  // contract's shape, then closed.
  server.on('clientError', (_error: Error, socket: Duplex) => answerRaw(socket, 400, '请求格式不正确'));
  // CONNECT and Upgrade requests bypass the request handler; without these Node would drop them unanswered.
  server.on('connect', (_request: IncomingMessage, socket: Duplex) =>
    answerRaw(socket, 405, '不支持的请求方法'),
  );
  server.on('upgrade', (_request: IncomingMessage, socket: Duplex) =>
    answerRaw(socket, 400, '不支持协议升级'),
  );

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!allowedHosts.has(request.headers.host ?? '')) {
      sendJson(response, 421, err('FORBIDDEN', '拒绝访问：请求的主机名不正确'));
      return;
    }
    const url = parseUrl(request.url);
    if (url === null) {
      sendJson(response, 400, err('BAD_REQUEST', '请求的地址不正确'));
      return;
    }
    if (!url.pathname.startsWith(browserHostRoutes.apiPrefix)) {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        sendJson(response, 405, err('BAD_REQUEST', '不支持的请求方法'));
        return;
      }
      serveStatic(options.rendererDir, url.pathname, response);
      return;
    }
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    // EventSource cannot set headers, so the event stream alone takes the token as a query parameter.
    const given =
      url.pathname === browserHostRoutes.events ? (url.searchParams.get('token') ?? '') : (bearer ?? '');
    if (!sameSecret(given, options.token)) {
      sendJson(response, 401, err('FORBIDDEN', '拒绝访问：缺少或错误的访问令牌'));
      return;
    }
    if (url.pathname === browserHostRoutes.events && request.method === 'GET') {
      streamEvents(response);
      return;
    }
    if (!url.pathname.startsWith(browserHostRoutes.invoke) || request.method !== 'POST') {
      sendJson(response, 404, err('UNKNOWN_CHANNEL', '未知的调用通道'));
      return;
    }
    const body = await readBody(request);
    // Nobody is left to answer (the connection is gone): nothing runs.
    if (body === 'aborted') return;
    if (body === 'too-large') {
      sendJson(response, 413, err('BAD_REQUEST', '请求内容过大'));
      return;
    }
    // Nested past the contract: refused before parsing (no recursive walk may overflow the stack on it).
    if (jsonTooDeep(body.text)) {
      sendJson(response, 400, err('BAD_REQUEST', '请求内容嵌套过深'));
      return;
    }
    let payload: unknown;
    try {
      payload = body.text === '' ? {} : JSON.parse(body.text);
    } catch {
      sendJson(response, 400, err('BAD_REQUEST', '请求内容不是有效的 JSON'));
      return;
    }
    // An undecodable channel name is no channel: dispatch answers UNKNOWN_CHANNEL.
    const channel = decodePath(url.pathname.slice(browserHostRoutes.invoke.length));
    sendJson(response, 200, await dispatch(options.handlers, channel, payload, options.log));
  }

  function streamEvents(response: ServerResponse): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    const unsubscribe = options.events.subscribe((event: AppEvent) => {
      response.write(`data: ${JSON.stringify(event)}\n\n`);
    });
    const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), 25_000);
    response.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  }

  return {
    server,
    listen: (port) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          const address = server.address();
          const bound = typeof address === 'object' && address !== null ? address.port : port;
          allowedHosts = new Set([`127.0.0.1:${bound}`, `localhost:${bound}`]);
          resolve(bound);
        });
      }),
  };
}
