import { externalAnswerOutcome, externalAnswerSummary } from '../../../shared/check/external-answer';
import type { CheckDetail } from '../../../shared/domain';
import type { ExternalQueryReply, ExternalSite } from '../../../shared/platform-api/external-query';
import { err, type Result } from '../../../shared/result';
import { getMeta } from '../app/meta.repo';
import type { Db } from '../../../node-shared/db/connection';
import type { FilesService } from '../files/files.service';
import { createPlatformClient, PlatformRequestError, type PlatformClient } from '../sync/platform-client';
import { readPlatformTarget } from '../sync/platform-target';
import type { CheckService } from './check.service';

/**
 * How long the window waits for the platform's answer: longer than the platform's own bound on the site
 * (EXTERNAL_QUERY_DEFAULTS.timeoutMs, 10 s), so the platform's timeout message is the one the clerk reads.
 */
export const ONLINE_QUERY_TIMEOUT_MS = 20_000;

const MANUAL = '可在下方“手工录入”中留存网站的查询结果';

export type OnlineQueryDeps = {
  db: Db;
  checks: CheckService;
  files: FilesService;
  /** The enrolled platform's client (device token), or null when this PC is not enrolled. */
  platform?: () => PlatformClient | null;
};

const enrolledPlatform = (db: Db): PlatformClient | null => {
  const target = readPlatformTarget(db);
  const token = getMeta(db, 'device_token');
  return target === null || token === null
    ? null
    : createPlatformClient({ target, token, timeoutMs: ONLINE_QUERY_TIMEOUT_MS });
};

const failure = (platformCode: string, message: string): Result<never> =>
  err('EXTERNAL_QUERY_FAILED', `${message.replace(/[。.]$/u, '')}。${MANUAL}`, { platformCode });

/**
 * The platform's refusal as the clerk reads it: its own words (a site's failure, a refused device …), or that the
 * platform could not be reached; then where to go on by hand.
 */
function failed(error: unknown): Result<never> {
  if (error instanceof PlatformRequestError) {
    const unreachable = error.retryable && !error.code.startsWith('EXTERNAL_');
    return failure(error.code, unreachable ? '无法连接市平台，未能在线查询' : error.message);
  }
  return failure('NETWORK', '在线查询失败');
}

/**
 * check:external-query-online. The check must wait for an external query in one of the platform's channels; the
 * platform asks the site; its answer becomes an external query record (the site's time, the outcome and a Chinese
 * summary from the answer) with the answer itself attached as JSON, written through check:external-query's path
 * (the record, its outbox entry and audit in one transaction; the file uploaded first at the next sync).
 */
export function queryExternalOnline(deps: OnlineQueryDeps) {
  const platform = deps.platform ?? (() => enrolledPlatform(deps.db));
  return async (request: { checkId: string; channel: ExternalSite }): Promise<Result<CheckDetail>> => {
    const detail = deps.checks.get(request.checkId);
    if (!detail.ok) return detail;
    const { result, standing } = detail.value;
    if (standing.supersededBy !== null)
      return err('CHECK_SUPERSEDED', '本办件已重新核查，请在最新的核查记录中查询');
    const duty = result.externalQuery;
    if (duty == null) return err('EXTERNAL_QUERY_INVALID', '该核查已查到本市数据中的主体，无需外部查询');
    if (!duty.channels.some((channel) => channel.name === request.channel))
      return err('EXTERNAL_QUERY_INVALID', `本事项的查询渠道中没有“${request.channel}”`);
    const identifier = result.subject?.identifier ?? result.query.normalized;
    const kind = result.subject?.identifierKind ?? result.query.kind;
    if (kind === null || kind === undefined)
      return err('EXTERNAL_QUERY_INVALID', `证件号码未通过校验，不能在线查询。${MANUAL}`);
    const client = platform();
    if (client === null)
      return err('PLATFORM_NOT_CONFIGURED', `本机尚未登记到市平台，不能在线查询。${MANUAL}`);
    let reply: ExternalQueryReply;
    try {
      reply = await client.externalQuery({
        channel: request.channel,
        subjectName: result.subject?.name ?? '',
        identifier: { kind, value: identifier },
        checkId: request.checkId,
      });
    } catch (error) {
      return failed(error);
    }
    const name = `${request.channel}查询结果（市平台查询编号${reply.queryId.slice(0, 8)}）.json`;
    const kept = deps.files.keepGenerated(Buffer.from(`${JSON.stringify(reply, null, 2)}\n`, 'utf8'), name);
    if (!kept.ok) return kept;
    return deps.checks.externalQuery({
      checkId: request.checkId,
      channel: request.channel,
      queriedAt: reply.answer.queriedAt,
      outcome: externalAnswerOutcome(reply),
      summary: externalAnswerSummary(reply),
      attachments: [{ ...kept.value, name, mime: 'application/json' }],
    });
  };
}
