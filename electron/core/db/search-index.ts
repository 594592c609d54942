import { getMeta, setMeta } from '../app/meta.repo';
import type { Db } from '../../../node-shared/db/connection';
import {
  DROP_NAME_BIGRAMS_TRIGGERS,
  DROP_NAME_STARTS_INDEX,
  NAME_BIGRAMS_REBUILD,
  NAME_BIGRAMS_TRIGGERS,
  NAME_STARTS_INDEX,
} from './frozen/name-bigrams-v1';

// The name-search indexes (FTS5 trigram, migration 3; two-character bigrams, migration 20) are kept in step by
// triggers, which cost far more than the row itself on a bulk insert (about 20k rows/s against 100k+ without). A large pull therefore drops the
// triggers, applies, and rebuilds each index in one pass at the end (500k names in under 2 s). The flag in
// meta makes this crash-safe: a cache left with the flag set is rebuilt when next opened.
// Checklist: the trigger bodies below must stay those of migrations/0003-subject-name-search.ts.
const TRIGGERS = `
  CREATE TRIGGER subjects_fts_insert AFTER INSERT ON subjects BEGIN
    INSERT INTO subjects_fts (rowid, name) VALUES (new.rowid, new.name);
  END;
  CREATE TRIGGER subjects_fts_delete AFTER DELETE ON subjects BEGIN
    INSERT INTO subjects_fts (subjects_fts, rowid, name) VALUES ('delete', old.rowid, old.name);
  END;
  CREATE TRIGGER subjects_fts_update AFTER UPDATE OF name ON subjects BEGIN
    INSERT INTO subjects_fts (subjects_fts, rowid, name) VALUES ('delete', old.rowid, old.name);
    INSERT INTO subjects_fts (rowid, name) VALUES (new.rowid, new.name);
  END;
`;

/** A structure derived from the subjects' names: what stops its upkeep, and what rebuilds it in one pass. */
type DerivedIndex = { defer: string; rebuild: string };

const DERIVED: readonly DerivedIndex[] = [
  {
    defer:
      'DROP TRIGGER subjects_fts_insert; DROP TRIGGER subjects_fts_delete; DROP TRIGGER subjects_fts_update;',
    rebuild: `INSERT INTO subjects_fts (subjects_fts) VALUES ('rebuild'); ${TRIGGERS}`,
  },
  // Two-character search (migration 20): the bigram table and the name-start index.
  {
    defer: `${DROP_NAME_BIGRAMS_TRIGGERS}; ${DROP_NAME_STARTS_INDEX};`,
    rebuild: `${NAME_BIGRAMS_REBUILD} ${DROP_NAME_BIGRAMS_TRIGGERS} ${NAME_BIGRAMS_TRIGGERS} ${NAME_STARTS_INDEX};`,
  },
];

export const searchIndexDeferred = (db: Db): boolean => getMeta(db, 'search_index_deferred') === '1';

/** Stops maintaining the name index row by row (bulk apply ahead). */
export function deferSearchIndex(db: Db): void {
  if (searchIndexDeferred(db)) return;
  db.transaction(() => {
    for (const index of DERIVED) db.exec(index.defer);
    setMeta(db, 'search_index_deferred', '1');
  })();
}

/** Rebuilds the name index from the table and restores its triggers; a no-op unless deferred. */
export function restoreSearchIndex(db: Db): void {
  if (!searchIndexDeferred(db)) return;
  db.transaction(() => {
    for (const index of DERIVED) db.exec(index.rebuild);
    setMeta(db, 'search_index_deferred', '0');
  })();
}
