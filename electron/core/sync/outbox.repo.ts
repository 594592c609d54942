import type { RejectedEntry } from '../../../shared/domain/sync';
import type { OutboxEntry, OutboxKind, PushResult } from '../../../shared/platform-api/api';
import type { Db } from '../db/connection';

/**
 * Adds an entry to the outbox. Callers run it inside the transaction of the write it reports, so the write and
 * its way to the platform stand or fall together (a crash between them cannot lose one).
 */
export function enqueue(db: Db, kind: OutboxKind, payload: unknown, createdAt: string): number {
  const info = db
    .prepare('INSERT INTO outbox (kind, payload, created_at) VALUES (?, ?, ?)')
    .run(kind, JSON.stringify(payload), createdAt);
  return Number(info.lastInsertRowid);
}

type OutboxRow = { mutation_id: number; kind: OutboxKind; payload: string; created_at: string };

/** The next pending entries in mutation order. */
export function pendingEntries(db: Db, limit: number): OutboxEntry[] {
  const rows = db
    .prepare(
      "SELECT mutation_id, kind, payload, created_at FROM outbox WHERE state = 'pending' ORDER BY mutation_id LIMIT ?",
    )
    .all(limit) as OutboxRow[];
  return rows.map((row) => ({
    mutationId: row.mutation_id,
    kind: row.kind,
    createdAt: row.created_at,
    payload: JSON.parse(row.payload) as unknown,
  }));
}

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
      if (result.status === 'applied' || result.status === 'duplicate') delivered.run(at, result.mutationId);
      else if (result.status === 'rejected')
        failed.run('rejected', result.code, result.message, result.mutationId);
      else
        failed.run('conflict', 'CONFLICT', JSON.stringify(result.serverVersion ?? null), result.mutationId);
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

/** The workflow item an entry is about (its payload's id), or null for evidence (checks, feedback, audit). */
const itemOf = (kind: OutboxKind, payload: string): RejectedEntry['item'] => {
  const area = kind.startsWith('commitment.') ? 'commitments' : kind.startsWith('repair.') ? 'repairs' : null;
  if (area === null) return null;
  const id = (JSON.parse(payload) as { id?: unknown }).id;
  return typeof id === 'string' ? { area, id } : null;
};

/**
 * A conflict's error_message holds the platform's version (JSON, for the item's page to show beside ours); the
 * list says in words what happened instead.
 */
const conflictMessage = (serverVersion: string): string => {
  const version = (JSON.parse(serverVersion) as { version?: unknown } | null)?.version;
  return `市平台上的该事项已有更新${typeof version === 'number' ? `（版本 ${version}）` : ''}，本机的修改未被采用；请打开该事项，对照两个版本后重新办理。`;
};

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
