import type { Migration } from '../../../../node-shared/db/migrate';

/**
 * An index on subject names, so the 1–2 character name search can find exact and prefix matches without
 * scanning the registry (trigrams need 3 characters; see subjects.repo.ts).
 */
export const subjectNameIndex: Migration = {
  version: 4,
  name: 'subject-name-index',
  up: (db) => {
    db.exec('CREATE INDEX subjects_by_name ON subjects (name)');
  },
};
