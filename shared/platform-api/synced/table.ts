import { z } from 'zod';

/** snake_case as camelCase, in the type system: `legal_representative_id` → `legalRepresentativeId`. */
export type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/**
 * One synced table, declared once (shared/platform-api/synced/): its name, the column that keys it, and its row
 * as the feed carries it — zod, snake_case, the columns in table order. What derives from it: the table list and
 * keys of the platform API (../api.ts), the platform's column lists (platform/registry/synced-columns.ts), the
 * key the client's upsert and tombstones use (electron/core/sync/apply.ts), the row mappers.
 *
 * The SQL is not derived from it: each side's migrations are frozen history (node-shared/db/frozen). Checklist
 * when a column is added: the row here, a new migration on each side (the platform's recreates the table's
 * feed view), the domain schema if the column is read; integration/synced-schema.test.ts holds both databases
 * to these columns.
 */
export type SyncedTableKind = 'registry' | 'workflow' | 'rules';

export type SyncedTableDeclaration<
  Name extends string = string,
  Key extends string = string,
  Shape extends z.ZodRawShape = z.ZodRawShape,
  Retired extends string = string,
> = {
  name: Name;
  key: Key;
  /**
   * Who writes it: the registry and catalogues (imported, generated, seeded at the platform), workflow items
   * (created at the windows, arbitrated by the platform through `version`) or the rule tables (changed at the
   * platform).
   */
  kind: SyncedTableKind;
  /** Strict: a feed row carries exactly these columns. */
  row: z.ZodObject<Shape, z.core.$strict>;
  columns: readonly (keyof Shape & string)[];
  /**
   * Released columns that nothing reads or writes any more: they stay in the tables and the feed (clients of
   * any version share one schema), a row that leaves them out writes NULL, and no domain object has them.
   */
  retired: readonly Retired[];
};

export function syncedTable<
  Name extends string,
  Shape extends z.ZodRawShape,
  Key extends keyof Shape & string,
  Retired extends keyof Shape & string = never,
>(
  name: Name,
  key: Key,
  shape: Shape,
  options: { kind?: SyncedTableKind; retired?: readonly Retired[] } = {},
): SyncedTableDeclaration<Name, Key, Shape, Retired> {
  return {
    name,
    key,
    kind: options.kind ?? 'registry',
    row: z.strictObject(shape),
    columns: Object.keys(shape),
    retired: options.retired ?? [],
  };
}

/** Any declared table, whatever its row (a ZodObject's shape does not widen, so the row is any schema here). */
export type AnySyncedTable = {
  name: string;
  key: string;
  kind: SyncedTableKind;
  row: z.ZodType;
  columns: readonly string[];
  retired: readonly string[];
};

/** A table's row, as the feed carries it and SQLite returns it. */
export type RowOf<Table extends AnySyncedTable> = z.output<Table['row']>;

/** The domain object a row maps to where the mapping is the names alone: every live column, camelCase. */
export type DomainOf<Table extends AnySyncedTable> = {
  [
    Column in Exclude<keyof RowOf<Table> & string, Table['retired'][number]> as CamelCase<Column>
  ]: RowOf<Table>[Column];
};

const camelCase = (column: string): string =>
  column.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());

/**
 * A row read from SQLite (or the feed) as its domain object, for the tables whose domain fields are their
 * columns by another name (the inverse of node-shared/db/upsert.ts toRow): every live column under its
 * camelCase name, in column order, NULL where the row lacks it. Not validated, as a row SQLite returns is
 * what the table's constraints let in.
 */
export function fromRow<Table extends AnySyncedTable>(
  table: Table,
  row: Readonly<Record<string, unknown>>,
): DomainOf<Table> {
  const live = table.columns.filter((column) => !table.retired.includes(column));
  return Object.fromEntries(
    live.map((column) => [camelCase(column), row[column] ?? null]),
  ) as DomainOf<Table>;
}
