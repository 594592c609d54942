import type { Db } from '../../node-shared/db/connection';
import type { ExternalAnswer, ExternalAsk } from '../../shared/platform-api/external-query';
import type { PlatformErrorCode } from '../http/errors';

export type QueryLogEntry = {
  id: string;
  deviceId: string;
  ask: ExternalAsk;
  askedAt: string;
  answeredAt: string;
  adapter: string;
  outcome: { answer: ExternalAnswer } | { errorCode: PlatformErrorCode };
};

/** Appends what was asked and what came back (or the failure's code): the platform's evidence of the query. */
export function logExternalQuery(db: Db, entry: QueryLogEntry): void {
  db.prepare(
    `INSERT INTO external_query_log (id, device_id, check_id, channel, identifier_kind, identifier_value,
       subject_name, asked_at, answered_at, adapter, error_code, answer)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    entry.id,
    entry.deviceId,
    entry.ask.checkId ?? null,
    entry.ask.channel,
    entry.ask.identifier.kind,
    entry.ask.identifier.value,
    entry.ask.subjectName,
    entry.askedAt,
    entry.answeredAt,
    entry.adapter,
    'errorCode' in entry.outcome ? entry.outcome.errorCode : null,
    'answer' in entry.outcome ? JSON.stringify(entry.outcome.answer) : null,
  );
}
