import type { Migration } from '../../../../node-shared/db/migrate';

/**
 * Who made each outbox entry (the username of the session that wrote it; NULL for evidence and for entries
 * queued before), and the user token the platform issued at each user's last online sign-in, kept with the
 * user's offline credential. A workflow entry is pushed with its maker's token: the platform authorises the
 * write by that person (platform/workflow/authorise-entry.ts).
 */
export const entryUsers: Migration = {
  version: 17,
  name: 'entry-users',
  up: (db) => {
    db.exec(`
      ALTER TABLE outbox ADD COLUMN username TEXT;
      ALTER TABLE credentials ADD COLUMN user_token TEXT;
      ALTER TABLE credentials ADD COLUMN user_token_expires_at TEXT;
    `);
  },
};
