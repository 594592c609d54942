import type { Db } from '../../node-shared/db/connection';
import type { Commitment } from '../../shared/domain/commitment';
import { commitmentFromRow } from '../../shared/platform-api/synced/commitments';
import type { PublicationEvent } from '../../shared/platform-api/commitment-publication';

// SQL of commitment publication: which commitments are published (公开类型 可向社会公开, not withdrawn) and the
// withdrawal events (table commitment_publication_events, migration 0019).

/** The commitment `c` is withdrawn now: its latest publication event is a withdrawal. */
const WITHDRAWN = `EXISTS (
  SELECT 1 FROM commitment_publication_events e
  WHERE e.commitment_id = c.id AND e.action = 'withdraw'
    AND e.id = (SELECT max(id) FROM commitment_publication_events WHERE commitment_id = c.id))`;

const PUBLISHED = `c.publicity = 'public' AND NOT ${WITHDRAWN}`;

/**
 * What a search matches: the 承诺编码 exactly, for anyone; a name (in part) or a 统一社会信用代码 (exactly) only for
 * those who are not natural persons. A natural person is never found by name or ID number, not even the full
 * one: the page must not confirm that a given person made a commitment.
 */
const MATCHES = `(c.code = @q OR (
  c.committer_kind <> 'natural-person' AND c.identifier_kind <> 'citizen-id'
  AND (lower(c.committer_name) LIKE lower(@like) ESCAPE '\\' OR c.committer_identifier = upper(@q))))`;

const likePattern = (q: string): string => `%${q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

export type PublishedPage = { total: number; commitments: Commitment[] };

/** One page of the published commitments, newest first; `q` empty: all of them. */
export function publishedCommitments(
  db: Db,
  q: string,
  page: { limit: number; offset: number },
): PublishedPage {
  const where = q === '' ? PUBLISHED : `${PUBLISHED} AND ${MATCHES}`;
  const params = { q, like: likePattern(q) };
  const total = db.prepare(`SELECT count(*) FROM commitments c WHERE ${where}`).pluck().get(params) as number;
  const rows = db
    .prepare(
      `SELECT c.* FROM commitments c WHERE ${where}
       ORDER BY c.made_on DESC, c.code DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, ...page }) as Record<string, unknown>[];
  return { total, commitments: rows.map(commitmentFromRow) };
}

/** Every published commitment for the export, oldest first; `since`: only those changed on or after that day. */
export function publishedForExport(db: Db, since: string | null): Commitment[] {
  const rows = db
    .prepare(
      `SELECT c.* FROM commitments c WHERE ${PUBLISHED}
         AND substr(c.updated_at, 1, 10) >= coalesce(@since, '')
       ORDER BY c.made_on, c.code`,
    )
    .all({ since }) as Record<string, unknown>[];
  return rows.map(commitmentFromRow);
}

export type CommitmentPublicationState = { id: string; code: string; publicity: string; withdrawn: boolean };

/** The commitment by id or 承诺编码, with whether it is withdrawn now; null: none. */
export function publicationState(db: Db, idOrCode: string): CommitmentPublicationState | null {
  const row = db
    .prepare(
      `SELECT c.id, c.code, c.publicity, CASE WHEN ${WITHDRAWN} THEN 1 ELSE 0 END AS withdrawn FROM commitments c
       WHERE c.id = @key OR c.code = @key LIMIT 1`,
    )
    .get({ key: idOrCode }) as { id: string; code: string; publicity: string; withdrawn: number } | undefined;
  return row === undefined ? null : { ...row, withdrawn: row.withdrawn === 1 };
}

type EventRow = {
  commitmentId: string;
  action: 'withdraw' | 'republish';
  reason: string;
  actor: string;
  at: string;
};

export function insertPublicationEvent(db: Db, event: PublicationEvent): void {
  db.prepare(
    `INSERT INTO commitment_publication_events (commitment_id, action, reason, actor, at)
     VALUES (@commitmentId, @action, @reason, @actor, @at)`,
  ).run(event);
}

/** The commitments withdrawn now, each with its latest withdrawal, newest first. */
export function withdrawnCommitments(db: Db): (PublicationEvent & { code: string })[] {
  return db
    .prepare(
      `SELECT e.commitment_id AS "commitmentId", e.action, e.reason, e.actor, e.at, c.code
       FROM commitment_publication_events e JOIN commitments c ON c.id = e.commitment_id
       WHERE e.action = 'withdraw'
         AND e.id = (SELECT max(id) FROM commitment_publication_events WHERE commitment_id = e.commitment_id)
       ORDER BY e.id DESC`,
    )
    .all() as (EventRow & { code: string })[];
}
