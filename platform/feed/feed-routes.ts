import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../node-shared/db/connection';
import { z } from 'zod';
import { FEED_PAGE_MAX, platformRoutes, SyncedTable } from '../../shared/platform-api/api';
import { deviceOf } from '../access/device-auth';
import { sendError, sendInvalid } from '../http/errors';
import { streamNdjson, type NdjsonLine } from '../http/ndjson-stream';
import { feedPageLines, pooledFeedPages, tableRowLines } from './feed.repo';
import type { RouteContext } from '../http/route-context';

export const FEED_PAGE_DEFAULT = 5_000;

/** A limit above the maximum is served as the maximum (the page says hasMore), not refused. */
const ChangesQuery = z.object({
  after: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce
    .number()
    .int()
    .positive()
    .default(FEED_PAGE_DEFAULT)
    .transform((limit) => Math.min(limit, FEED_PAGE_MAX)),
});

/** A stream's lines and what to release when it ends. */
type Opened = {
  lines: Generator<NdjsonLine, void, undefined> | AsyncGenerator<NdjsonLine, void, undefined>;
  release: () => void;
};

// A client waits this long before asking again when its device already has its streams open.
const STREAMS_RETRY_SECONDS = 5;

/**
 * changes (one page of the log) and tables/:table (every current row): both streamed NDJSON, each device with
 * at most limits.feedStreams open at once (429 with Retry-After beyond).
 */
export function registerFeedRoutes(app: FastifyInstance, context: RouteContext): void {
  const { readers, auth, streams, limits } = context;

  /** A reader of its own for `lines`, released when the stream ends. */
  const fromReader = (lines: (reader: Db) => Generator<NdjsonLine, void, undefined>) => (): Opened => {
    const reader = readers.open();
    return { lines: lines(reader), release: () => readers.release(reader) };
  };

  /** Streams what `open` opens, holding one of the device's stream slots meanwhile. */
  const stream = async (
    request: FastifyRequest,
    reply: FastifyReply,
    open: () => Opened,
  ): Promise<FastifyReply | undefined> => {
    const deviceId = deviceOf(request).id;
    if (!streams.take(deviceId)) {
      reply.header('retry-after', String(STREAMS_RETRY_SECONDS));
      return sendError(reply, 429, 'STREAMS_EXCEEDED', `每台设备最多 ${limits.feedStreams} 个`);
    }
    let opened: Opened;
    try {
      opened = open();
    } catch (error) {
      streams.give(deviceId);
      throw error;
    }
    await streamNdjson(reply, opened.lines, () => {
      opened.release();
      streams.give(deviceId);
    });
    return undefined;
  };

  // On PostgreSQL a page is read through the read pool, off the event loop (pooledFeedPages); on SQLite
  // through a reader, one snapshot.
  const pooledPages = readers.pool === null ? null : pooledFeedPages(readers.pool);
  app.get(platformRoutes.changes, { onRequest: auth }, async (request, reply) => {
    const query = ChangesQuery.safeParse(request.query);
    if (!query.success) return sendInvalid(reply, query.error);
    const { after, limit } = query.data;
    return stream(
      request,
      reply,
      pooledPages === null
        ? fromReader((reader) => feedPageLines(reader, after, limit))
        : () => ({ lines: pooledPages(after, limit), release: () => undefined }),
    );
  });

  app.get(`${platformRoutes.tableRows}/:table`, { onRequest: auth }, async (request, reply) => {
    const table = SyncedTable.safeParse((request.params as { table?: unknown }).table);
    if (!table.success) return sendError(reply, 404, 'TABLE_UNKNOWN');
    return stream(
      request,
      reply,
      fromReader((reader) => tableRowLines(reader, table.data)),
    );
  });
}
