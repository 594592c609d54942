import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../node-shared/db/connection';
import { z } from 'zod';
import { FEED_PAGE_MAX, platformRoutes, SyncedTable } from '../../shared/platform-api/api';
import { deviceOf } from '../access/device-auth';
import { sendError, sendInvalid } from '../http/errors';
import { streamNdjson } from '../http/ndjson-stream';
import { feedPageLines, tableRowLines } from './feed.repo';
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

// A client waits this long before asking again when its device already has its streams open.
const STREAMS_RETRY_SECONDS = 5;

/**
 * changes (one page of the log) and tables/:table (every current row): both streamed NDJSON, each device with
 * at most limits.feedStreams open at once (429 with Retry-After beyond).
 */
export function registerFeedRoutes(app: FastifyInstance, context: RouteContext): void {
  const { readers, auth, streams, limits } = context;

  /** Streams `lines` from a reader of its own, holding one of the device's stream slots meanwhile. */
  const stream = async (
    request: FastifyRequest,
    reply: FastifyReply,
    lines: (reader: Db) => Generator<string, void, undefined>,
  ): Promise<FastifyReply | undefined> => {
    const deviceId = deviceOf(request).id;
    if (!streams.take(deviceId)) {
      reply.header('retry-after', String(STREAMS_RETRY_SECONDS));
      return sendError(reply, 429, 'STREAMS_EXCEEDED', `每台设备最多 ${limits.feedStreams} 个`);
    }
    let reader: Db;
    try {
      reader = readers.open();
    } catch (error) {
      streams.give(deviceId);
      throw error;
    }
    await streamNdjson(reply, lines(reader), () => {
      readers.release(reader);
      streams.give(deviceId);
    });
    return undefined;
  };

  app.get(platformRoutes.changes, { onRequest: auth }, async (request, reply) => {
    const query = ChangesQuery.safeParse(request.query);
    if (!query.success) return sendInvalid(reply, query.error);
    return stream(request, reply, (reader) => feedPageLines(reader, query.data.after, query.data.limit));
  });

  app.get(`${platformRoutes.tableRows}/:table`, { onRequest: auth }, async (request, reply) => {
    const table = SyncedTable.safeParse((request.params as { table?: unknown }).table);
    if (!table.success) return sendError(reply, 404, 'TABLE_UNKNOWN');
    return stream(request, reply, (reader) => tableRowLines(reader, table.data));
  });
}
