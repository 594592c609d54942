import type { Migration } from '../../../node-shared/db/migrate';

/**
 * Every break the platform finds in a device's audit chain, not only the first (platform/audit/verify-link.ts
 * goes on verifying after a break, so a second tampering further on is found too). One row per place and kind
 * (device, seq, reason), with when it was found and the received entry that showed it (none for a break copied
 * from before). audit_chain_heads keeps its broken_* columns as they were released: they go on holding the first
 * break, and the break already found there is copied here, so this table is the whole list.
 */
export const auditChainBreaks: Migration = {
  version: 16,
  name: 'audit-chain-breaks',
  up: (db) => {
    db.exec(`
      CREATE TABLE audit_chain_breaks (
        id INTEGER PRIMARY KEY,
        device_id TEXT NOT NULL REFERENCES devices (id),
        seq INTEGER NOT NULL CHECK (seq > 0),
        reason TEXT NOT NULL CHECK (reason IN ('altered', 'removed', 'reordered', 'inserted')),
        found_at TEXT NOT NULL,
        mutation_id INTEGER,
        UNIQUE (device_id, seq, reason)
      ) STRICT;
      INSERT INTO audit_chain_breaks (device_id, seq, reason, found_at)
        SELECT device_id, broken_seq, broken_reason, coalesce(broken_at, updated_at)
        FROM audit_chain_heads WHERE broken_seq IS NOT NULL ORDER BY device_id;
    `);
  },
};
