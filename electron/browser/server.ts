import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy';
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
  '.map': 'application/json; charset=utf-8',
};

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

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped, so the 413 answer reaches the page (a destroyed request
      // would look to the clerk like the service had stopped).
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > MAX_BODY ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', () => resolve(null));
  });
}

function serveStatic(rendererDir: string, path: string, response: ServerResponse): void {
  const relative = normalize(decodeURIComponent(path === '/' ? '/index.html' : path)).replace(
    /^([/\\])+/,
    '',
  );
  const file = join(rendererDir, relative);
  const inside = file.startsWith(rendererDir.endsWith(sep) ? rendererDir : rendererDir + sep);
  if (!inside || !existsSync(file) || !statSync(file).isFile()) {
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
  createReadStream(file).pipe(response);
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
    void handle(request, response);
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!allowedHosts.has(request.headers.host ?? '')) {
      sendJson(response, 421, err('FORBIDDEN', '拒绝访问：请求的主机名不正确'));
      return;
    }
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
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
    if (body === null) {
      sendJson(response, 413, err('BAD_REQUEST', '请求内容过大'));
      return;
    }
    let payload: unknown;
    try {
      payload = body === '' ? {} : JSON.parse(body);
    } catch {
      sendJson(response, 400, err('BAD_REQUEST', '请求内容不是有效的 JSON'));
      return;
    }
    const channel = decodeURIComponent(url.pathname.slice(browserHostRoutes.invoke.length));
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
