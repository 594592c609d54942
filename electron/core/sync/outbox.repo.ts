import { commitmentFailureRecordId } from '../../../shared/commitment/failure-record';
import { Commitment, type WorkflowConflict } from '../../../shared/domain/commitment';
import { PENDING_SHOWN, type PendingItem, type RejectedEntry } from '../../../shared/domain/sync';
import type { OutboxEntry, OutboxKind, PushResult } from '../../../shared/platform-api/api';
import { deleteMeta } from '../app/meta.repo';
import type { Db } from '../../../node-shared/db/connection';
import { statement } from '../../../node-shared/db/statements';

/**
 * Adds an entry to the outbox. Callers run it inside the transaction of the write it reports, so the write and
 * its way to the platform stand or fall together (a crash between them cannot lose one). `username`: who made
 * it — required by the platform for workflow entries, which are pushed with that user's token (push.ts).
 */
export function enqueue(
  db: Db,
  kind: OutboxKind,
  payload: unknown,
  createdAt: string,
  username: string | null = null,
): number {
  const info = statement(
    db,
    'INSERT INTO outbox (kind, payload, created_at, username) VALUES (?, ?, ?, ?)',
  ).run(kind, JSON.stringify(payload), createdAt, username);
  return Number(info.lastInsertRowid);
}

/** JSON text kept in the outbox (payload, a conflict's server version); text that is not JSON as it is. */
export const parseJson = (text: string | null): unknown => {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};

type OutboxRow = {
  mutation_id: number;
  kind: OutboxKind;
  payload: string;
  created_at: string;
  username: string | null;
};

/** A pending entry and who made it (null: evidence, or queued before makers were recorded). */
export type PendingEntry = { entry: OutboxEntry; madeBy: string | null };

/** The next pending entries in mutation order. */
export function pendingEntries(db: Db, limit: number): PendingEntry[] {
  const rows = db
    .prepare(
      `SELECT mutation_id, kind, payload, created_at, username FROM outbox
       WHERE state = 'pending' ORDER BY mutation_id LIMIT ?`,
    )
    .all(limit) as OutboxRow[];
  return rows.map((row) => ({
    entry: {
      mutationId: row.mutation_id,
      kind: row.kind,
      createdAt: row.created_at,
      payload: JSON.parse(row.payload) as unknown,
    },
    madeBy: row.username,
  }));
}

/** The workflow item an entry is about (its payload's id), or null for evidence (checks, feedback, audit). */
const itemOf = (kind: OutboxKind, payload: string): RejectedEntry['item'] => {
  const area = kind.startsWith('commitment.')
    ? 'commitments'
    : kind.startsWith('repair.')
      ? 'repairs'
      : kind.startsWith('objection.')
        ? 'objections'
        : null;
  if (area === null) return null;
  const id = (JSON.parse(payload) as { id?: unknown }).id;
  return typeof id === 'string' ? { area, id } : null;
};

/**
 * An edit of a workflow item the platform did not take. Its local effects must not outlive it:
 * - the provisional failure record of a refused verification goes, unless the platform's version (a conflict's
 *   answer) is verified into that very record (another window verified it broken first);
 * - the local row is at the refused edit's version, ahead of the platform's: the feed's rows take it back (the
 *   applier keeps a local row ahead of the feed only while an edit of it is pending), and so that it does not
 *   wait for the platform's row to change again, the checksums are compared at once (the same sync), which
 *   re-pulls the table. A refused creation has no platform row: the local one stays, shown with the refusal.
 */
function settleRefused(db: Db, mutationId: number, serverVersion: unknown): void {
  const entry = db
    .prepare('SELECT kind, state, payload FROM outbox WHERE mutation_id = ?')
    .get(mutationId) as { kind: OutboxKind; state: 'rejected' | 'conflict'; payload: string } | undefined;
  const item = entry === undefined ? null : itemOf(entry.kind, entry.payload);
  if (entry === undefined || item === null) return;
  if (entry.kind === 'commitment.verified') {
    const recordId = commitmentFailureRecordId(item.id);
    const platformRecord = entry.state === 'conflict' ? commitmentRecordIdOf(serverVersion) : null;
    if (platformRecord !== recordId) db.prepare('DELETE FROM credit_records WHERE id = ?').run(recordId);
  }
  if (entry.state === 'conflict' || !entry.kind.endsWith('.created')) deleteMeta(db, 'last_verified_at');
}

const commitmentRecordIdOf = (serverVersion: unknown): string | null => {
  const parsed = Commitment.pick({ recordId: true }).safeParse(serverVersion);
  return parsed.success ? parsed.data.recordId : null;
};

