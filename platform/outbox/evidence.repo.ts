import type { Db } from '../../node-shared/db/connection';

/** Common to every piece of evidence a device pushes; payload is the entry's payload as received (JSON). */
export type EvidenceBase = {
  deviceId: string;
  mutationId: number;
  createdAt: string;
  receivedAt: string;
  payload: string;
};

/**
 * inserted: new evidence. same: this device already sent exactly this (e.g. again under a new mutation id after
 * a local reset). different: it sent other content under the same id, which append-only evidence cannot take.
 */
export type EvidenceOutcome = 'inserted' | 'same' | 'different';

function insertOnce(
  db: Db,
  insertSql: string,
  selectSql: string,
  params: Record<string, unknown>,
): EvidenceOutcome {
  if (db.prepare(insertSql).run(params).changes === 1) return 'inserted';
  const existing = db.prepare(selectSql).get(params) as { payload: string } | undefined;
  return existing?.payload === params.payload ? 'same' : 'different';
}

export const insertCheck = (
  db: Db,
  check: EvidenceBase & { checkId: string; checkedAt: string },
): EvidenceOutcome =>
  insertOnce(
    db,
    `INSERT INTO platform_checks (device_id, check_id, mutation_id, checked_at, created_at, received_at, payload)
     VALUES (@deviceId, @checkId, @mutationId, @checkedAt, @createdAt, @receivedAt, @payload)
     ON CONFLICT (device_id, check_id) DO NOTHING`,
    'SELECT payload FROM platform_checks WHERE device_id = @deviceId AND check_id = @checkId',
    check,
  );

export const insertFeedback = (
  db: Db,
  feedback: EvidenceBase & { feedbackId: string; checkId: string },
): EvidenceOutcome =>
  insertOnce(
    db,
    `INSERT INTO platform_feedback (device_id, feedback_id, check_id, mutation_id, created_at, received_at, payload)
     VALUES (@deviceId, @feedbackId, @checkId, @mutationId, @createdAt, @receivedAt, @payload)
     ON CONFLICT (device_id, feedback_id) DO NOTHING`,
    'SELECT payload FROM platform_feedback WHERE device_id = @deviceId AND feedback_id = @feedbackId',
    feedback,
  );

/** Audit entries are keyed by the mutation that carried them: a new mutation is always a new entry. */
export const insertAudit = (db: Db, entry: EvidenceBase & { at: string; action: string }): EvidenceOutcome =>
  insertOnce(
    db,
    `INSERT INTO platform_audit (device_id, mutation_id, at, action, created_at, received_at, payload)
     VALUES (@deviceId, @mutationId, @at, @action, @createdAt, @receivedAt, @payload)
     ON CONFLICT (device_id, mutation_id) DO NOTHING`,
    'SELECT payload FROM platform_audit WHERE device_id = @deviceId AND mutation_id = @mutationId',
    entry,
  );

/** An external query a device attached to one of its checks (the check must have arrived first). */
export const insertExternalQuery = (
  db: Db,
  query: EvidenceBase & { queryId: string; checkId: string },
): EvidenceOutcome =>
  insertOnce(
    db,
    `INSERT INTO platform_external_queries (device_id, query_id, check_id, mutation_id, created_at, received_at,
       payload)
     VALUES (@deviceId, @queryId, @checkId, @mutationId, @createdAt, @receivedAt, @payload)
     ON CONFLICT (device_id, query_id) DO NOTHING`,
    'SELECT payload FROM platform_external_queries WHERE device_id = @deviceId AND query_id = @queryId',
    query,
  );

export const hasCheck = (db: Db, deviceId: string, checkId: string): boolean =>
  db.prepare('SELECT 1 FROM platform_checks WHERE device_id = ? AND check_id = ?').get(deviceId, checkId) !==
  undefined;

/** A 双随机 draw, once per device and draw id; `reproduces` is the platform's replay of it on receipt. */
export const insertInspectionDraw = (
  db: Db,
  draw: EvidenceBase & {
    drawId: string;
    number: string;
    drawnAt: string;
    regionCode: string;
    matterCode: string;
    seed: string;
    poolHash: string;
    reproduces: 0 | 1 | null;
  },
): EvidenceOutcome =>
  insertOnce(
    db,
    `INSERT INTO platform_inspection_draws (device_id, draw_id, mutation_id, number, drawn_at, region_code,
       matter_code, seed, pool_hash, reproduces, created_at, received_at, payload)
     VALUES (@deviceId, @drawId, @mutationId, @number, @drawnAt, @regionCode, @matterCode, @seed, @poolHash,
       @reproduces, @createdAt, @receivedAt, @payload)
     ON CONFLICT (device_id, draw_id) DO NOTHING`,
    'SELECT payload FROM platform_inspection_draws WHERE device_id = @deviceId AND draw_id = @drawId',
    draw,
  );

/**
 * A 双随机 inspection result, once per device and result id. Any unique conflict (another result already holds this
 * draw, subject and revision) leaves the row out and reads as 'different': evidence is never replaced.
 */
export const insertInspectionResult = (
  db: Db,
  result: EvidenceBase & {
    resultId: string;
    drawId: string;
    subjectId: string;
    revision: number;
    inspectedOn: string;
    outcomeCode: string;
    problemFound: 0 | 1;
  },
): EvidenceOutcome =>
  insertOnce(
    db,
    `INSERT INTO platform_inspection_results (device_id, result_id, mutation_id, draw_id, subject_id, revision,
       inspected_on, outcome_code, problem_found, created_at, received_at, payload)
     VALUES (@deviceId, @resultId, @mutationId, @drawId, @subjectId, @revision, @inspectedOn, @outcomeCode,
       @problemFound, @createdAt, @receivedAt, @payload)
     ON CONFLICT DO NOTHING`,
    'SELECT payload FROM platform_inspection_results WHERE device_id = @deviceId AND result_id = @resultId',
    result,
  );

export type ReceivedDraw = {
  drawId: string;
  number: string;
  seed: string;
  poolHash: string;
  reproduces: 0 | 1 | null;
};

/** The draws a device has sent, oldest first (tests, and an operator's look at the city's draws). */
export const receivedDraws = (db: Db): ReceivedDraw[] =>
  db
    .prepare(
      `SELECT draw_id AS "drawId", number, seed, pool_hash AS "poolHash", reproduces
       FROM platform_inspection_draws ORDER BY drawn_at, draw_id`,
    )
    .all() as ReceivedDraw[];

export const countEvidence = (
  db: Db,
  table: 'platform_checks' | 'platform_feedback' | 'platform_audit',
): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
