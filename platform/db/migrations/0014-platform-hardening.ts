import type { Migration } from '../../../node-shared/db/migrate';

/**
 * Platform hardening (issue 12):
 * - login_lockouts: every lock the platform put on a username or an address after repeated failed logins, kept
 *   for the operators (`--lockouts`); an administrator may lift one early (`--unlock`), which is recorded too.
 * - enrolment_codes.expires_at: when a code stops being accepted. Codes issued before this migration have none;
 *   the platform counts their life from issued_at.
 * - device_uploads: which device brought which file in, and since when an applied entry refers to it, so a
 *   device's files that nothing refers to can be bounded.
 * Self-contained: frozen SQL only.
 */
export const platformHardening: Migration = {
  version: 14,
  name: 'platform-hardening',
  up: (db) => {
    db.exec(`
      CREATE TABLE login_lockouts (
        id INTEGER PRIMARY KEY,
        scope TEXT NOT NULL CHECK (scope IN ('user', 'address')),
        subject TEXT NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
        failures INTEGER NOT NULL CHECK (failures > 0),
        locked_at TEXT NOT NULL,
        locked_until TEXT NOT NULL CHECK (locked_until > locked_at),
        lifted_at TEXT,
        lifted_by TEXT,
        CHECK ((lifted_at IS NULL) = (lifted_by IS NULL))
      ) STRICT;
      CREATE INDEX login_lockouts_by_subject ON login_lockouts (scope, subject, locked_until);
      CREATE INDEX login_lockouts_by_time ON login_lockouts (locked_at);

      ALTER TABLE enrolment_codes ADD COLUMN expires_at TEXT;

      CREATE TABLE device_uploads (
        device_id TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        size INTEGER NOT NULL CHECK (size >= 0),
        uploaded_at TEXT NOT NULL,
        referenced_at TEXT,
        PRIMARY KEY (device_id, sha256)
      ) STRICT;
      CREATE INDEX device_uploads_unreferenced ON device_uploads (device_id) WHERE referenced_at IS NULL;
    `);
  },
};
