import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { FEED_PAGE_MAX, platformRoutes, SyncedTable } from '../../shared/platform-api/api';
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

/** changes (one page of the log) and tables/:table (every current row): both streamed NDJSON. */
export function registerFeedRoutes(app: FastifyInstance, context: RouteContext): void {
  const { readers, auth } = context;

  app.get(platformRoutes.changes, { onRequest: auth }, async (request, reply) => {
    const query = ChangesQuery.safeParse(request.query);
    if (!query.success) return sendInvalid(reply, query.error);
    const reader = readers.open();
    await streamNdjson(reply, feedPageLines(reader, query.data.after, query.data.limit), () =>
      readers.release(reader),
    );
  });

  app.get(`${platformRoutes.tableRows}/:table`, { onRequest: auth }, async (request, reply) => {
    const table = SyncedTable.safeParse((request.params as { table?: unknown }).table);
    if (!table.success) return sendError(reply, 404, 'TABLE_UNKNOWN');
    const reader = readers.open();
    await streamNdjson(reply, tableRowLines(reader, table.data), () => readers.release(reader));
  });
}
