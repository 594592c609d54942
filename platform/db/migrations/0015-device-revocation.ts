import type { Migration } from '../../../node-shared/db/migrate';

/**
 * Devices can be revoked (revoked_at: every request with its token is refused from then on) and their token
 * rotated: rotation_requested_at marks a device to be handed a new token at its next sync; next_token_hash holds
 * the new token's sha256 until the device first uses it, which makes it the token and refuses the old one.
 */
export const deviceRevocation: Migration = {
  version: 15,
  name: 'device-revocation',
  up: (db) => {
    db.exec(`
      ALTER TABLE devices ADD COLUMN revoked_at TEXT;
      ALTER TABLE devices ADD COLUMN rotation_requested_at TEXT;
      ALTER TABLE devices ADD COLUMN next_token_hash TEXT;
      CREATE UNIQUE INDEX devices_next_token_hash ON devices (next_token_hash) WHERE next_token_hash IS NOT NULL;
    `);
  },
};
