import type { Db } from '../../node-shared/db/connection';
import type { ChainBreak } from '../../node-shared/audit/chain';

/** One break the platform found in a device's chain (migration audit-chain-breaks): where, what, when. */
export type ChainBreakRow = { seq: number; reason: ChainBreak; at: string };

/** Every break found in the device's chain, in seq order (the order they happened in the chain). */
export const listChainBreaks = (db: Db, deviceId: string): ChainBreakRow[] =>
  db
    .prepare(
      `SELECT seq, reason, found_at AS at FROM audit_chain_breaks WHERE device_id = ? ORDER BY seq, id`,
    )
    .all(deviceId) as ChainBreakRow[];

/**
 * Records a break, once per place and kind (a second finding of the same break, e.g. on a resend, changes
 * nothing). A gap already told as `reordered` is not recorded as `removed` again. audit_chain_heads' broken_*
 * columns keep the first break, as they did before every break was kept.
 */
export function recordChainBreak(
  db: Db,
  deviceId: string,
  found: { seq: number; reason: ChainBreak; mutationId: number | null },
  at: string,
): void {
  const { seq, reason, mutationId } = found;
  if (reason === 'removed' && hasBreak(db, deviceId, seq, 'reordered')) return;
  db.prepare(
    `INSERT INTO audit_chain_breaks (device_id, seq, reason, found_at, mutation_id) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (device_id, seq, reason) DO NOTHING`,
  ).run(deviceId, seq, reason, at, mutationId);
  db.prepare(
    `INSERT INTO audit_chain_heads (device_id, updated_at) VALUES (?, ?) ON CONFLICT (device_id) DO NOTHING`,
  ).run(deviceId, at);
  db.prepare(
    `UPDATE audit_chain_heads SET broken_seq = ?, broken_reason = ?, broken_at = ?, updated_at = ?
     WHERE device_id = ? AND broken_seq IS NULL`,
  ).run(seq, reason, at, at, deviceId);
}

const hasBreak = (db: Db, deviceId: string, seq: number, reason: ChainBreak): boolean =>
  db
    .prepare('SELECT 1 FROM audit_chain_breaks WHERE device_id = ? AND seq = ? AND reason = ?')
    .get(deviceId, seq, reason) !== undefined;

/**
 * A seq reported missing whose entry arrived late and links in its place: the break is told more precisely as
 * `reordered` (same place, same time found). Returns whether there was such a gap.
 */
export function refineToReordered(db: Db, deviceId: string, seq: number): boolean {
  if (!hasBreak(db, deviceId, seq, 'removed')) return false;
  db.prepare(
    `UPDATE audit_chain_breaks SET reason = 'reordered'
     WHERE device_id = ? AND seq = ? AND reason = 'removed'
       AND NOT EXISTS (SELECT 1 FROM audit_chain_breaks AS told
         WHERE told.device_id = ? AND told.seq = ? AND told.reason = 'reordered')`,
  ).run(deviceId, seq, deviceId, seq);
  db.prepare(
    `UPDATE audit_chain_heads SET broken_reason = 'reordered'
     WHERE device_id = ? AND broken_seq = ? AND broken_reason = 'removed'`,
  ).run(deviceId, seq);
  return true;
}
