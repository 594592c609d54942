import type {
  CheckDetail,
  CheckResult,
  ExternalQueryRecord,
  ExternalQueryRequest,
} from '../../../shared/domain';
import { externalQueryOutcomeLabels } from '../../../shared/domain/labels';
import { err, type Result } from '../../../shared/result';
import { toBeijingIso } from '../../../shared/time';
import { appendAudit } from '../audit/audit.repo';
import type { Db } from '../../../node-shared/db/connection';
import { enqueue } from '../sync/outbox.repo';
import { getCheckRow, supersedingCheck } from './check.repo';
import type { CheckDeps } from './check.service';
import { checkNotFound } from './not-found';

type Row = {
  id: string;
  check_id: string;
  channel: string;
  queried_at: string;
  outcome: ExternalQueryRecord['outcome'];
  summary: string;
  attachments: string;
  recorded_at: string;
  operator: string;
};

export function externalQueriesOf(db: Db, checkId: string): ExternalQueryRecord[] {
  const rows = db
    .prepare('SELECT * FROM check_external_queries WHERE check_id = ? ORDER BY recorded_at, rowid')
    .all(checkId) as Row[];
  return rows.map((row) => ({
    id: row.id,
    checkId: row.check_id,
    channel: row.channel,
    queriedAt: row.queried_at,
    outcome: row.outcome,
    summary: row.summary,
    attachments: JSON.parse(row.attachments) as ExternalQueryRecord['attachments'],
    recordedAt: row.recorded_at,
    operator: row.operator,
  }));
}

function insertExternalQuery(db: Db, record: ExternalQueryRecord): void {
  db.prepare(
    `INSERT INTO check_external_queries (id, check_id, channel, queried_at, outcome, summary, attachments,
       recorded_at, operator)
     VALUES (@id, @checkId, @channel, @queriedAt, @outcome, @summary, @attachments, @recordedAt, @operator)`,
  ).run({ ...record, attachments: JSON.stringify(record.attachments) });
}

// As for feedback: a PC clock a little ahead is tolerated, a query "made" tomorrow is a typing error.
const FUTURE_TOLERANCE_MS = 10 * 60_000;

/** Why this query cannot be attached to this check, or null. */
function refusal(deps: CheckDeps, result: CheckResult, request: ExternalQueryRequest): string | null {
  if (result.externalQuery == null) return '该核查已查到本市数据中的主体，无需外部查询';
  const channels = result.externalQuery.channels.map((channel) => channel.name);
  if (!channels.includes(request.channel)) return `查询渠道应为${channels.join('、')}之一`;
  const queriedAt = Date.parse(request.queriedAt);
  if (queriedAt > deps.now().getTime() + FUTURE_TOLERANCE_MS) return '查询时间不能晚于当前时间';
  if (queriedAt < Date.parse(result.checkedAt) - 24 * 3_600_000)
    return '查询时间不能早于本次核查前一日，请重新查询';
  const missing = deps.files.missing(request.attachments.map((file) => file.sha256));
  if (missing !== null) return '附件未保存在本机，请重新选择文件';
  return null;
}

/**
 * Attaches what an external query showed (信用中国, 信用河南 …) to a check whose subject the city's data does not
 * hold: append-only evidence written with its outbox entry (files uploaded first) and an audit entry in one
 * transaction. Once attached, the check's external query is no longer open.
 */
export function recordExternalQuery(deps: CheckDeps, get: (checkId: string) => Result<CheckDetail>) {
  return (request: ExternalQueryRequest): Result<CheckDetail> => {
    const row = getCheckRow(deps.db, request.checkId);
    if (row === null) return checkNotFound();
    if (supersedingCheck(deps.db, request.checkId) !== null)
      return err('CHECK_SUPERSEDED', '本办件已重新核查，请在最新的核查记录中留存查询结果');
    const result = JSON.parse(row.evidence) as CheckResult;
    const problem = refusal(deps, result, request);
    if (problem !== null) return err('EXTERNAL_QUERY_INVALID', problem);
    const record: ExternalQueryRecord = {
      ...request,
      id: deps.newId(),
      recordedAt: toBeijingIso(deps.now()),
      operator: deps.operator(),
    };
    deps.db.transaction(() => {
      insertExternalQuery(deps.db, record);
      enqueue(deps.db, 'check.external-query', record, record.recordedAt);
      appendAudit(deps.db, {
        at: record.recordedAt,
        actor: record.operator,
        action: 'check.external-query',
        targetType: 'check',
        targetId: record.checkId,
        caseNumber: result.context.caseNumber,
        purpose: `${result.context.matter.code} ${result.context.matter.name}`,
        detail: {
          channel: record.channel,
          queryOutcome: externalQueryOutcomeLabels[record.outcome],
          attachments: record.attachments.length,
        },
      });
    })();
    return get(request.checkId);
  };
}
