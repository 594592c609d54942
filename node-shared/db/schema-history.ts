import { createHash } from 'node:crypto';
import { openDatabase } from './connection';
import type { Migration } from './migrate';

/**
 * What a database holds after each migration, as text: every object of sqlite_schema in creation order with the
 * SQL SQLite stored for it. SQLite stores a CREATE statement as written (white space included) and rewrites it on
 * ALTER TABLE, so equal text means the very same schema, byte for byte.
 */
export function schemaHistory(migrations: readonly Migration[]): string[] {
  const db = openDatabase(':memory:');
  try {
    const dump = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY rowid');
    return migrations.map((migration) => {
      db.transaction(() => migration.up(db))();
      return (dump.all() as { type: string; name: string; tbl_name: string; sql: string | null }[])
        .map((row) => `-- ${row.type} ${row.name} (${row.tbl_name})\n${row.sql ?? ''}`)
        .join('\n');
    });
  } finally {
    db.close();
  }
}

/** The history as one sha256 per version: short enough to pin in a test, and any change shows at its version. */
export const schemaHashes = (migrations: readonly Migration[]): string[] =>
  schemaHistory(migrations).map((text) => createHash('sha256').update(text, 'utf8').digest('hex'));

/**
 * Compared with the hashes pinned when each migration was released: the versions that now build another schema
 * (`changed`, by version number) and the hashes of the migrations not pinned yet (`unpinned`), so a failing pin
 * test prints the line a new migration adds.
 */
export function schemaDrift(
  migrations: readonly Migration[],
  released: readonly string[],
): { changed: number[]; unpinned: string[] } {
  const hashes = schemaHashes(migrations);
  return {
    changed: released.flatMap((hash, index) => (hashes[index] === hash ? [] : [index + 1])),
    unpinned: hashes.slice(released.length),
  };
}
