import type { Migration } from '../../../node-shared/db/migrate';

/**
 * Who may talk to the platform. Secrets are never stored in clear: device tokens and enrolment codes as
 * sha256 (they are long random values, so a fast hash suffices), passwords as salted scrypt.
 */
export const devicesAndUsers: Migration = {
  version: 2,
  name: 'devices-and-users',
  up: (db) => {
    db.exec(`
      CREATE TABLE devices (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
        enrolled_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE enrolment_codes (
        code_hash TEXT PRIMARY KEY CHECK (length(code_hash) = 64),
        issued_at TEXT NOT NULL,
        used_at TEXT,
        device_id TEXT REFERENCES devices (id),
        CHECK ((used_at IS NULL) = (device_id IS NULL))
      ) STRICT;

      CREATE TABLE users (
        username TEXT PRIMARY KEY,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'admin')),
        department TEXT NOT NULL,
        district_code TEXT NOT NULL,
        password_hash TEXT NOT NULL CHECK (password_hash LIKE 'scrypt$%')
      ) STRICT;
    `);
  },
};
