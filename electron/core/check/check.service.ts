import { evaluateCheck } from '../../../shared/check/verdict';
import { recordShown } from '../../../shared/repair/published';
import { recordIsBasis } from '../../../shared/records/basis';
import type { RecordRules } from '../../../shared/records/record-rules';
import { freshness } from '../../../shared/check/freshness';
import type { CheckPolicy } from '../../../shared/check/policy';
import type {
  CheckDetail,
  CheckList,
  CheckListRequest,
  CheckQuery,
  CheckResult,
  CheckRunRequest,
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
import type { Db } from '../db/connection';
import type { EventBus } from '../events';
import { routeOfSubject } from '../commitments/route';
import type { Rules } from '../rules/rules';
import { enqueue } from '../sync/outbox.repo';
import { getSubjectById, getSubjectByIdentifier, listEntriesOf, recordsOf } from '../subjects/subjects.repo';
import { feedbackOf, getCheckRow, insertCheck, listChecks } from './check.repo';
import { feedbackState, recordFeedback } from './feedback';

export type CheckDeps = {
  db: Db;
  now: () => Date;
  newId: () => string;
  policy: CheckPolicy;
  /** The rule tables in force (the commitment route of every check). */
  rules: Rules;
  settings: () => Settings;
  /** Who acts: the signed-in user (auth/session.ts operatorLabel), recorded on the write and its audit entry. */
  operator: () => string;
  events: EventBus;
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
    if (subject === null) return err('SUBJECT_NOT_FOUND', '所选主体已不在本地缓存中，请重新查询');
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
  if (!parsed.ok && !parsed.overridable) {
    return err('IDENTIFIER_INVALID', parsed.message, { code: parsed.code, kind: parsed.kind });
  }
  if (!parsed.ok && applicant.override === undefined) {
    return err('OVERRIDE_REASON_REQUIRED', parsed.message, { code: parsed.code, kind: parsed.kind });
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

export function createCheckService(deps: CheckDeps) {
  const { db } = deps;

  const run = (request: CheckRunRequest): Result<CheckResult> => {
    const now = deps.now();
    // Read before the registry: a page applied meanwhile by the sync worker then counts as unseen.
    const cursor = Number(getMeta(db, 'sync_cursor') ?? 0);
    const matter = getMatter(db, request.context.matterCode);
    if (matter === null)
      return err('MATTER_UNKNOWN', `事项代码“${request.context.matterCode}”不在事项目录中`);
    const resolved = resolveApplicant(deps, request, now);
    if (!resolved.ok) return resolved;
    const { subject, query } = resolved.value;
    const settings = deps.settings();
    // cache_as_of is the platform's time: compare it with the platform's clock, not a drifting PC's.
    const serverNow = new Date(now.getTime() + Number(getMeta(db, 'server_offset_ms') ?? 0));
    const fresh = freshness(getMeta(db, 'cache_as_of'), serverNow, settings.staleAfterHours);
    const catalogue = readCatalogue(db);
    const evaluation = evaluateCheck({
      subject,
      entries: subject === null ? [] : listEntriesOf(db, subject.id),
      listTypes: catalogue.listTypes,
      measures: catalogue.measures,
      matter,
      day: beijingDay(now),
      freshness: fresh,
      policy: deps.policy,
      overridden: query.overrideReason !== null,
    });
    const day = beijingDay(now);
    const rules = deps.rules.current();
    const commitmentRoute = routeOfSubject(db, subject, rules.commitment, day, rules.recordRules);
    // The route is shown beside the verdict (its own block in the result), never changing it: barring applies
    // to the 告知承诺 route only.
    const records =
      subject === null
        ? []
        : evidenceRecords(recordsOf(db, subject.id), subject.kind, rules.recordRules, day);
    const result: CheckResult = {
      checkId: deps.newId(),
      checkedAt: toBeijingIso(now),
      operator: deps.operator(),
      context: { caseNumber: request.context.caseNumber, matter, note: request.context.note ?? null },
      query,
      found: subject !== null,
      subject,
      tags: evaluation.tags,
      grade: subject?.grade ?? null,
      hits: evaluation.hits,
      records,
      verdict: evaluation.verdict,
      freshness: fresh,
      commitmentRoute,
    };
    const masked = maskIdentifier(
      subject?.identifier ?? query.normalized,
      subject?.identifierKind ?? query.kind,
    );
    db.transaction(() => {
      insertCheck(db, result, masked, feedbackState(result, []).required, {
        offline: deps.offline(),
        cursor,
      });
      enqueue(db, 'check.recorded', { ...result, offline: deps.offline() }, result.checkedAt);
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
        },
      });
    })();
    deps.events.emit({ type: 'check-recorded', checkId: result.checkId });
    return ok(result);
  };

  const get = (checkId: string): Result<CheckDetail> => {
    const row = getCheckRow(db, checkId);
    if (row === null) return err('CHECK_NOT_FOUND', '未找到该核查记录');
    const result = JSON.parse(row.evidence) as CheckResult;
    const feedback = feedbackOf(db, checkId);
    return ok({ result, feedback, feedbackState: feedbackState(result, feedback) });
  };

  const list = (filter: CheckListRequest & { limit: number; offset: number }): Result<CheckList> =>
    ok(listChecks(db, filter));

  return { run, get, list, feedback: recordFeedback(deps, get) };
}

export type CheckService = ReturnType<typeof createCheckService>;
