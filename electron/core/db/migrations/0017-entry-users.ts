import type { Migration } from '../../../../node-shared/db/migrate';

/**
 * Who made each outbox entry (the username of the session that wrote it; NULL for evidence and for entries
 * queued before), and the user token the platform issued at each user's last online sign-in, kept with the
 * user's offline credential (pending workflow entries get their maker from their payload). A workflow entry is pushed with its maker's token: the platform authorises the
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
    // Workflow entries still waiting name their maker in the payload as 王芳（wangfang）: the username in the
    // brackets is who made them (pushed with that user's token once they have signed in online).
    db.exec(`
      UPDATE outbox
      SET username = (
        SELECT substr(label, instr(label, '（') + 1, length(label) - instr(label, '（') - 1)
        FROM (SELECT json_extract(outbox.payload, CASE outbox.kind
          WHEN 'commitment.verified' THEN '$.verifiedBy'
          WHEN 'repair.stepped' THEN '$.by'
          ELSE '$.operator' END) AS label)
        WHERE label LIKE '%（%）'
      )
      WHERE state = 'pending'
        AND kind IN ('commitment.created', 'commitment.verified', 'repair.created', 'repair.stepped')
        AND json_valid(payload);
    `);
  },
};
