import type { FastifyInstance } from 'fastify';
import { InspectionDrawRecord } from '../../shared/domain/inspection';
import { InspectionResultRecord } from '../../shared/domain/inspection-result';
import { taskName } from '../../shared/inspection/draw-list';
import { publishedResultRows } from '../../shared/inspection/published-results';
import {
  CityInspectionResultsQuery,
  inspectionResultsRoute,
  type CityInspectionDraw,
  type CityInspectionResults,
} from '../../shared/platform-api/inspection';
import { sendInvalid } from '../http/errors';
import { REVIEWER_NEEDED, REVIEWER_ROLES, userAuth } from '../access/user-auth';
import { receivedDrawRows, resultPayloadsOf, type DrawRow } from './inspections.repo';
import type { RouteContext } from '../http/route-context';

const Published = InspectionDrawRecord.pick({
  number: true,
  drawnAt: true,
  regionName: true,
  matterName: true,
  pool: true,
  result: true,
});

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

/** One received draw as the city reads it; null for a draw whose record this platform cannot read. */
function cityDraw(db: RouteContext['db'], row: DrawRow): CityInspectionDraw | null {
  const draw = Published.safeParse(parseJson(row.payload));
  if (!draw.success) return null;
  const entries = resultPayloadsOf(db, row.deviceId, row.drawId).flatMap((text) => {
    const entry = InspectionResultRecord.safeParse(parseJson(text));
    return entry.success ? [entry.data] : [];
  });
  const rows = publishedResultRows(draw.data, entries);
  const picked = draw.data.result.picked.length;
  return {
    deviceId: row.deviceId,
    number: draw.data.number,
    taskName: taskName(draw.data),
    regionName: draw.data.regionName,
    matterName: draw.data.matterName,
    drawnAt: draw.data.drawnAt,
    picked,
    recorded: rows.length,
    pending: picked - rows.length,
    rows,
  };
}

/**
 * 一公开 for the city: GET inspections/results lists the received draws (newest first, or one by its 抽查编号) with
 * their 抽查结果公示 rows — the current result of each drawn subject recorded so far, natural persons masked — and
 * how many still await a result. The platform's reviewers (HTTP Basic, supervisor or admin), like repairs.
 */
export function registerInspectionRoutes(app: FastifyInstance, context: RouteContext): void {
  const { db } = context;
  const reviewer = userAuth(context.logins, REVIEWER_ROLES, REVIEWER_NEEDED);
  app.get(inspectionResultsRoute, { onRequest: reviewer }, async (request, reply) => {
    const query = CityInspectionResultsQuery.safeParse(request.query);
    if (!query.success) return sendInvalid(reply, query.error);
    const rows = receivedDrawRows(db, { number: query.data.number ?? null, limit: query.data.limit });
    const draws = rows.flatMap((row) => {
      const draw = cityDraw(db, row);
      return draw === null ? [] : [draw];
    });
    return { draws } satisfies CityInspectionResults;
  });
}
