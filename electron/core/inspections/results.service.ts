import type { ExportFile, ExportFormat } from '../../../shared/domain/export';
import type { InspectionDrawRecord, PoolInspector } from '../../../shared/domain/inspection';
import {
  InspectionResultRecord,
  type InspectionResults,
  type ParsedInspectionResultRequest,
} from '../../../shared/domain/inspection-result';
import { dayOfBeijingIso, taskName } from '../../../shared/inspection/draw-list';
import { InspectionResultRecordedPayload } from '../../../shared/platform-api/inspection';
import type { InspectionOutcomes } from '../../../shared/inspection/outcomes';
import { publishedResultRows } from '../../../shared/inspection/published-results';
import {
  resultAgainstDraw,
  resultIssues,
  resultMessages,
  sameInspectors,
  type DrawFacts,
  type ResultField,
  type ResultIssue,
} from '../../../shared/inspection/result-rules';
import { err, ok, type Result } from '../../../shared/result';
import { beijingDay, toBeijingIso } from '../../../shared/time';
import { appendAudit } from '../audit/audit.repo';
import type { Db } from '../../../node-shared/db/connection';
import { enqueue } from '../sync/outbox.repo';
import { readDraw } from './draw-record';
import { publishedRows } from './published-list';
import { exportResultsList } from './results-export';
import { insertResult, latestResult, resultTexts } from './results.repo';
import { inspectionMessages } from './texts';

export type InspectionResultDeps = {
  db: Db;
  now: () => Date;
  newId: () => string;
  /** Who acts: the signed-in supervisor, recorded on the result and its audit entry. */
  operator: () => string;
  outcomes: InspectionOutcomes;
};

/** What a draw's results are checked against (shared/inspection/result-rules.ts). */
export const drawFacts = (draw: InspectionDrawRecord): DrawFacts => ({
  drawnOn: dayOfBeijingIso(draw.drawnAt),
  inspectorsPerSubject: draw.inspectorsPerSubject,
  picked: draw.result.picked,
  pool: draw.pool,
});

const resultFields: readonly ResultField[] = [
  'subjectId',
  'inspectedOn',
  'inspectorIds',
  'substitutionReason',
  'outcomeCode',
  'handling',
  'correctionReason',
];
const fieldOf = (key: PropertyKey | undefined): ResultField =>
  resultFields.find((field) => field === key) ?? (key === 'inspectors' ? 'inspectorIds' : 'outcomeCode');

const refused = (issues: readonly ResultIssue[]): Result<never> =>
  err('INSPECTION_RESULT_INVALID', issues.map((issue) => issue.message).join('；'), issues);

