// Frozen SQL of client migration 21: text only, no imports, never edited once released (a change needs a new
// migration and a new file).
//
// Common pairs. In a city's registry a few pairs stand in most names (有限, 公司, 限公, the city's own name …):
// at scale 1, the 133 pairs found in at least 1 % of the names make 70 % of the bigram table's rows. A search for
// one of them needs no index — the LIKE scan in rowid order meets its limit × 3 rows within the first few
// thousand names — so subject_bigram_common names them and subject_bigrams leaves them out. The list is chosen by
// the one-pass build (db/search-index.ts) from a sample of the names; the triggers below skip what it lists.
// Which pairs are listed decides only how a search is answered, never what it answers
// (subjects.short-search.test.ts).

export const BIGRAM_COMMON_TABLE = `
  CREATE TABLE subject_bigram_common (bigram TEXT PRIMARY KEY) WITHOUT ROWID;
`;

/** The start positions (json_each keys 0 … length − 2) of the bigrams of a name expression. */
const positionsOf = (name: string): string =>
  `json_each('[' || replace(hex(zeroblob(length(${name}) - 2)), '00', '0,') || '0]')`;
const pairAt = (name: string): string => `lower(substr(${name}, key + 1, 2))`;
const insertBigrams = (name: string, rowid: string): string =>
  `INSERT OR IGNORE INTO subject_bigrams (bigram, subject_rowid)
      SELECT ${pairAt(name)}, ${rowid} FROM ${positionsOf(name)}
      WHERE length(${name}) > 1 AND ${pairAt(name)} NOT IN (SELECT bigram FROM subject_bigram_common)`;
const deleteBigrams = (name: string, rowid: string): string =>
  `DELETE FROM subject_bigrams WHERE subject_rowid = ${rowid}
      AND bigram IN (SELECT ${pairAt(name)} FROM ${positionsOf(name)})`;

/** Migration 20's triggers, the common pairs left out; the same names, so a deferral drops and restores them. */
export const NAME_BIGRAMS_TRIGGERS_V2 = `
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

export const BIGRAM_TRIGGER_NAMES = [
  'subject_bigrams_insert',
  'subject_bigrams_delete',
  'subject_bigrams_update',
] as const;
