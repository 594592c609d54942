import { objectionMarksOf, type ObjectionMarks } from '../objections/marks';
import { failureFactsOf } from '../../../shared/check/bars';
import { evaluateCheck } from '../../../shared/check/verdict';
import type { Representative } from '../../../shared/check/related';
import { recordShown } from '../../../shared/repair/published';
import { recordIsBasis } from '../../../shared/records/basis';
import type { RecordRules } from '../../../shared/records/record-rules';
import { freshness } from '../../../shared/check/freshness';
import { gradeNotices } from '../../../shared/grades/current';
import type {
  CheckDetail,
  CheckList,
  CheckListRequest,
  CheckQuery,
  CheckResult,
  CheckRunRequest,
  IdentifierRefusal,
  CreditRecord,
  Settings,
  Subject,
  SubjectKind,
} from '../../../shared/domain';
import { maskIdentifier, parseIdentifier } from '../../../shared/identifiers';
import { err, ok, type Result } from '../../../shared/result';
import { toBeijingIso, beijingDay } from '../../../shared/time';
import { getMeta } from '../app/meta.repo';
import { appendAudit } from '../audit/audit.repo';
import { getMatter, readCatalogue } from '../catalogue/catalogue.repo';
import type { Db } from '../../../node-shared/db/connection';
import type { EventBus } from '../events';
import { barOverridden } from '../../../shared/commitment/route';
import { unrecordedFailures } from '../commitments/failures.repo';
import { routeOfSubject } from '../commitments/route';
import type { Rules } from '../rules/rules';
import { enqueue } from '../sync/outbox.repo';
import { nearMatches } from '../subjects/near-matches';
import { gradesOf } from '../subjects/grades.repo';
import { getSubjectById, getSubjectByIdentifier, listEntriesOf, recordsOf } from '../subjects/subjects.repo';
import {
  answeredHitKeys,
  approvalIdentifier,
  currentCheckOf,
  feedbackOf,
  getCheckRow,
  insertCheck,
  listChecks,
  supersedingCheck,
} from './check.repo';
import { externalQueriesOf, recordExternalQuery } from './external-query';
import { checkSheetOutput } from './sheet-output';
import { feedbackState, recordFeedback } from './feedback';
import { quoteInput } from '../../../shared/contract/request-messages';
import { checkNotFound } from './not-found';

export type CheckDeps = {
  db: Db;
  now: () => Date;
  newId: () => string;
  /** The rule tables in force: the check policy and the commitment route of every check. */
  rules: Rules;
  settings: () => Settings;
  /** Who acts: the signed-in user (auth/session.ts operatorLabel), recorded on the write and its audit entry. */
  operator: () => string;
  events: EventBus;
  /** Stored files (attachments of external queries): the first hash this client does not hold, else null. */
  files: { missing: (hashes: readonly string[]) => string | null };
  /** True while the city platform is not reachable: such checks are re-examined after the next pull. */
  offline: () => boolean;
};

/** Records shown as evidence: public (公示中) ones, newest first, capped so one snapshot stays small. */
const EVIDENCE_RECORDS = 50;

/**
 * The subject's records a check shows as evidence on `day`: those shown (published, or repaired with 标注) that
 * may act as a basis. A record the law takes out (a natural person's 简易程序 penalty: not reported to the
 * sharing platform, no basis for 联合惩戒 — 河南条例) is left out rather than shown apart: the window reads the
 * credit platform, which should not hold it, and evidence beside a verdict invites its use.
 */
const evidenceRecords = (
  records: readonly CreditRecord[],
  kind: SubjectKind,
  recordRules: RecordRules,
  day: string,
): CreditRecord[] =>
  records
    .filter((record) => recordShown(record, day) && recordIsBasis(recordRules, record, kind))
    .slice(0, EVIDENCE_RECORDS);

type Resolved = { subject: Subject | null; query: CheckQuery };

