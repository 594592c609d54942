import type { SyncedTable } from '../../../shared/platform-api/api';

/**
 * Workflow items are edited at the windows offline and arbitrated by the platform through `version`: a local
 * edit is applied at baseVersion + 1 before the platform has accepted it. While it is pending, the feed (and
 * anti-entropy) must not take it back. Once the platform has answered, its rows win: an accepted edit comes back
 * with them, a refused one (rejected, conflict) is kept in the outbox and shown on the item, and the row returns
 * to the platform's state. Each workflow table with the prefix of the outbox kinds whose payload `id` is the
 * row's key.
 */
export const workflowKindPrefixes: Partial<Record<SyncedTable, string>> = {
  commitments: 'commitment.',
  repair_applications: 'repair.',
  objections: 'objection.',
};

/** The version column every workflow table carries. */
export const isWorkflowTable = (table: SyncedTable): boolean => workflowKindPrefixes[table] !== undefined;

const entriesSql = (where: string, expression: string): string =>
  `SELECT ${expression} FROM outbox WHERE ${where} AND json_extract(payload, '$.id') IS NOT NULL`;

/**
 * SQL selecting the keys of `table` that exist here without the platform (yet) having them, which anti-entropy
 * must not delete for being absent there: items with an edit pending, items whose creation the platform refused
 * (kept, flagged, so the clerk sees what was not taken), and the provisional credit record a pending
 * verification inserted ('commitment-failure-<commitment id>'; a refused one is deleted with the answer).
 * null: none.
 */
export function locallyHeldKeysSql(table: SyncedTable): string | null {
  const prefix = workflowKindPrefixes[table];
  if (prefix !== undefined)
    return entriesSql(
      `(state = 'pending' AND kind LIKE '${prefix}%') OR (state = 'rejected' AND kind = '${prefix}created')`,
      "json_extract(payload, '$.id')",
    );
  if (table === 'credit_records')
    return entriesSql(
      "state = 'pending' AND kind = 'commitment.verified'",
      "'commitment-failure-' || json_extract(payload, '$.id')",
    );
  return null;
}

/** SQL answering 1 when the row `?` of a workflow table has an edit waiting to go up, else 0. null: none. */
export function pendingEditSql(table: SyncedTable): string | null {
  const prefix = workflowKindPrefixes[table];
  if (prefix === undefined) return null;
  return `SELECT EXISTS (SELECT 1 FROM outbox WHERE state = 'pending' AND kind LIKE '${prefix}%'
    AND json_extract(payload, '$.id') = ?)`;
}
