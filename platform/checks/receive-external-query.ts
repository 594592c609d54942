import type { Db } from '../../node-shared/db/connection';
import { hasFile } from '../files/files.repo';
import { hasCheck, insertExternalQuery, type EvidenceBase } from '../outbox/evidence.repo';
import { payloadSchemas } from '../outbox/payloads';
import type { RegisterOutcome } from '../reports/register';

/**
 * Files an external query a device attached to one of its checks ('check.external-query'), inside the
 * caller's transaction. Refused unless the device sent that check first (entries go up in order, so a missing
 * check means it belongs to another device or never existed) and every attachment was uploaded before it.
 */
export function receiveExternalQuery(db: Db, raw: unknown, base: EvidenceBase): RegisterOutcome {
  const parsed = payloadSchemas['check.external-query'].safeParse(raw);
  if (!parsed.success) return parsed.error;
  const query = parsed.data;
  if (!hasCheck(db, base.deviceId, query.checkId))
    return {
      status: 'rejected',
      code: 'CHECK_UNKNOWN',
      message: '外部查询结果所属的核查记录不在市平台（不是本机提交的核查），未接收',
    };
  const missing = query.attachments.filter((file) => !hasFile(db, file.sha256));
  if (missing.length > 0)
    return {
      status: 'rejected',
      code: 'ATTACHMENT_MISSING',
      message: `附件尚未上传到市平台：${missing.map((file) => file.name).join('、')}；请重新同步`,
    };
  const outcome = insertExternalQuery(db, { ...base, queryId: query.id, checkId: query.checkId });
  if (outcome === 'inserted') return { status: 'applied' };
  if (outcome === 'same') return { status: 'same' };
  return {
    status: 'rejected',
    code: 'EVIDENCE_CONFLICT',
    message: '该记录已以不同内容提交过，已入库的证据不可更改',
  };
}
