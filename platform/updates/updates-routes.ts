import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from '../http/errors';
import { isPlainFileName } from './release-files';
import { currentRelease, isChannelFile, servedChannelFile } from './release-store';

export const UPDATES_ROUTE = '/updates';

const contentTypes: Record<string, string> = {
  '.yml': 'text/yaml; charset=utf-8',
  '.blockmap': 'application/octet-stream',
};
const contentType = (name: string): string =>
  contentTypes[extname(name).toLowerCase()] ?? 'application/octet-stream';

const strongTag = (...parts: string[]): string =>
  `"${createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 32)}"`;

/** One byte range of `bytes=a-b` / `a-` / `-n`; null: none asked (or several: the whole file is sent). */
function byteRange(header: string | undefined, size: number): { start: number; end: number } | 'bad' | null {
  if (header === undefined) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (match === null) return header.includes(',') ? null : 'bad';
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return 'bad';
  if (from === '') {
    const length = Math.min(Number(to), size);
    return length === 0 ? 'bad' : { start: size - length, end: size - 1 };
  }
  const start = Number(from);
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  return start >= size || end < start ? 'bad' : { start, end };
}

/**
 * GET /updates/<file>: the release feed electron-updater's generic provider reads (docs/platform.md, 客户端更新).
 * Only the files of the current release are served, looked up by exact name in its published list: a request
 * names a file, never a path, so `..`, encoded slashes, backslashes or absolute paths match nothing and are
 * answered 404 like any unknown name, without echoing it. No device token: installers are not secret, and a PC
 * must be able to update before (or without) enrolment; the Host check still applies.
 */
export function registerUpdateRoutes(app: FastifyInstance, releasesDir: string | null): void {
  app.get(`${UPDATES_ROUTE}/:file`, async (request: FastifyRequest, reply: FastifyReply) => {
    const name = (request.params as { file?: unknown }).file;
    const current = releasesDir === null ? null : await currentRelease(releasesDir);
    if (current === null || releasesDir === null) return sendError(reply, 404, 'NO_RELEASE');
    if (typeof name !== 'string' || !isPlainFileName(name) || !current.files.includes(name))
      return sendError(reply, 404, 'UPDATE_FILE_NOT_FOUND');
    reply.header('cache-control', 'no-cache');
    reply.header('x-content-type-options', 'nosniff');

    if (isChannelFile(name)) {
      const text = await servedChannelFile(releasesDir, current, name);
      const tag = strongTag(text);
      reply.header('etag', tag).type(contentType(name));
      if (request.headers['if-none-match'] === tag) return reply.code(304).send();
      return reply.send(text);
    }

    const path = join(releasesDir, current.dir, name);
    const info = await stat(path).catch(() => null);
    if (info === null || !info.isFile()) return sendError(reply, 404, 'UPDATE_FILE_NOT_FOUND');
    // A published release's files never change (a republished version gets a folder of its own).
    const tag = strongTag(current.dir, name, String(info.size));
    reply.header('etag', tag).header('accept-ranges', 'bytes');
    if (request.headers['if-none-match'] === tag) return reply.code(304).send();
    const ifRange = request.headers['if-range'];
    const range =
      ifRange === undefined || ifRange === tag ? byteRange(request.headers.range, info.size) : null;
    if (range === 'bad') {
      reply.header('content-range', `bytes */${info.size}`);
      return sendError(reply, 416, 'RANGE_NOT_SATISFIABLE');
    }
    reply.type(contentType(name));
    if (range === null) {
      reply.header('content-length', String(info.size));
      return reply.send(createReadStream(path));
    }
    reply
      .code(206)
      .header('content-range', `bytes ${range.start}-${range.end}/${info.size}`)
      .header('content-length', String(range.end - range.start + 1));
    return reply.send(createReadStream(path, { start: range.start, end: range.end }));
  });
}
