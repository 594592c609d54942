import type { InspectionResultRecord } from '../../../shared/domain/inspection-result';
import type { Db } from '../../../node-shared/db/connection';

/** Stores one result entry; inside the caller's transaction (with its outbox row and audit entry). */
export function insertResult(db: Db, record: InspectionResultRecord): void {
  db.prepare(
    `INSERT INTO inspection_results
       (id, draw_id, subject_id, revision, corrects_id, inspected_on, outcome_code, recorded_at, recorded_by, record)
     VALUES (@id, @drawId, @subjectId, @revision, @correctsId, @inspectedOn, @outcomeCode, @recordedAt, @recordedBy,
       @record)`,
  ).run({
    id: record.id,
    drawId: record.drawId,
    subjectId: record.subjectId,
    revision: record.revision,
    correctsId: record.correctsId,
    inspectedOn: record.inspectedOn,
    outcomeCode: record.outcome.code,
    recordedAt: record.recordedAt,
    recordedBy: record.recordedBy,
    record: JSON.stringify(record),
  });
}

/** Every entry of a draw as stored JSON text, by subject then revision. */
export const resultTexts = (db: Db, drawId: string): string[] =>
  db
    .prepare('SELECT record FROM inspection_results WHERE draw_id = ? ORDER BY subject_id, revision')
    .pluck()
    .all(drawId) as string[];

/** The current (highest-revision) entry of one subject of a draw: its id and revision, or null. */
export const latestResult = (
  db: Db,
  drawId: string,
  subjectId: string,
): { id: string; revision: number } | null =>
  (db
    .prepare(
      `SELECT id, revision FROM inspection_results WHERE draw_id = ? AND subject_id = ?
       ORDER BY revision DESC LIMIT 1`,
    )
    .get(drawId, subjectId) as { id: string; revision: number } | undefined) ?? null;
