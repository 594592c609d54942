import type { Migration } from '../../../node-shared/db/migrate';

/**
 * The platform verifies each device's audit hash chain as the entries arrive (platform/audit/verify-link.ts):
 * per device the head it has confirmed (seq, hash) and the first break it found (seq, reason, when). The head
 * is what the client's own chain is later checked against; the break is kept as found, never cleared by later
 * entries, since it is the evidence.
 *
 * platform_audit gets an index on the chain seq inside each payload, so a resent entry (same seq, same hash) is
 * told apart from a different one under a seq already confirmed. An expression index: the table is append-only
 * and its payload already holds the seq.
 */
export const auditChainHeads: Migration = {
  version: 7,
  name: 'audit-chain-heads',
  up: (db) => {
    db.exec(`
      CREATE TABLE audit_chain_heads (
        device_id TEXT PRIMARY KEY REFERENCES devices (id),
        head_seq INTEGER NOT NULL DEFAULT 0 CHECK (head_seq >= 0),
        head_hash TEXT,
        broken_seq INTEGER CHECK (broken_seq IS NULL OR broken_seq > 0),
        broken_reason TEXT CHECK (broken_reason IN ('altered', 'removed', 'reordered', 'inserted')),
        broken_at TEXT,
        updated_at TEXT NOT NULL,
        CHECK ((broken_seq IS NULL) = (broken_reason IS NULL))
      ) STRICT;
      CREATE INDEX platform_audit_by_chain_seq
        ON platform_audit (device_id, json_extract(payload, '$.seq'));
    `);
  },
};