/** 双随机、一公开 after the draw: each drawn subject's 检查结果 (append-only, corrections as new entries) and 抽查结果公示. */
export function createInspectionResultService(deps: InspectionResultDeps) {
  const { db, outcomes } = deps;

  const entriesOf = (drawId: string): Result<InspectionResultRecord[]> => {
    const entries: InspectionResultRecord[] = [];
    for (const text of resultTexts(db, drawId)) {
      const parsed = InspectionResultRecord.safeParse(JSON.parse(text));
      if (!parsed.success) return err('INSPECTION_INVALID', inspectionMessages.recordBroken);
      entries.push(parsed.data);
    }
    return ok(entries);
  };

  const view = (draw: InspectionDrawRecord, entries: InspectionResultRecord[]): InspectionResults => {
    const rows = publishedRows(draw);
    const inspectors = new Map(draw.inspectors.map((inspector) => [inspector.id, inspector]));
    const pool = new Map(draw.pool.map((subject) => [subject.id, subject]));
    const named = (id: string): PoolInspector =>
      inspectors.get(id) ?? { id, name: id, badge: '', department: '' };
    const subjects = draw.result.picked.map((pick, index) => {
      const history = entries
        .filter((entry) => entry.subjectId === pick.subjectId)
        .sort((a, b) => a.revision - b.revision);
      const row = rows[index];
      return {
        order: index + 1,
        subjectId: pick.subjectId,
        subjectName: row?.subjectName ?? pick.subjectId,
        identifier: row?.identifier ?? '',
        gradeLabel: row?.gradeLabel ?? pick.grade,
        drawnInspectors: pick.inspectorIds.map(named),
        eligibleInspectors: (pool.get(pick.subjectId)?.inspectorIds ?? []).map(named),
        current: history.at(-1) ?? null,
        history,
      };
    });
    const published = publishedResultRows(draw, entries);
    return {
      drawId: draw.id,
      number: draw.number,
      taskName: taskName(draw),
      regionName: draw.regionName,
      matterName: draw.matterName,
      drawnAt: draw.drawnAt,
      earliestDay: dayOfBeijingIso(draw.drawnAt),
      today: beijingDay(deps.now()),
      outcomes: outcomes.outcomes,
      outcomesVersion: outcomes.version,
      outcomesConfirmed: outcomes.confirmed,
      subjects,
      published,
      recorded: published.length,
      pending: draw.result.picked.length - published.length,
    };
  };

  const load = (
    drawId: string,
  ): Result<{ draw: InspectionDrawRecord; entries: InspectionResultRecord[] }> => {
    const draw = readDraw(db, drawId);
    if (!draw.ok) return draw;
    const entries = entriesOf(drawId);
    return entries.ok ? ok({ draw: draw.value, entries: entries.value }) : entries;
  };

  const results = (drawId: string): Result<InspectionResults> => {
    const loaded = load(drawId);
    return loaded.ok ? ok(view(loaded.value.draw, loaded.value.entries)) : loaded;
  };

  /** The entry to store for a request, or why it cannot be: the shared rules, the table in force, today. */
  const build = (
    draw: InspectionDrawRecord,
    request: ParsedInspectionResultRequest,
    revision: number,
  ): Result<InspectionResultRecord> => {
    const outcome = outcomes.outcomes.find((candidate) => candidate.code === request.outcomeCode);
    if (outcome === undefined)
      return refused([
        { field: 'outcomeCode', message: inspectionMessages.outcomeUnknown(request.outcomeCode) },
      ]);
    const inspectors = new Map(draw.inspectors.map((inspector) => [inspector.id, inspector]));
    const nameOf = (id: string) => inspectors.get(id)?.name ?? id;
    const correction = request.correctsId !== null;
    const text = (value: string): string | null => (value === '' ? null : value);
    const pick = draw.result.picked.find((candidate) => candidate.subjectId === request.subjectId);
    const substituted = pick !== undefined && !sameInspectors(request.inspectorIds, pick.inspectorIds);
    const fields = {
      subjectId: request.subjectId,
      inspectorIds: request.inspectorIds,
      substitutionReason: substituted ? text(request.substitutionReason) : null,
      inspectedOn: request.inspectedOn,
    };
    const issues = [
      ...resultAgainstDraw(fields, drawFacts(draw), nameOf),
      ...resultIssues({
        revision,
        correctsId: request.correctsId,
        correctionReason: correction ? text(request.correctionReason) : null,
        problemFound: outcome.problemFound,
        handling: text(request.handling),
        inspectorIds: request.inspectorIds,
      }),
    ];
    if (request.inspectedOn > beijingDay(deps.now()))
      issues.push({ field: 'inspectedOn', message: resultMessages.inspectedInFuture });
    if (issues.length > 0) return refused(issues);
    const at = toBeijingIso(deps.now());
    // Parsed with the outbox payload's schema: what is stored is exactly what the platform will accept.
    const record = InspectionResultRecordedPayload.safeParse({
      id: deps.newId(),
      drawId: draw.id,
      drawNumber: draw.number,
      subjectId: request.subjectId,
      revision,
      correctsId: request.correctsId,
      correctionReason: correction ? text(request.correctionReason) : null,
      inspectedOn: request.inspectedOn,
      inspectors: request.inspectorIds.map((id) => inspectors.get(id)),
      substitutionReason: fields.substitutionReason,
      outcome: { code: outcome.code, label: outcome.label, problemFound: outcome.problemFound },
      outcomesVersion: outcomes.version,
      outcomesConfirmed: outcomes.confirmed,
      handling: text(request.handling),
      recordedAt: at,
      recordedBy: deps.operator(),
    });
    // The request passed the same field schemas; what is left is a rule the checks above already apply.
    if (!record.success)
      return refused(
        record.error.issues.map((issue) => ({ field: fieldOf(issue.path[0]), message: issue.message })),
      );
    return ok(record.data);
  };

  /** Records (or corrects) one subject's result with its outbox row and audit entry, in one transaction. */
  const record = (request: ParsedInspectionResultRequest): Result<InspectionResults> => {
    const draw = readDraw(db, request.drawId);
    if (!draw.ok) return draw;
    const stored = db.transaction((): Result<InspectionResultRecord> => {
      const latest = latestResult(db, request.drawId, request.subjectId);
      if (request.correctsId === null && latest !== null)
        return err('INSPECTION_RESULT_STALE', inspectionMessages.alreadyRecorded);
      if (request.correctsId !== null && latest?.id !== request.correctsId)
        return err(
          'INSPECTION_RESULT_STALE',
          latest === null ? inspectionMessages.correctsOther : inspectionMessages.staleCorrection,
        );
      const built = build(draw.value, request, (latest?.revision ?? 0) + 1);
      if (!built.ok) return built;
      const entry = built.value;
      insertResult(db, entry);
      enqueue(db, 'inspection.result-recorded', entry, entry.recordedAt);
      appendAudit(db, {
        at: entry.recordedAt,
        actor: entry.recordedBy,
        action: entry.revision > 1 ? 'inspection.result-correct' : 'inspection.result',
        targetType: 'inspection',
        targetId: draw.value.id,
        caseNumber: draw.value.number,
        purpose: inspectionMessages.resultPurpose,
        detail: {
          subjectId: entry.subjectId,
          revision: entry.revision,
          inspectedOn: entry.inspectedOn,
          outcome: entry.outcome.label,
          inspectors: entry.inspectors.map((inspector) => inspector.name).join('、'),
          substituted: entry.substitutionReason !== null,
          ...(entry.correctsId === null
            ? {}
            : { correctsId: entry.correctsId, reason: entry.correctionReason }),
        },
      });
      return ok(entry);
    })();
    if (!stored.ok) return stored;
    return results(request.drawId);
  };

  /** 抽查结果公示 as a file; exporting is itself recorded. */
  const exportResults = async (drawId: string, format: ExportFormat): Promise<Result<ExportFile>> => {
    const loaded = load(drawId);
    if (!loaded.ok) return loaded;
    const { draw, entries } = loaded.value;
    const file = await exportResultsList(draw, publishedResultRows(draw, entries), format);
    db.transaction(() =>
      appendAudit(db, {
        at: toBeijingIso(deps.now()),
        actor: deps.operator(),
        action: 'inspection.results-export',
        targetType: 'inspection',
        targetId: drawId,
        caseNumber: draw.number,
        purpose: inspectionMessages.resultPurpose,
        detail: { format, rows: file.rows },
      }),
    )();
    return ok(file);
  };

  return { results, record, export: exportResults };
}
export type InspectionResultService = ReturnType<typeof createInspectionResultService>;
