import type { Migration } from '../../../../node-shared/db/migrate';

/**
 * 是否为：… (issue 10, rule 6) finds cached subjects sharing the organisation code (主体标识码, positions 9–17) of a
 * code the clerk typed: an expression index makes that a lookup instead of a scan of half a million subjects.
 * Queries must use exactly `substr(identifier, 9, 9)` for SQLite to take it. (The one-edit candidates ride on
 * the identifier's own unique index.)
 */
export const subjectOrgPartIndex: Migration = {
  version: 13,
  name: 'subject-org-part-index',
  up: (db) => {
    db.exec('CREATE INDEX subjects_by_org_part ON subjects (substr(identifier, 9, 9))');
  },
};
