import { z } from 'zod';
import { listTypesTable, matterCategoriesTable, mattersTable, measuresTable } from './catalogue';
import { commitmentsTable } from './commitments';
import { creditRecordsTable, listEntriesTable, subjectGradesTable, subjectsTable } from './registry';
import { repairApplicationsTable } from './repair-applications';
import { ruleTablesTable } from './rule-tables';
import { objectionsTable } from './objections';

/**
 * The tables the platform owns and feeds down, each declared once (./table.ts), in the order the platform API
 * has always listed them (checksums, snapshots and anti-entropy go through them in this order).
 */
export const syncedTableList = [
  listTypesTable,
  matterCategoriesTable,
  mattersTable,
  measuresTable,
  subjectsTable,
  listEntriesTable,
  creditRecordsTable,
  commitmentsTable,
  repairApplicationsTable,
  ruleTablesTable,
  /** Grade results (公共信用综合评价, industry grades, 风险分类), one row per result, under its scheme. */
  subjectGradesTable,
  /** Objections (异议处理), workflow items like repair applications. */
  objectionsTable,
] as const;

type Declared = (typeof syncedTableList)[number];
export type SyncedTable = Declared['name'];

/** Each table's declaration by name. */
export const syncedTableOf = Object.fromEntries(syncedTableList.map((table) => [table.name, table])) as {
  [Table in Declared as Table['name']]: Table;
};

/** Each table with the column that keys it. */
export const syncedTables = Object.fromEntries(syncedTableList.map((table) => [table.name, table.key])) as {
  [Table in Declared as Table['name']]: Table['key'];
};

export const SyncedTable = z.enum(
  syncedTableList.map((table) => table.name) as [SyncedTable, ...SyncedTable[]],
);

/** The current columns of each table, in table order (snake_case, as a feed row carries them). */
export const syncedColumns = Object.fromEntries(
  syncedTableList.map((table) => [table.name, table.columns]),
) as Record<SyncedTable, readonly string[]>;

/** Each table's retired columns (./table.ts), none for most. */
export const retiredColumns = Object.fromEntries(
  syncedTableList.map((table) => [table.name, table.retired]),
) as Record<SyncedTable, readonly string[]>;
