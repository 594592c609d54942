import { syncedTables } from '../../../shared/platform-api/api';
import { getMeta, setMeta } from '../app/meta.repo';
import type { Db } from '../../../node-shared/db/connection';

// Derived structures — the name-search indexes (FTS5 trigram, migration 3; two-character bigrams and name starts,
// migration 20) and the synced tables' secondary indexes — are kept in step row by row, which costs far more than the row itself on a bulk insert. A large pull
// therefore drops their upkeep (triggers, indexes), applies, and builds each once at the end. What was dropped is
// read from sqlite_master and kept, with its SQL, in meta in the same transaction as the drop: a cache left
// deferred by a crash gets exactly those objects back when next opened (core.ts) or at the end of the next pull.

/** A bulk pull defers `bulk` structures; one that loads most of the feed (initial sync) also `initial` ones. */
export type DeferScope = 'bulk' | 'initial';

type SchemaObject = { type: 'index' | 'trigger'; name: string; sql: string };

/** Something derived from the rows that a bulk apply can build once at its end instead of row by row. */
type DerivedStructure = {
  /** Kept in meta with what its deferral dropped: never reuse one for something else. */
  id: string;
  scope: DeferScope;
  /** The schema objects that keep it in step row by row: dropped while deferred, recreated as they were. */
  upkeep: (db: Db) => SchemaObject[];
  /** Brings it up to date in one pass before its upkeep is recreated (an index needs none: recreating builds it). */
  rebuild?: string;
};

const schemaObjects = (db: Db, where: string, ...parameters: string[]): SchemaObject[] =>
  db
    .prepare(`SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND ${where} ORDER BY rowid`)
    .all(...parameters) as SchemaObject[];

const syncedTableList = Object.keys(syncedTables);

/** A pair in at least this share of the names is common (db/frozen/name-bigrams-v2.ts) … */
const COMMON_PAIR_SHARE = 0.01;
/** … and in at least this many of them: more than a search's limit × 3 (50 × 3), so the scan stops early. */
const COMMON_PAIR_MIN_NAMES = 200;
/** About this many names, every k-th by rowid, are read to choose the common pairs. */
const COMMON_PAIR_SAMPLE = 10_000;

/** The two-character substrings of the names of `names` at the start positions of temp.bigram_positions. */
const pairsOf = (names: string): string =>
  `SELECT lower(substr(n.name, p.at + 1, 2)) AS bigram, n.rowid AS subject_rowid
     FROM ${names} n JOIN temp.bigram_positions p ON p.at <= length(n.name) - 2`;

/**
 * subject_bigrams from the subjects in one pass: the same rows as migration 20's NAME_BIGRAMS_REBUILD (every
 * two-character substring, ASCII lower-cased, with the rowid) but the common pairs, chosen first from a sample
 * of the names (a pair in ≥ COMMON_PAIR_SHARE of them, and by estimate in ≥ COMMON_PAIR_MIN_NAMES names). The
 * start positions 0 … longest name − 2 are a table with a key, which each name joins by range, instead of a
 * JSON array built and parsed per name (a recursive CTE in the join would be run again for every name). Sorted
 * so the B-tree is written in order.
 */
const NAME_BIGRAMS_BUILD = `
  CREATE TEMP TABLE IF NOT EXISTS bigram_positions (at INTEGER PRIMARY KEY);
  DELETE FROM temp.bigram_positions;
  WITH RECURSIVE position (at) AS (
    SELECT 0 UNION ALL SELECT at + 1 FROM position WHERE at < (SELECT max(length(name)) FROM subjects) - 2
  )
  INSERT INTO temp.bigram_positions (at) SELECT at FROM position;
  DELETE FROM subject_bigram_common;
  WITH
    total (n) AS (SELECT count(*) FROM subjects),
    sample AS (SELECT rowid, name FROM subjects WHERE rowid % (SELECT max(1, n / ${COMMON_PAIR_SAMPLE}) FROM total) = 0),
    sampled (n) AS (SELECT count(*) FROM sample)
  INSERT INTO subject_bigram_common (bigram)
    SELECT bigram FROM (SELECT DISTINCT bigram, subject_rowid FROM (${pairsOf('sample')}))
    GROUP BY bigram
    HAVING count(*) >= (SELECT n FROM sampled) * ${COMMON_PAIR_SHARE}
      AND count(*) * (SELECT n FROM total) >= ${COMMON_PAIR_MIN_NAMES} * (SELECT n FROM sampled);
  DELETE FROM subject_bigrams;
  INSERT OR IGNORE INTO subject_bigrams (bigram, subject_rowid)
    SELECT bigram, subject_rowid FROM (${pairsOf('subjects')})
    WHERE bigram NOT IN (SELECT bigram FROM subject_bigram_common)
    ORDER BY 1, 2;
  DROP TABLE temp.bigram_positions;
`;

/**
 * The list of derived structures, in rebuild order. To add one: its upkeep objects, its scope and its one-pass
 * rebuild.
 */
