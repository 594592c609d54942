import { tableHasher } from '../../../shared/platform-api/checksum';
import { syncedTables, type SyncedTable } from '../../../shared/platform-api/api';
import type { Db } from '../../../node-shared/db/connection';
import { runSteps, runStepsYielding, type Steps } from './steps';

export type TableChecksums = Record<SyncedTable, { count: number; hash: string }>;

/** The column a feed row of measures carries besides the table's own: its categories, as a sorted array. */
const MEASURE_CATEGORIES = 'matter_categories';
const measureCategoriesSql = `(SELECT json_group_array(category ORDER BY category) FROM measure_matter_categories
  WHERE measure_code = measures.code)`;

/** Column types whose JSON from SQLite is the same text as JSON.stringify's (REAL is not: 1e21 → 1.0e+21). */
const CANONICAL_TYPES = new Set(['TEXT', 'INTEGER']);

/**
 * A table's rows as their canonical text (shared/platform-api/checksum.ts: [[column, value], …] with the columns
 * in name order), made by SQLite. Before, each row became an object that was sorted, mapped and stringified in
 * JavaScript: 25 s of the verification after an initial sync at scale 1 (a loaded copy, warm), against 10.7 s
 * this way, about 9 of them reading the file (docs/benchmarks.md). SQLite's json_array quotes text exactly as JSON.stringify does
 * (checksums.test.ts); a column of another type would not be rendered the same, and is refused here.
 */
function canonicalTextSql(db: Db, table: SyncedTable): string {
  const columns = db.prepare('SELECT name, type FROM pragma_table_info(?)').all(table) as {
    name: string;
    type: string;
  }[];
  const odd = columns.find((column) => !CANONICAL_TYPES.has(column.type.toUpperCase()));
  if (odd !== undefined) throw new Error(`checksum of ${table}: column ${odd.name} is ${odd.type}`);
  const values = new Map(columns.map((column) => [column.name, `"${column.name}"`]));
  if (table === 'measures') values.set(MEASURE_CATEGORIES, measureCategoriesSql);
  const pairs = [...values.keys()].sort().map((name) => `json_array('${name}', ${values.get(name)})`);
  return `SELECT json_array(${pairs.join(', ')}) FROM ${table}`;
}

/** Rows hashed between two turns of the event loop in localChecksumsYielding. */
const ROWS_PER_TURN = 5_000;

// The work, pausing every ROWS_PER_TURN rows (steps.ts).
function* checksumSteps(db: Db): Steps<TableChecksums> {
  const result = {} as TableChecksums;
  let rows = 0;
  for (const table of Object.keys(syncedTables) as SyncedTable[]) {
    const hasher = tableHasher();
    for (const text of db
      .prepare(canonicalTextSql(db, table))
      .pluck()
      .iterate() as IterableIterator<string>) {
      hasher.addCanonical(text);
      rows += 1;
      if (rows % ROWS_PER_TURN === 0) yield;
    }
    result[table] = hasher.result();
  }
  return result;
}

/**
 * The cache's checksum of each synced table, computed like the platform's (shared/platform-api/checksum.ts) over the
 * rows as the feed carries them: the table's columns, and for measures their categories as a sorted array.
 */
export function localChecksums(db: Db): TableChecksums {
  return runSteps(checksumSteps(db));
}

/**
 * The same, giving the event loop a turn every ROWS_PER_TURN rows (a scale-1 cache takes seconds): anti-entropy
 * reads the platform's snapshot meanwhile. One read transaction, so every table is read as of one moment.
 */
export async function localChecksumsYielding(db: Db): Promise<TableChecksums> {
  db.exec('BEGIN');
  try {
    return await runStepsYielding(checksumSteps(db));
  } finally {
    db.exec('COMMIT');
  }
}