function resolveApplicant(deps: CheckDeps, request: CheckRunRequest, now: Date): Result<Resolved> {
  const { applicant } = request;
  if (applicant.by === 'subject') {
    const subject = getSubjectById(deps.db, applicant.subjectId);
    if (subject === null) return err('SUBJECT_NOT_FOUND', '本机数据中已没有所选主体，请重新查询');
    const query: CheckQuery = {
      by: 'subject',
      raw: subject.name,
      normalized: subject.identifier,
      kind: subject.identifierKind,
      warnings: [],
      overrideReason: null,
    };
    return ok({ subject, query });
  }
  const parsed = parseIdentifier(applicant.raw, now);
  if (!parsed.ok && (!parsed.overridable || applicant.override === undefined)) {
    // Before any override, and with every refusal: the cached subjects the clerk may have meant (是否为：…).
    const details: IdentifierRefusal = {
      code: parsed.code,
      kind: parsed.kind,
      overridable: parsed.overridable,
      nearMatches: nearMatches(deps.db, parsed.value, parsed.kind),
    };
    return parsed.overridable
      ? err('OVERRIDE_REASON_REQUIRED', parsed.message, details)
      : err('IDENTIFIER_INVALID', parsed.message, details);
  }
  const query: CheckQuery = {
    by: 'identifier',
    raw: applicant.raw,
    normalized: parsed.value,
    kind: parsed.kind === 'unknown' ? null : parsed.kind,
    warnings: parsed.ok ? parsed.warnings : [],
    // A code that passes its checks needs no override; a reason sent with it is not recorded as one.
    overrideReason: parsed.ok ? null : (applicant.override?.reason ?? null),
  };
  return ok({ subject: getSubjectByIdentifier(deps.db, parsed.value), query });
}

/** The applicant's legal representative as a natural-person subject of the cache, matched by ID number. */
function representativeOf(db: Db, subject: Subject | null): Representative | null {
  const id = subject?.legalRepresentativeId ?? null;
  if (subject === null || id === null || subject.kind === 'natural-person') return null;
  const person = getSubjectByIdentifier(db, id);
  return person === null ? null : { subject: person, entries: listEntriesOf(db, person.id) };
}

/** Records under an open objection carry the mark 异议处理中 (shown, the record still counts). */
const markRecords = (records: CreditRecord[], marks: ObjectionMarks | null): CreditRecord[] =>
  marks === null || marks.records.size === 0
    ? records
    : records.map((record) => {
        const mark = marks.records.get(record.id);
        return mark === undefined ? record : { ...record, objection: mark };
      });

