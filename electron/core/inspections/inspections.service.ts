import { randomBytes } from 'node:crypto';
import type { ExportFile, ExportFormat } from '../../../shared/domain/export';
import {
  InspectionDrawRecord,
  type InspectionDetail,
  type InspectionDrawRequest,
  type InspectionList,
  type InspectionPool,
  type InspectionScope,
} from '../../../shared/domain/inspection';
import { err, ok, type Result } from '../../../shared/result';
import { drawInspection } from '../../../shared/sampling/draw';
import { beijingDay, toBeijingIso } from '../../../shared/time';
import { appendAudit } from '../audit/audit.repo';
import type { Db } from '../../../node-shared/db/connection';
import type { Rules } from '../rules/rules';
import { enqueue } from '../sync/outbox.repo';
import { readDraw } from './draw-record';
import { countDraws, drawTexts, insertDraw } from './inspections.repo';
import { drawListHash, poolHash } from '../../../node-shared/inspections/pool-hash';
import { replayDraw } from '../../../node-shared/inspections/replay';
import { buildPool, INSPECTORS_PER_SUBJECT } from './pool';
import { exportPublishedList, publishedRows } from './published-list';
import { inspectionMessages } from './texts';

export type InspectionDeps = {
  db: Db;
  now: () => Date;
  newId: () => string;
  rules: Rules;
  /** Who acts: the signed-in supervisor, recorded on the draw and its audit entry. */
  operator: () => string;
  /** A fresh seed when the supervisor gives none (tests pass a fixed one). */
  newSeed?: () => string;
};

/** 16 characters of base64url from 12 random bytes (96 bits): printable ASCII, so a valid seed as it is. */
const secureSeed = (): string => randomBytes(12).toString('base64url');

/** 抽查编号: SJ + day + region + the first 8 characters of the id (unique in the table). */
const numberOf = (id: string, drawnAt: Date, regionCode: string): string =>
  `SJ${beijingDay(drawnAt).replaceAll('-', '')}-${regionCode}-${id.replaceAll('-', '').slice(0, 8).toUpperCase()}`;

/** 双随机、一公开: the pool, the draw (stored with its outbox row and audit entry), replay and the published list. */
export function createInspectionService(deps: InspectionDeps) {
  const { db } = deps;

  const detailOf = (record: InspectionDrawRecord): InspectionDetail => {
    const rows = publishedRows(record);
    return { draw: record, rows, listHash: drawListHash(rows), replay: replayDraw(record, deps.now()) };
  };

  const read = (id: string): Result<InspectionDrawRecord> => readDraw(db, id);

  const pool = (scope: InspectionScope): Result<InspectionPool> =>
    buildPool(db, deps.rules.current(), scope, beijingDay(deps.now()));

  const draw = (request: InspectionDrawRequest): Result<InspectionDetail> => {
    const rules = deps.rules.current();
    const built = buildPool(db, rules, request, beijingDay(deps.now()));
    if (!built.ok) return built;
    const candidates = built.value;
    if (candidates.subjects.length === 0) return err('INSPECTION_INVALID', inspectionMessages.poolEmpty);
    if (candidates.problems.length > 0)
      return err('INSPECTION_INVALID', candidates.problems.join('；'), candidates.problems);
    const seed = request.seed ?? (deps.newSeed ?? secureSeed)();
    const drawn = drawInspection({
      seed,
      subjects: candidates.subjects.map(({ id, grade, inspectorIds }) => ({ id, grade, inspectorIds })),
      inspectors: candidates.inspectors.map(({ id }) => ({ id })),
      ratios: rules.inspectionRatios,
      inspectorsPerSubject: INSPECTORS_PER_SUBJECT,
      chosenRatios: request.chosenRatios,
    });
    if (!drawn.ok)
      return err(
        drawn.error.code === 'RULES_INVALID' ? 'RULES_INVALID' : 'INSPECTION_INVALID',
        drawn.error.message,
        drawn.error.details,
      );
    const at = deps.now();
    const id = deps.newId();
    const record: InspectionDrawRecord = {
      id,
      number: numberOf(id, at, candidates.regionCode),
      drawnAt: toBeijingIso(at),
      actor: deps.operator(),
      regionCode: candidates.regionCode,
      regionName: candidates.regionName,
      matterCode: candidates.matterCode,
      matterName: candidates.matterName,
      matterCategory: candidates.matterCategory,
      seed,
      seedSource: request.seed === undefined ? 'generated' : 'given',
      ratios: rules.inspectionRatios,
      rosterVersion: candidates.rosterVersion,
      rosterDemo: candidates.rosterDemo,
      chosenRatios: request.chosenRatios,
      inspectorsPerSubject: INSPECTORS_PER_SUBJECT,
      pool: candidates.subjects,
      poolHash: poolHash(candidates.subjects),
      inspectors: candidates.inspectors,
      result: drawn.value,
    };
    // The draw, its way to the platform and its audit entry stand or fall together.
    db.transaction(() => {
      insertDraw(db, record);
      enqueue(db, 'inspection.drawn', record, record.drawnAt);
      appendAudit(db, {
        at: record.drawnAt,
        actor: record.actor,
        action: 'inspection.draw',
        targetType: 'inspection',
        targetId: record.id,
        caseNumber: record.number,
        purpose: inspectionMessages.auditPurpose,
        detail: {
          regionCode: record.regionCode,
          matterCode: record.matterCode,
          seed: record.seed,
          seedSource: record.seedSource,
          poolHash: record.poolHash,
          poolSize: record.pool.length,
          picked: record.result.picked.map((pick) => pick.subjectId),
          ratiosVersion: record.ratios.version,
          rosterVersion: record.rosterVersion,
        },
      });
    })();
    return ok(detailOf(record));
  };

  const list = (request: { limit: number; offset: number }): Result<InspectionList> => {
    const items = drawTexts(db, request.limit, request.offset).flatMap((text) => {
      const parsed = InspectionDrawRecord.safeParse(JSON.parse(text));
      if (!parsed.success) return [];
      const record = parsed.data;
      return [
        {
          id: record.id,
          number: record.number,
          drawnAt: record.drawnAt,
          actor: record.actor,
          regionName: record.regionName,
          matterName: record.matterName,
          seed: record.seed,
          poolSize: record.pool.length,
          picked: record.result.picked.length,
          ratiosVersion: record.ratios.version,
        },
      ];
    });
    return ok({ total: countDraws(db), items });
  };

  const get = (id: string): Result<InspectionDetail> => {
    const record = read(id);
    return record.ok ? ok(detailOf(record.value)) : record;
  };

  /** The published list as a file; exporting personal data is itself recorded. */
  const exportList = async (id: string, format: ExportFormat): Promise<Result<ExportFile>> => {
    const record = read(id);
    if (!record.ok) return record;
    const file = await exportPublishedList(record.value, format);
    const at = toBeijingIso(deps.now());
    db.transaction(() =>
      appendAudit(db, {
        at,
        actor: deps.operator(),
        action: 'inspection.export',
        targetType: 'inspection',
        targetId: id,
        caseNumber: record.value.number,
        purpose: inspectionMessages.auditPurpose,
        detail: { format, rows: file.rows },
      }),
    )();
    return ok(file);
  };

  return { pool, draw, list, get, export: exportList };
}

export type InspectionService = ReturnType<typeof createInspectionService>;
