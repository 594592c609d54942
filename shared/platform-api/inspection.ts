import { z } from 'zod';
import { freeText } from '../domain/free-text';
import { isoDateTime } from '../domain/catalogue';
import { InspectionResultRecord, PublishedResultRow } from '../domain/inspection-result';
import { platformRoutes } from './api';

/**
 * 'inspection.result-recorded': one drawn subject's 检查结果 as the device stored it (the client parses its entry
 * with this schema before it enters the outbox; the platform parses it again and checks it against the draw the
 * same device sent).
 */
export const InspectionResultRecordedPayload = InspectionResultRecord;
export type InspectionResultRecordedPayload = z.infer<typeof InspectionResultRecordedPayload>;

/** GET inspections/results?number=&limit= — the platform's reviewers (HTTP Basic, supervisor or admin). */
export const inspectionResultsRoute = `${platformRoutes.inspections}/results`;

export const CityInspectionResultsQuery = z.object({
  /** One draw by its 抽查编号; every received draw (newest first) when absent. */
  number: freeText({ max: 100, tooLong: '编号过长' }).min(1, '请填写编号').optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** One received draw with its 抽查结果公示 rows (the current result of each subject recorded so far). */
export const CityInspectionDraw = z.object({
  deviceId: z.string(),
  number: z.string(),
  taskName: z.string(),
  regionName: z.string(),
  matterName: z.string(),
  drawnAt: isoDateTime,
  picked: z.number().int().nonnegative(),
  recorded: z.number().int().nonnegative(),
  pending: z.number().int().nonnegative(),
  rows: z.array(PublishedResultRow),
});
export type CityInspectionDraw = z.infer<typeof CityInspectionDraw>;

export const CityInspectionResults = z.object({ draws: z.array(CityInspectionDraw) });
export type CityInspectionResults = z.infer<typeof CityInspectionResults>;
