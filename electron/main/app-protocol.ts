import type { Protocol } from 'electron';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy';

/**
 * The renderer is served from app://workbench/ instead of file://, so the page has a real origin (the CSP's
 * 'self' means the app's own files and nothing else on disk), the Content-Security-Policy arrives as a header,
 * and the page can reach no file outside dist/renderer.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'workbench';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The one page of the app: what the window loads and the only URL a trusted IPC sender may show. */
export const APP_URL = `${APP_ORIGIN}/index.html`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * app:// is a standard, secure scheme (relative URLs, a real origin, 'self' in the CSP) that may be fetched
 * from its own origin; it is not CORS-enabled, so no other origin can read it. Must run before app is ready.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** One path segment as it names a file, or null when it could name anything else. */
function safeSegment(raw: string): string | null {
  let segment: string;
  try {
    segment = decodeURIComponent(raw);
  } catch {
    return null; // broken percent-encoding (%ff, %E0%A4%A)
  }
  if (segment === '' || segment === '.' || segment === '..') return null;
  // An encoded separator (%2f, %5c), a NUL, a drive or stream colon (C:, file.js::$DATA) or a control character
  // could make one segment several, or a different file, on some OS.
  if (/[/\\:]/.test(segment) || [...segment].some((char) => char.charCodeAt(0) < 0x20)) return null;
  return segment;
}

/**
 * The file under `root` that an app:// URL names, or null for anything that is not plainly a file inside it:
 * another host or scheme, a traversal in any spelling, a hidden source map, a path that leaves the root.
 * Pure: it touches no disk (see `serveAppRequest` for the checks that do).
 */
export function appFilePath(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  if (url.username !== '' || url.password !== '' || url.port !== '') return null;
  // The raw request URL, not the parsed one: a backslash or a dot segment the parser would quietly turn into
  // something else is refused as sent.
  const rawPath = /^[a-z]+:\/\/[^/?#]*(\/[^?#]*)?/i.exec(requestUrl)?.[1] ?? '/';
  if (rawPath.includes('\\')) return null;
  const path = rawPath === '/' ? '/index.html' : rawPath;
  const segments = path.slice(1).split('/').map(safeSegment);
  if (segments.some((segment) => segment === null)) return null;
  const names = segments as string[];
  if (names.length === 0 || extname(names[names.length - 1] ?? '').toLowerCase() === '.map') return null;
  const base = resolve(root);
  const file = join(base, ...names);
  if (!isAbsolute(file) || !file.startsWith(base + sep)) return null;
  return file;
}

const notFound = (): Response =>
  new Response('未找到', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** Whether `file`, symlinks followed, is a regular file inside `root`, symlinks followed. */
async function isFileInside(root: string, file: string): Promise<boolean> {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    if (!realFile.startsWith(realRoot + sep)) return false;
    return (await stat(realFile)).isFile();
  } catch {
    return false;
  }
}

/**
 * The answer to one app:// request: the file with its type and the app's CSP, or 404 (405 for a method other
 * than GET/HEAD). A symlink is followed only if it stays inside the root.
 */
export async function serveAppRequest(
  root: string,
  request: Pick<Request, 'url' | 'method'>,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('不支持的请求方法', {
      status: 405,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const file = appFilePath(root, request.url);
  if (file === null || !(await isFileInside(root, file))) return notFound();
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return notFound(); // gone between the check and the read
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: {
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    },
  });
}

/** Serves app:// from `rendererDir` (dist/renderer). After app is ready. */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request));
}
