import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { platformRoutes, Sha256 } from '../../shared/platform-api/api';
import { toBeijingIso } from '../../shared/time';
import { sendError } from '../http/errors';
import { FILE_SIZE_LIMIT, storeFile } from '../../node-shared/files/stream-store';
import { deviceOf } from '../access/device-auth';
import { sizeText } from '../access/device-limits';
import { hasFile, recordFile, recordUpload, unreferencedUploads } from './files.repo';
import type { RouteContext } from '../http/route-context';

const shaParam = (params: unknown): string | null => {
  const parsed = Sha256.safeParse((params as { sha256?: unknown }).sha256);
  return parsed.success ? parsed.data : null;
};

/**
 * PUT files/:sha256 (raw bytes, verified against the name, stored once) and HEAD files/:sha256 (200/404).
 * The body is not buffered: the octet-stream parser hands the request stream to the route as is.
 */
export function registerFileRoutes(app: FastifyInstance, context: RouteContext): void {
  const { db, filesDir, now, auth, limits } = context;
  app.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));
  const route = `${platformRoutes.files}/:sha256`;

  app.put(route, { onRequest: auth }, async (request, reply) => {
    const sha256 = shaParam(request.params);
    if (sha256 === null) return sendError(reply, 400, 'BAD_REQUEST', '文件名应为 64 位小写十六进制 SHA-256');
    // Refused before reading when the length is declared; a chunked upload is cut off at the limit instead.
    if (Number(request.headers['content-length'] ?? 0) > FILE_SIZE_LIMIT)
      return sendError(reply, 413, 'FILE_TOO_LARGE');
    // Only the octet-stream parser hands over a stream; any other body type was parsed as something else.
    if (request.body !== undefined && !(request.body instanceof Readable))
      return sendError(reply, 415, 'UNSUPPORTED_MEDIA_TYPE', '文件应以 application/octet-stream 上传');
    // A device's files that nothing refers to yet are bounded (access/device-limits.ts): a stolen token must
    // not fill the disk. A file already here costs nothing and is always taken.
    const deviceId = deviceOf(request).id;
    if (!hasFile(db, sha256)) {
      const pending = unreferencedUploads(db, deviceId);
      // Undeclared length (chunked): counted as the largest file allowed.
      const declared = Number(request.headers['content-length'] ?? FILE_SIZE_LIMIT);
      if (pending.files >= limits.unreferencedFiles || pending.bytes + declared > limits.unreferencedBytes)
        return sendError(
          reply,
          413,
          'FILE_QUOTA_EXCEEDED',
          `上限 ${limits.unreferencedFiles} 个、${sizeText(limits.unreferencedBytes)}，现有 ${pending.files} 个、${sizeText(pending.bytes)}`,
        );
    }
    const body = request.body ?? Readable.from([]);
    const stored = await storeFile(filesDir, sha256, body);
    if (!stored.ok) return sendError(reply, stored.code === 'HASH_MISMATCH' ? 400 : 413, stored.code);
    const at = toBeijingIso(now());
    recordFile(db, sha256, stored.size, at);
    if (stored.created) recordUpload(db, deviceId, sha256, stored.size, at);
    return { sha256, size: stored.size, stored: stored.created ? 'new' : 'existing' };
  });

  app.head(route, { onRequest: auth }, async (request, reply) => {
    const sha256 = shaParam(request.params);
    if (sha256 === null) return sendError(reply, 400, 'BAD_REQUEST');
    return reply.code(hasFile(db, sha256) ? 200 : 404).send();
  });
}
