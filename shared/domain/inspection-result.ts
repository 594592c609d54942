import { z } from 'zod';
import { isoDate, recordDay } from '../calendar/day';
import { InspectionOutcome } from '../inspection/outcomes';
import { resultIssues } from '../inspection/result-rules';
import { isoDateTime } from './catalogue';
import { ExportFormat } from './export';
import { freeText } from './free-text';

// 双随机、一公开, after the draw: each drawn subject's 检查结果, recorded as evidence (append-only; a correction is a
// new entry), and the results list published from them (抽查结果公示).

const Id = z.string().trim().min(1).max(200);

export const resultTextLimits = { handling: 1000, reason: 500 } as const;

const handlingText = freeText({
  max: resultTextLimits.handling,
  tooLong: `处理情况不能超过 ${resultTextLimits.handling} 字`,
  multiline: true,
});
const reasonText = (what: string) =>
  freeText({
    max: resultTextLimits.reason,
    tooLong: `${what}不能超过 ${resultTextLimits.reason} 字`,
    multiline: true,
  });

/** inspections:record-result — what the supervisor records for one drawn subject (the core adds the rest). */
export const InspectionResultRequest = z.object({
  drawId: Id,
  subjectId: Id,
  /** The entry this one corrects — the subject's current result, as the supervisor saw it; null the first time. */
  correctsId: Id.nullable().default(null),
  correctionReason: reasonText('更正理由').default(''),
  inspectedOn: recordDay,
  /** Who inspected: the drawn inspectors, or others eligible for the subject with a substitution reason. */
  inspectorIds: z.array(Id).min(1).max(10),
  substitutionReason: reasonText('更换检查人员的理由').default(''),
  /** A code of resources/rules/inspection-outcomes.json. */
  outcomeCode: z.string().trim().min(1, '请选择检查结果').max(40),
  handling: handlingText.default(''),
});
export type InspectionResultRequest = z.input<typeof InspectionResultRequest>;
export type ParsedInspectionResultRequest = z.output<typeof InspectionResultRequest>;

/** An inspector as the roster named them at draw time (bounded: the platform stores what it is sent). */
export const ResultInspector = z.object({
  id: z.string().min(1).max(64),
  name: freeText({ max: 50, tooLong: '检查人员姓名过长' }).min(1, '请填写检查人员姓名'),
  badge: freeText({ max: 50, tooLong: '执法证号过长' }),
  department: freeText({ max: 100, tooLong: '部门名称过长' }),
});
export type ResultInspector = z.infer<typeof ResultInspector>;

/**
 * One result as stored (append-only) and sent to the platform ('inspection.result-recorded'): self-contained
 * evidence — the inspectors as named then, the outcome with its label and whether a problem was found, the table
 * version it came from. `revision` counts the entries of this draw and subject from 1; a correction names the
 * entry it corrects and why.
 */
export const InspectionResultRecord = z
  .object({
    id: Id,
    drawId: Id,
    drawNumber: freeText({ max: 100, tooLong: '抽取编号过长' }).min(1, '缺少抽取编号'),
    subjectId: Id,
    revision: z.number().int().min(1).max(1000),
    correctsId: Id.nullable(),
    correctionReason: reasonText('更正理由').nullable(),
    inspectedOn: isoDate,
    inspectors: z.array(ResultInspector).min(1).max(10),
    substitutionReason: reasonText('更换检查人员的理由').nullable(),
    outcome: InspectionOutcome.pick({ code: true, label: true, problemFound: true }),
    outcomesVersion: z.string().min(1).max(40),
    outcomesConfirmed: z.boolean(),
    handling: handlingText.nullable(),
    recordedAt: isoDateTime,
    recordedBy: freeText({ max: 200, tooLong: '记录人姓名过长' }).min(1, '缺少记录人'),
  })
  .superRefine((record, ctx) => {
    const issues = resultIssues({
      revision: record.revision,
      correctsId: record.correctsId,
      correctionReason: record.correctionReason,
      problemFound: record.outcome.problemFound,
      handling: record.handling,
      inspectorIds: record.inspectors.map((inspector) => inspector.id),
    });
    for (const issue of issues) ctx.addIssue({ code: 'custom', message: issue.message, path: [issue.field] });
  });
export type InspectionResultRecord = z.infer<typeof InspectionResultRecord>;

/** One row of 抽查结果公示 (一公开): only subjects with a recorded result; natural persons masked. */
export const PublishedResultRow = z.object({
  order: z.number().int().positive(),
  subjectName: z.string(),
  /** 统一社会信用代码, or the masked 公民身份号码 of a natural person. */
  identifier: z.string(),
  inspectedOn: z.string(),
  outcome: z.string(),
  /** 处理情况 as published (citizen ID numbers in it masked); empty when none was recorded. */
  handling: z.string(),
  /** 检查部门: the departments of the inspectors who inspected. */
  department: z.string(),
});
export type PublishedResultRow = z.infer<typeof PublishedResultRow>;

const Inspector = z.object({ id: z.string(), name: z.string(), badge: z.string(), department: z.string() });

/** A drawn subject with its result (current = the latest entry) and the entries before it. */
export const InspectionResultSubject = z.object({
  order: z.number().int().positive(),
  subjectId: z.string(),
  subjectName: z.string(),
  identifier: z.string(),
  gradeLabel: z.string(),
  drawnInspectors: z.array(Inspector),
  /** Everyone the roster allowed for this subject at draw time: the choices of a substitution. */
  eligibleInspectors: z.array(Inspector),
  current: InspectionResultRecord.nullable(),
  /** Every entry, oldest first (the current one last). */
  history: z.array(InspectionResultRecord),
});
export type InspectionResultSubject = z.infer<typeof InspectionResultSubject>;

/** inspections:results — a draw's subjects with their results, and the results list to publish. */
export const InspectionResults = z.object({
  drawId: z.string(),
  number: z.string(),
  taskName: z.string(),
  regionName: z.string(),
  matterName: z.string(),
  drawnAt: isoDateTime,
  /** The earliest 检查日期 the form accepts (the draw's day) and the latest (today). */
  earliestDay: z.string(),
  today: z.string(),
  outcomes: z.array(InspectionOutcome),
  outcomesVersion: z.string(),
  outcomesConfirmed: z.boolean(),
  subjects: z.array(InspectionResultSubject),
  published: z.array(PublishedResultRow),
  recorded: z.number().int().nonnegative(),
  pending: z.number().int().nonnegative(),
});
export type InspectionResults = z.infer<typeof InspectionResults>;

export const InspectionResultsRequest = z.object({ drawId: Id });
export const InspectionResultsExportRequest = z.object({ drawId: Id, format: ExportFormat });
