import type { Migration } from '../../../../node-shared/db/migrate';
import {
  creditRecordColumnsDdl,
  workflowTablesDdl,
} from '../../../../node-shared/db/frozen/workflow-tables-v1';

/**
 * Commitments and repair applications (synced workflow items), the rule tables the platform feeds, the local
 * store of attachment files, and the per-day counter behind commitment codes.
 */
export const commitmentsAndRepairs: Migration = {
  version: 6,
  name: 'commitments-and-repairs',
  up: (db) => {
    db.exec(workflowTablesDdl);
    db.exec(creditRecordColumnsDdl);
    db.exec(`
      CREATE TABLE local_files (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
        size INTEGER NOT NULL CHECK (size >= 0),
        stored_at TEXT NOT NULL,
        uploaded_at TEXT
      ) STRICT;

      CREATE TABLE commitment_serials (
        day TEXT PRIMARY KEY,
        last INTEGER NOT NULL CHECK (last >= 0)
      ) STRICT;
    `);
  },
};