/** Records the platform's answer for each entry; all in one transaction. */
export function recordResults(db: Db, results: readonly PushResult[], at: string): void {
  const delivered = db.prepare(
    "UPDATE outbox SET state = 'delivered', delivered_at = ?, attempts = attempts + 1 WHERE mutation_id = ? AND state = 'pending'",
  );
  const failed = db.prepare(
    'UPDATE outbox SET state = ?, error_code = ?, error_message = ?, attempts = attempts + 1 WHERE mutation_id = ?',
  );
  db.transaction(() => {
    for (const result of results) {
      if (result.status === 'applied' || result.status === 'duplicate') {
        delivered.run(at, result.mutationId);
      } else if (result.status === 'rejected') {
        failed.run('rejected', result.code, result.message, result.mutationId);
        settleRefused(db, result.mutationId, null);
      } else {
        failed.run('conflict', 'CONFLICT', JSON.stringify(result.serverVersion ?? null), result.mutationId);
        settleRefused(db, result.mutationId, result.serverVersion);
      }
    }
  })();
}

export type OutboxCounts = { pending: number; delivered: number; rejected: number; conflict: number };

export function outboxCounts(db: Db): OutboxCounts {
  const rows = db.prepare('SELECT state, count(*) AS n FROM outbox GROUP BY state').all() as {
    state: keyof OutboxCounts;
    n: number;
  }[];
  const counts: OutboxCounts = { pending: 0, delivered: 0, rejected: 0, conflict: 0 };
  for (const row of rows) counts[row.state] = row.n;
  return counts;
}

type RejectedRow = {
  mutationId: number;
  kind: OutboxKind;
  createdAt: string;
  state: 'rejected' | 'conflict';
  code: string;
  message: string;
  payload: string;
};

/**
 * A conflict's error_message holds the platform's version (JSON, for the item's page to show beside ours); the
 * list says in words what happened instead.
 */
export const conflictMessage = (serverVersion: string | null): string => {
  const version = (parseJson(serverVersion) as { version?: unknown } | null)?.version;
  return `市平台上的该事项已有更新${typeof version === 'number' ? `（版本 ${version}）` : ''}，本机的修改未被采用；请打开该事项，对照两个版本后重新办理。`;
};

/** What still waits to reach the platform, oldest first (what will go next), for the sync page. */
export function pendingItems(db: Db, limit = PENDING_SHOWN): PendingItem[] {
  const rows = db
    .prepare(
      `SELECT mutation_id, kind, payload, created_at, username FROM outbox
       WHERE state = 'pending' ORDER BY mutation_id LIMIT ?`,
    )
    .all(limit) as OutboxRow[];
  return rows.map((row) => ({
    mutationId: row.mutation_id,
    kind: row.kind,
    createdAt: row.created_at,
    madeBy: row.username,
    item: itemOf(row.kind, row.payload),
  }));
}

/** Entries the platform refused or answered with a conflict, newest first. */
export function rejectedEntries(db: Db, limit = 200): RejectedEntry[] {
  const rows = db
    .prepare(
      `SELECT mutation_id AS mutationId, kind, created_at AS createdAt, state, error_code AS code,
         error_message AS message, payload
       FROM outbox WHERE state IN ('rejected', 'conflict') ORDER BY mutation_id DESC LIMIT ?`,
    )
    .all(limit) as RejectedRow[];
  return rows.map(({ payload, ...row }) => ({
    ...row,
    message: row.state === 'conflict' ? conflictMessage(row.message) : row.message,
    item: itemOf(row.kind, payload),
  }));
}

type RefusedRow = {
  mutation_id: number;
  created_at: string;
  state: 'conflict' | 'rejected';
  payload: string;
  error_message: string | null;
};

/**
 * Edits of a workflow item the platform did not take (the outbox keeps them, never dropped): what this client
 * sent and, for a conflict, the platform's version it answered with; for a rejection, the platform's reason.
 * `kindPrefix` is 'commitment.' or 'repair.'.
 */
export function conflictsOf(db: Db, kindPrefix: string, id: string): WorkflowConflict[] {
  const rows = db
    .prepare(
      `SELECT mutation_id, created_at, state, payload, error_message FROM outbox
       WHERE state IN ('conflict', 'rejected') AND kind LIKE ? AND json_extract(payload, '$.id') = ?
       ORDER BY mutation_id`,
    )
    .all(`${kindPrefix}%`, id) as RefusedRow[];
  return rows.map((row) => {
    const conflict = row.state === 'conflict';
    return {
      mutationId: row.mutation_id,
      at: row.created_at,
      state: row.state,
      message: conflict ? conflictMessage(row.error_message) : (row.error_message ?? ''),
      local: parseJson(row.payload),
      server: conflict ? parseJson(row.error_message) : null,
    };
  });
}