export function createCheckService(deps: CheckDeps) {
  const { db } = deps;

  const run = (request: CheckRunRequest): Result<CheckResult> => {
    const now = deps.now();
    // Read before the registry: a page applied meanwhile by the sync worker then counts as unseen.
    const cursor = Number(getMeta(db, 'sync_cursor') ?? 0);
    const matter = getMatter(db, request.context.matterCode);
    if (matter === null)
      return err('MATTER_UNKNOWN', `事项代码${quoteInput(request.context.matterCode)}不在事项目录中`);
    const resolved = resolveApplicant(deps, request, now);
    if (!resolved.ok) return resolved;
    const { subject, query } = resolved.value;
    const settings = deps.settings();
    // cache_as_of is the platform's time: compare it with the platform's clock, not a drifting PC's.
    const serverNow = new Date(now.getTime() + Number(getMeta(db, 'server_offset_ms') ?? 0));
    const fresh = freshness(getMeta(db, 'cache_as_of'), serverNow, settings.staleAfterHours);
    const catalogue = readCatalogue(db);
    const rules = deps.rules.current();
    const day = beijingDay(now);
    const allRecords = subject === null ? [] : recordsOf(db, subject.id);
    const pending = subject === null ? [] : unrecordedFailures(db, subject.id, rules.commitment);
    const marks = subject === null ? null : objectionMarksOf(db, subject.id);
    const evaluation = evaluateCheck({
      subject,
      entries: subject === null ? [] : listEntriesOf(db, subject.id),
      failures: failureFactsOf([...allRecords, ...pending], day),
      representative: representativeOf(db, subject),
      listTypes: catalogue.listTypes,
      measures: catalogue.measures,
      matter,
      day,
      freshness: fresh,
      policy: rules.checkPolicy,
      overridden: query.overrideReason !== null,
      ...(marks === null ? {} : { objections: marks.entries }),
      objectionSuspends: rules.objectionPolicy.suspendsPunishment.value,
    });
    const route = routeOfSubject(db, subject, rules.commitment, day, rules.recordRules);
    // The route is shown beside the verdict (its own block in the result), never changing it: barring applies
    // to the 告知承诺 route only. An overridden code never opens it (issue 10, rule 6).
    const commitmentRoute = query.overrideReason === null ? route : barOverridden(route, rules.commitment);
    const records = markRecords(
      subject === null ? [] : evidenceRecords(allRecords, subject.kind, rules.recordRules, day),
      marks,
    );
    const offline = deps.offline();
    const base: CheckResult = {
      checkId: deps.newId(),
      checkedAt: toBeijingIso(now),
      operator: deps.operator(),
      context: { caseNumber: request.context.caseNumber, matter, note: request.context.note ?? null },
      query,
      found: subject !== null,
      subject,
      tags: evaluation.tags,
      grade: null,
      // Notices beside the verdict (evaluateCheck never sees them): each scheme's result kept apart.
      grades: subject === null ? [] : gradeNotices(rules.gradePolicy, gradesOf(db, subject.id), day),
      hits: evaluation.hits,
      records,
      verdict: evaluation.verdict,
      freshness: fresh,
      commitmentRoute,
      externalQuery: evaluation.externalQuery,
      related: evaluation.related,
      recheckOf: null,
      offline,
      acceptingUnit: { name: settings.department, code: settings.departmentCode },
      // Not found: the cached subjects the code may have been meant as, frozen with the evidence.
      ...(subject === null
        ? { nearMatches: nearMatches(db, query.normalized, query.kind ?? 'unknown') }
        : {}),
    };
    const masked = maskIdentifier(
      subject?.identifier ?? query.normalized,
      subject?.identifierKind ?? query.kind,
    );
    const result = db.transaction((): CheckResult => {
      // One approval, one check: scanning the same applicant again for the same 办件编号 and 事项 re-examines the
      // current check of that approval; its answered hits carry over, and it no longer counts on its own.
      const approval = {
        caseNumber: base.context.caseNumber,
        matterCode: matter.code,
        identifier: approvalIdentifier(base),
      };
      const previous = currentCheckOf(db, approval);
      const answered = previous === null ? new Set<string>() : answeredHitKeys(db, approval);
      const result: CheckResult =
        previous === null
          ? base
          : {
              ...base,
              recheckOf: {
                checkId: previous.id,
                checkedAt: previous.checkedAt,
                carriedHitKeys: base.hits
                  .filter((hit) => hit.actionable && answered.has(hit.key))
                  .map((hit) => hit.key),
              },
            };
      insertCheck(db, result, masked, feedbackState(result, []).required, {
        offline,
        cursor,
      });
      enqueue(db, 'check.recorded', result, result.checkedAt);
      appendAudit(db, {
        at: result.checkedAt,
        actor: result.operator,
        action: 'check.run',
        targetType: 'check',
        targetId: result.checkId,
        caseNumber: result.context.caseNumber,
        purpose: `${matter.code} ${matter.name}`,
        detail: {
          identifier: masked,
          found: result.found,
          verdict: result.verdict.code,
          overrideReason: query.overrideReason,
          stale: fresh.stale,
          recheckOf: result.recheckOf?.checkId ?? null,
        },
      });
      return result;
    })();
    deps.events.emit({ type: 'check-recorded', checkId: result.checkId });
    return ok(result);
  };

  const get = (checkId: string): Result<CheckDetail> => {
    const row = getCheckRow(db, checkId);
    if (row === null) return checkNotFound();
    // The row's flag is the record for snapshots taken before the evidence carried it.
    const result = { offline: row.offline === 1, ...(JSON.parse(row.evidence) as CheckResult) };
    const feedback = feedbackOf(db, checkId);
    const externalQueries = externalQueriesOf(db, checkId);
    const supersededBy = supersedingCheck(db, checkId);
    return ok({
      result,
      feedback,
      feedbackState: feedbackState(result, feedback, supersededBy !== null),
      externalQueries,
      standing: {
        supersededBy,
        externalQueryOpen:
          supersededBy === null && result.externalQuery?.required === true && externalQueries.length === 0,
      },
    });
  };

  const list = (filter: CheckListRequest & { limit: number; offset: number }): Result<CheckList> =>
    ok(listChecks(db, filter));

  return {
    run,
    get,
    list,
    sheet: checkSheetOutput(deps),
    feedback: recordFeedback(deps, get),
    externalQuery: recordExternalQuery(deps, get),
  };
}

export type CheckService = ReturnType<typeof createCheckService>;
