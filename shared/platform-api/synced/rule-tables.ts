import { z } from 'zod';
import { syncedTable } from './table';

/**
 * The rule tables (repair regimes, holiday calendar, commitment rules …: shared/rules/rule-tables.ts), one row
 * each, changed at the platform; `content` is the table's JSON as text (./table.ts).
 */
export const ruleTablesTable = syncedTable(
  'rule_tables',
  'id',
  {
    id: z.string(),
    version: z.string(),
    content: z.string(),
    updated_at: z.string(),
  },
  { kind: 'rules' },
);
