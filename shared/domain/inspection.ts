import { z } from 'zod';
import { InspectionDraw } from '../sampling/draw';
import { SEED_PATTERN } from '../sampling/prng';
import { InspectionRatios } from '../sampling/ratios';
import { isoDateTime } from './catalogue';
import { ExportFormat } from './export';
import { Sha256 } from './files';
import { SubjectKind } from './subject';

/**
 * 双随机、一公开: what the supervisor draws from. A region is a district code, or the city code (410400) for the
 * whole city; a matter is one of the matter catalogue. "By matter" selects the subjects holding a 行政许可 record
 * titled with the matter's name (the licence the matter grants, as the cache holds it), registered in the region
 * and still 存续 — the holders of that licence are the ones a licence inspection visits.
 */
export const InspectionScope = z.object({
  regionCode: z.string().regex(/^\d{6}$/, '请选择区划'),
  matterCode: z.string().trim().min(1, '请选择事项'),
});
export type InspectionScope = z.infer<typeof InspectionScope>;

export const InspectionSeed = z
  .string()
  .trim()
  .regex(SEED_PATTERN, '随机种子只能由英文字母、数字和符号组成，1–200 个，不含空格和汉字');

export const InspectionDrawRequest = InspectionScope.extend({
  /** Optional: the supervisor's own seed (e.g. drawn in public); otherwise the core makes one (crypto random). */
  seed: InspectionSeed.optional(),
  /** A ratio per grade code within that grade's range; grades not given use the range's max. */
  chosenRatios: z.record(z.string(), z.number().min(0).max(1)).default({}),
});
export type InspectionDrawRequest = z.output<typeof InspectionDrawRequest>;

/** A candidate subject as recorded with the draw (natural persons' numbers already masked). */
export const PoolSubject = z.object({
  id: z.string().min(1),
  name: z.string(),
  identifierMasked: z.string(),
  kind: SubjectKind,
  regionCode: z.string(),
  grade: z.string().nullable(),
  /** The roster inspectors who may inspect this subject (region and matter category), sorted by id. */
  inspectorIds: z.array(z.string()),
});
export type PoolSubject = z.infer<typeof PoolSubject>;

export const PoolInspector = z.object({
  id: z.string(),
  name: z.string(),
  badge: z.string(),
  department: z.string(),
});
export type PoolInspector = z.infer<typeof PoolInspector>;

export const PoolGrade = z.object({
  grade: z.string(),
  label: z.string(),
  population: z.number().int().nonnegative(),
  min: z.number(),
  max: z.number(),
  /** How many the table's default ratio (the range's max) draws. */
  expected: z.number().int().nonnegative(),
});
export type PoolGrade = z.infer<typeof PoolGrade>;

/** inspections:pool — the candidates by grade, before drawing. */
export const InspectionPool = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  matterCode: z.string(),
  matterName: z.string(),
  matterCategory: z.string(),
  grades: z.array(PoolGrade),
  subjects: z.array(PoolSubject),
  inspectors: z.array(PoolInspector),
  ratiosVersion: z.string(),
  ratiosConfirmed: z.boolean(),
  rosterVersion: z.string(),
  rosterDemo: z.boolean(),
  /** Where the rule tables came from: the platform's feed or the files shipped with the app. */
  ratiosSource: z.enum(['platform', 'bundled']),
  rosterSource: z.enum(['platform', 'bundled']),
  /** What stops a draw (too few inspectors for some subjects), in Chinese; empty when it can be drawn. */
  problems: z.array(z.string()),
});
export type InspectionPool = z.infer<typeof InspectionPool>;

/**
 * A draw as stored (append-only) and sent to the platform: everything needed to redo it — the seed, the pool,
 * the ratios table itself, the roster's inspectors — and its result.
 */
export const InspectionDrawRecord = z.object({
  id: z.string().min(1),
  /** 抽查编号, for the published list. */
  number: z.string().min(1),
  drawnAt: isoDateTime,
  actor: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  matterCode: z.string(),
  matterName: z.string(),
  matterCategory: z.string(),
  seed: z.string(),
  seedSource: z.enum(['generated', 'given']),
  ratios: InspectionRatios,
  rosterVersion: z.string(),
  rosterDemo: z.boolean(),
  chosenRatios: z.record(z.string(), z.number()),
  inspectorsPerSubject: z.number().int().positive(),
  /** Sorted by subject id. */
  pool: z.array(PoolSubject),
  /** sha256 of the canonical JSON of the sorted pool (see electron/core/inspections/pool-hash.ts). */
  poolHash: Sha256,
  /** The roster entries eligible for at least one subject, sorted by id, as they were at draw time. */
  inspectors: z.array(PoolInspector),
  result: InspectionDraw,
});
export type InspectionDrawRecord = z.infer<typeof InspectionDrawRecord>;

/** One row of the published list (一公开), natural persons masked. */
export const PublishedInspectionRow = z.object({
  order: z.number().int().positive(),
  subjectName: z.string(),
  identifier: z.string(),
  gradeLabel: z.string(),
  inspectors: z.array(PoolInspector),
});
export type PublishedInspectionRow = z.infer<typeof PublishedInspectionRow>;

/** The draw redone from its recorded seed and pool: it must give the stored result. */
export const InspectionReplay = z.object({
  reproduces: z.boolean(),
  poolHashMatches: z.boolean(),
  checkedAt: isoDateTime,
  message: z.string(),
});
export type InspectionReplay = z.infer<typeof InspectionReplay>;

export const InspectionDetail = z.object({
  draw: InspectionDrawRecord,
  rows: z.array(PublishedInspectionRow),
  /** sha256 of the printed list (shared/inspection/draw-list.ts drawListCanonical), printed on it. */
  listHash: Sha256,
  replay: InspectionReplay,
});
export type InspectionDetail = z.infer<typeof InspectionDetail>;

export const InspectionListItem = z.object({
  id: z.string(),
  number: z.string(),
  drawnAt: isoDateTime,
  actor: z.string(),
  regionName: z.string(),
  matterName: z.string(),
  seed: z.string(),
  poolSize: z.number().int(),
  picked: z.number().int(),
  ratiosVersion: z.string(),
});
export type InspectionListItem = z.infer<typeof InspectionListItem>;

export const InspectionListRequest = z.object({
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).default(0),
});
export const InspectionList = z.object({ total: z.number().int(), items: z.array(InspectionListItem) });
export type InspectionList = z.infer<typeof InspectionList>;

export const InspectionExportRequest = z.object({ id: z.string().min(1), format: ExportFormat });