const derivedStructures: readonly DerivedStructure[] = [
  {
    // Name search: the FTS5 trigram index on subjects.name, its triggers as migration 3 created them.
    id: 'name-search',
    scope: 'bulk',
    upkeep: (db) =>
      schemaObjects(db, "type = 'trigger' AND tbl_name = 'subjects' AND name LIKE 'subjects_fts_%'"),
    rebuild: "INSERT INTO subjects_fts (subjects_fts) VALUES ('rebuild')",
  },
  {
    // Two-character search (migration 20): the bigram table's triggers and the name-start index. Before the
    // secondary indexes, which would otherwise take the name-start index as one of theirs.
    id: 'name-bigrams',
    scope: 'bulk',
    upkeep: (db) =>
      schemaObjects(
        db,
        "name IN ('subject_bigrams_insert', 'subject_bigrams_delete', 'subject_bigrams_update', 'subjects_by_name_start')",
      ),
    rebuild: NAME_BIGRAMS_BUILD,
  },
  {
    // The synced tables' secondary indexes. Unique ones stay: they decide which rows the apply sets aside.
    id: 'secondary-indexes',
    scope: 'initial',
    upkeep: (db) =>
      schemaObjects(
        db,
        `type = 'index' AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN (${syncedTableList.map(() => '?').join(', ')})`,
        ...syncedTableList,
      ),
  },
];

export const searchIndexDeferred = (db: Db): boolean => getMeta(db, 'search_index_deferred') === '1';

type Deferred = { structure: string; objects: SchemaObject[] };

// A cache deferred before what was dropped was kept (only the name-search triggers then, as in migration 3).
const LEGACY_NAME_SEARCH: Deferred = {
  structure: 'name-search',
  objects: [
    {
      type: 'trigger',
      name: 'subjects_fts_insert',
      sql: `CREATE TRIGGER subjects_fts_insert AFTER INSERT ON subjects BEGIN
        INSERT INTO subjects_fts (rowid, name) VALUES (new.rowid, new.name);
      END`,
    },
    {
      type: 'trigger',
      name: 'subjects_fts_delete',
      sql: `CREATE TRIGGER subjects_fts_delete AFTER DELETE ON subjects BEGIN
        INSERT INTO subjects_fts (subjects_fts, rowid, name) VALUES ('delete', old.rowid, old.name);
      END`,
    },
    {
      type: 'trigger',
      name: 'subjects_fts_update',
      sql: `CREATE TRIGGER subjects_fts_update AFTER UPDATE OF name ON subjects BEGIN
        INSERT INTO subjects_fts (subjects_fts, rowid, name) VALUES ('delete', old.rowid, old.name);
        INSERT INTO subjects_fts (rowid, name) VALUES (new.rowid, new.name);
      END`,
    },
  ],
};

const deferredStructures = (db: Db): Deferred[] => {
  const stored = getMeta(db, 'deferred_schema');
  if (stored !== null) return JSON.parse(stored) as Deferred[];
  return searchIndexDeferred(db) ? [LEGACY_NAME_SEARCH] : [];
};

/** The schema objects a deferral (now or an interrupted one) has dropped; none unless deferred. */
export const deferredSchemaObjects = (db: Db): SchemaObject[] =>
  deferredStructures(db).flatMap((deferred) => deferred.objects);

/**
 * Stops maintaining the derived structures of `scope` row by row (bulk apply ahead); adds to an earlier deferral
 * not yet restored.
 */
export function deferSearchIndex(db: Db, scope: DeferScope = 'bulk'): void {
  db.transaction(() => {
    const deferred = deferredStructures(db);
    for (const structure of derivedStructures) {
      if (scope === 'bulk' && structure.scope !== 'bulk') continue;
      if (deferred.some((entry) => entry.structure === structure.id)) continue;
      const objects = structure.upkeep(db);
      for (const object of objects) db.exec(`DROP ${object.type.toUpperCase()} "${object.name}"`);
      deferred.push({ structure: structure.id, objects });
    }
    setMeta(db, 'deferred_schema', JSON.stringify(deferred));
    setMeta(db, 'search_index_deferred', '1');
  })();
}

/**
 * Rebuilds every deferred structure from the tables and recreates exactly the objects its deferral dropped; a
 * no-op unless deferred. One transaction per structure, so the host's writes wait for one build at a time.
 */
export function restoreSearchIndex(db: Db): void {
  if (!searchIndexDeferred(db)) return;
  const exists = db.prepare('SELECT 1 FROM sqlite_master WHERE name = ?').pluck();
  if (deferredStructures(db).length === 0) setMeta(db, 'search_index_deferred', '0');
  for (const deferred of deferredStructures(db)) {
    db.transaction(() => {
      const rebuild = derivedStructures.find((structure) => structure.id === deferred.structure)?.rebuild;
      if (rebuild !== undefined) db.exec(rebuild);
      for (const object of deferred.objects) if (exists.get(object.name) === undefined) db.exec(object.sql);
      const left = deferredStructures(db).filter((entry) => entry.structure !== deferred.structure);
      setMeta(db, 'deferred_schema', JSON.stringify(left));
      if (left.length === 0) setMeta(db, 'search_index_deferred', '0');
    })();
  }
}
