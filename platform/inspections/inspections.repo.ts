import type { Db } from '../../node-shared/db/connection';

/** The payload of a draw this device sent, or null (never sent by it — another device's draw is null too). */
export const drawPayloadOf = (db: Db, deviceId: string, drawId: string): string | null =>
  (db
    .prepare('SELECT payload FROM platform_inspection_draws WHERE device_id = ? AND draw_id = ?')
    .pluck()
    .get(deviceId, drawId) as string | undefined) ?? null;

/** The result id holding one revision of a subject's result in a device's draw, or null. */
export const resultIdAt = (
  db: Db,
  key: { deviceId: string; drawId: string; subjectId: string; revision: number },
): string | null =>
  (db
    .prepare(
      `SELECT result_id FROM platform_inspection_results
       WHERE device_id = @deviceId AND draw_id = @drawId AND subject_id = @subjectId AND revision = @revision`,
    )
    .pluck()
    .get(key) as string | undefined) ?? null;

export type DrawRow = { deviceId: string; drawId: string; payload: string };

/** Received draws, newest first; one by its 抽查编号 when `number` is given. */
export const receivedDrawRows = (db: Db, filter: { number: string | null; limit: number }): DrawRow[] =>
  db
    .prepare(
      `SELECT device_id AS "deviceId", draw_id AS "drawId", payload FROM platform_inspection_draws
       WHERE number = coalesce(@number, number)
       ORDER BY drawn_at DESC, draw_id LIMIT @limit`,
    )
    .all(filter) as DrawRow[];

/** Every result entry of one device's draw, as received (JSON text). */
export const resultPayloadsOf = (db: Db, deviceId: string, drawId: string): string[] =>
  db
    .prepare(
      `SELECT payload FROM platform_inspection_results WHERE device_id = ? AND draw_id = ?
       ORDER BY subject_id, revision`,
    )
    .pluck()
    .all(deviceId, drawId) as string[];
