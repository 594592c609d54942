import type { Migration } from '../../../node-shared/db/migrate';

/**
 * A fingerprint (sha256 of kind and payload) of every entry answered, so that a mutation id reused with other
 * content — a client restored from an old backup numbers its outbox again — is refused, not taken for a
 * duplicate and silently dropped. Entries answered before this migration have none and keep the old rule.
 */
export const mutationFingerprint: Migration = {
  version: 4,
  name: 'mutation-fingerprint',
  up: (db) => {
    db.exec('ALTER TABLE device_mutations ADD COLUMN fingerprint TEXT');
  },
};
