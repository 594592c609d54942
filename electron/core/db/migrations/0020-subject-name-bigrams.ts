import type { Migration } from '../../../../node-shared/db/migrate';
import { NAME_BIGRAMS_REBUILD, NAME_BIGRAMS_TRIGGERS, NAME_STARTS_INDEX } from '../frozen/name-bigrams-v1';

/**
 * Two-character name search without scanning the registry (issue 16): every two-character substring of a
 * name (ASCII letters lower-cased, as LIKE compares them) with the subject's rowid, kept in step by triggers,
 * and an index on the first two characters ordered as the search ranks prefix matches. Existing rows are
 * indexed here. The SQL is frozen text (../frozen/name-bigrams-v1.ts), which search-index.ts also uses to
 * defer and rebuild them around a bulk pull.
 */
export const subjectNameBigrams: Migration = {
  version: 20,
  name: 'subject-name-bigrams',
  up: (db) => {
    db.exec(`
      CREATE TABLE subject_bigrams (
        bigram TEXT NOT NULL,
        subject_rowid INTEGER NOT NULL,
        PRIMARY KEY (bigram, subject_rowid)
      ) WITHOUT ROWID;
    `);
    db.exec(NAME_BIGRAMS_REBUILD);
    db.exec(NAME_BIGRAMS_TRIGGERS);
    db.exec(NAME_STARTS_INDEX);
  },
};
