// Frozen: text only, no imports, never edited once released.

/**
 * SQL text laid out `depth` spaces deeper, every non-empty line. SQLite stores a CREATE statement's text as
 * written, white space included, and migrations were released with their SQL at different depths (inside a
 * template literal of the migration's own code): a migration that now runs shared frozen text lays it out at its
 * released depth, so the schema it builds stays what it was, byte for byte (the schema-pin tests check).
 */
export const indented = (sql: string, depth: number): string => sql.replace(/^(?=.)/gm, ' '.repeat(depth));
