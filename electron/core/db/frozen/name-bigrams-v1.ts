// Frozen SQL of client migration 20: text only, no imports, never edited once released (a change needs a new
// migration and a new file). search-index.ts uses the same text to defer and rebuild these structures.
//
// The two-character name index: subject_bigrams holds every two-character substring of each
// name, ASCII letters lower-cased as LIKE compares them (without ICU, LIKE folds ASCII only), with the subject's
// rowid; a 2-character query reads the rowids holding its bigram in rowid order, the very rows a LIKE scan
// would meet first. subjects_by_name_start orders names by their first two characters, then as prefix matches
// rank (length, then name).

/** The start positions (json_each keys 0 … length − 2) of the bigrams of a name expression. */
const positionsOf = (name: string): string =>
  `json_each('[' || replace(hex(zeroblob(length(${name}) - 2)), '00', '0,') || '0]')`;
const bigramsOf = (name: string, rowid: string): string =>
  `SELECT lower(substr(${name}, key + 1, 2)), ${rowid} FROM ${positionsOf(name)} WHERE length(${name}) > 1`;
const insertBigrams = (name: string, rowid: string): string =>
  `INSERT OR IGNORE INTO subject_bigrams (bigram, subject_rowid) ${bigramsOf(name, rowid)}`;
const deleteBigrams = (name: string, rowid: string): string =>
  `DELETE FROM subject_bigrams WHERE subject_rowid = ${rowid}
      AND bigram IN (SELECT lower(substr(${name}, key + 1, 2)) FROM ${positionsOf(name)})`;

export const NAME_BIGRAMS_TRIGGERS = `
  CREATE TRIGGER subject_bigrams_insert AFTER INSERT ON subjects BEGIN
    ${insertBigrams('new.name', 'new.rowid')};
  END;
  CREATE TRIGGER subject_bigrams_delete AFTER DELETE ON subjects BEGIN
    ${deleteBigrams('old.name', 'old.rowid')};
  END;
  CREATE TRIGGER subject_bigrams_update AFTER UPDATE OF name ON subjects BEGIN
    ${deleteBigrams('old.name', 'old.rowid')};
    ${insertBigrams('new.name', 'new.rowid')};
  END;
`;

export const DROP_NAME_BIGRAMS_TRIGGERS = `
  DROP TRIGGER IF EXISTS subject_bigrams_insert;
  DROP TRIGGER IF EXISTS subject_bigrams_delete;
  DROP TRIGGER IF EXISTS subject_bigrams_update;
`;

/** The whole table from the subjects in one pass, sorted so the B-tree is written in order. */
export const NAME_BIGRAMS_REBUILD = `
  DELETE FROM subject_bigrams;
  INSERT OR IGNORE INTO subject_bigrams (bigram, subject_rowid)
    SELECT lower(substr(s.name, j.key + 1, 2)), s.rowid FROM subjects s, ${positionsOf('s.name')} j
    WHERE length(s.name) > 1 ORDER BY 1, 2;
`;

/** The expression must stay `substr(name, 1, 2)` for subjects.repo.ts's prefix query to use it. */
export const NAME_STARTS_INDEX =
  'CREATE INDEX IF NOT EXISTS subjects_by_name_start ON subjects (substr(name, 1, 2), length(name), name)';
export const DROP_NAME_STARTS_INDEX = 'DROP INDEX IF EXISTS subjects_by_name_start';
