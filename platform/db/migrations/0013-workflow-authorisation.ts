import type { Migration } from '../../../node-shared/db/migrate';

/**
 * Who may write a workflow item (告知承诺, 信用修复): the pushing device's unit and district, recorded from the
 * enrolment code it spent (the operator names them when issuing the code); each platform user's unit and whether
 * the account is active; and the user tokens issued at an online sign-in, bound to the user and the device, kept
 * as sha256 only (long random values). Devices enrolled before have no unit: their workflow entries are refused
 * until they enrol again with a code that names it.
 */
export const workflowAuthorisation: Migration = {
  version: 13,
  name: 'workflow-authorisation',
  up: (db) => {
    db.exec(`
      ALTER TABLE enrolment_codes ADD COLUMN unit_code TEXT;
      ALTER TABLE enrolment_codes ADD COLUMN unit_name TEXT;
      ALTER TABLE enrolment_codes ADD COLUMN district_code TEXT;
      ALTER TABLE devices ADD COLUMN unit_code TEXT;
      ALTER TABLE devices ADD COLUMN unit_name TEXT;
      ALTER TABLE devices ADD COLUMN district_code TEXT;
      ALTER TABLE users ADD COLUMN unit_code TEXT;
      ALTER TABLE users ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));

      CREATE TABLE user_tokens (
        token_hash TEXT PRIMARY KEY CHECK (length(token_hash) = 64),
        username TEXT NOT NULL REFERENCES users (username),
        device_id TEXT NOT NULL REFERENCES devices (id),
        issued_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX user_tokens_user ON user_tokens (username, device_id);
    `);
  },
};
