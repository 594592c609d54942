import type { SyncedTable } from '../../../shared/platform-api/api';

/**
 * Workflow items are edited at the windows offline and arbitrated by the platform through `version`: a local
 * edit is applied at baseVersion + 1 before the platform has accepted it. Until it is delivered, the feed (and
 * anti-entropy) must not take it back. Each workflow table with the prefix of the outbox kinds whose payload
 * `id` is the row's key.
 */
export const workflowKindPrefixes: Partial<Record<SyncedTable, string>> = {
  commitments: 'commitment.',
  repair_applications: 'repair.',
};

/** The version column every workflow table carries. */
export const isWorkflowTable = (table: SyncedTable): boolean => workflowKindPrefixes[table] !== undefined;

const undelivered = (prefix: string, expression: string): string =>
  `SELECT ${expression} FROM outbox WHERE state <> 'delivered' AND kind LIKE '${prefix}%'
     AND json_extract(payload, '$.id') IS NOT NULL`;

/**
 * SQL selecting the keys of `table` that exist here because of an edit not (yet) delivered to the platform —
 * pending, or refused and kept to be shown: anti-entropy must not delete them for being absent there. Covers the
 * provisional credit record a verification inserted ('commitment-failure-<commitment id>'). null: none.
 */
export function locallyHeldKeysSql(table: SyncedTable): string | null {
  const prefix = workflowKindPrefixes[table];
  if (prefix !== undefined) return undelivered(prefix, "json_extract(payload, '$.id')");
  if (table === 'credit_records')
    return undelivered('commitment.verified', "'commitment-failure-' || json_extract(payload, '$.id')");
  return null;
}
