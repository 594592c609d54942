import type { Migration } from '../../../../node-shared/db/migrate';

/**
 * Partial-name search over the registry, CJK included: an external-content FTS5 table with the trigram
 * tokenizer (substring matches of 3+ characters). Queries of 1–2 characters cannot use trigrams and take
 * the LIKE path in subjects.repo.ts. Existing rows are indexed here, later ones by the triggers.
 */
export const subjectNameSearch: Migration = {
  version: 3,
  name: 'subject-name-search',
  up: (db) => {
    db.exec(`
      CREATE VIRTUAL TABLE subjects_fts USING fts5(
        name, content = 'subjects', content_rowid = 'rowid', tokenize = 'trigram'
      );
      INSERT INTO subjects_fts (rowid, name) SELECT rowid, name FROM subjects;

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
    `);
  },
};
