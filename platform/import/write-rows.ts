// The write step of an import: every good row in ONE transaction, so a failure anywhere (a constraint, a full
// disk, a bug) leaves the platform exactly as it was. The tables' triggers log each write in `changes`, in the
// same transaction, so imported records reach clients through the feed.
import type { Db } from '../../node-shared/db/connection';
import { importedRecordId, importedSubjectId } from './import-ids';
import type { ImportProblem } from './import-report';
import type { ValidRow } from './validate-row';
import { creditRecordBaseColumns } from '../registry/synced-columns';

export type WriteOutcome = { imported: number; createdSubjects: number; warnings: ImportProblem[] };

export type WriteOptions = { department?: string; now: Date; dryRun: boolean };

/** Thrown inside the transaction of a dry run so that better-sqlite3 rolls it back. */
class DryRunRollback extends Error {
  constructor(readonly outcome: WriteOutcome) {
    super('dry run');
  }
}

// The base columns of a credit record (registry/synced-columns.ts), in order, then the classification the file may
// carry; the value tuples below follow them.
const CLASS_COLUMNS = ['severity', 'domain', 'procedure'] as const;
const RECORD_COLUMNS = [...creditRecordBaseColumns, ...CLASS_COLUMNS];
const BASE_VALUES = creditRecordBaseColumns.filter((column) => column !== 'id');
// A classification the file leaves empty never erases one the platform holds (fillsIn, platform-records.ts).
const SETS = [
  ...BASE_VALUES.map((column) => `${column} = excluded.${column}`),
  ...CLASS_COLUMNS.map((column) => `${column} = coalesce(excluded.${column}, credit_records.${column})`),
];
const NEW_VALUES = [
  ...BASE_VALUES.map((column) => `excluded.${column}`),
  ...CLASS_COLUMNS.map((column) => `coalesce(excluded.${column}, credit_records.${column})`),
];

/**
 * Writes the rows; throws (after the rollback) when anything fails. A dry run does every write, then rolls
 * back, so it finds what a real run would trip over, constraints included.
 */
export function writeRows(db: Db, rows: readonly ValidRow[], options: WriteOptions): WriteOutcome {
  const findSubject = db.prepare('SELECT id, name FROM subjects WHERE identifier = ?');
  // A plain INSERT: the subject was looked up by identifier just before, so a clash here (an id taken by
  // another identifier) is a real inconsistency and must fail the import, not be papered over.
  const insertSubject = db.prepare(
    `INSERT INTO subjects (id, name, identifier, identifier_kind, kind, region_code, legal_representative,
       registered_on, address, status, grade, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, 'active', NULL, ?)`,
  );
  // ON CONFLICT DO UPDATE (never REPLACE, which would delete first) and only when something differs, as in
  // platform/registry/registry.repo.ts, so rewriting the same record adds nothing to the feed.
  const upsertRecord = db.prepare(
    `INSERT INTO credit_records (${RECORD_COLUMNS.join(', ')}) VALUES (${RECORD_COLUMNS.map(() => '?').join(', ')})
     ON CONFLICT (id) DO UPDATE SET ${SETS.join(', ')}
     WHERE (${[...BASE_VALUES, ...CLASS_COLUMNS].map((column) => `credit_records.${column}`).join(', ')})
       IS DISTINCT FROM (${NEW_VALUES.join(', ')})`,
  );
  const updatedAt = options.now.toISOString();

  const write = db.transaction((): WriteOutcome => {
    const outcome: WriteOutcome = { imported: 0, createdSubjects: 0, warnings: [] };
    for (const row of rows) {
      const found = findSubject.get(row.identifier) as { id: string; name: string } | undefined;
      let subjectId = found?.id;
      if (found === undefined) {
        subjectId = importedSubjectId(row.identifier);
        insertSubject.run(
          subjectId,
          row.name,
          row.identifier,
          row.identifierKind,
          row.subjectKind,
          row.regionCode,
          row.legalRepresentative,
          updatedAt,
        );
        outcome.createdSubjects += 1;
      } else if (found.name !== row.name) {
        outcome.warnings.push({
          line: row.line,
          field: '相对人名称',
          code: 'name-differs',
          message: `平台中该代码的主体名称为「${found.name}」，与文件中的「${row.name}」不同；记录已归入平台中的主体，请核实名称。`,
        });
      }
      const recordId = importedRecordId(row.decisionNumber, options.department ?? row.sourceDepartment);
      outcome.imported += upsertRecord.run(
        recordId,
        subjectId,
        row.category,
        row.title,
        row.content,
        row.sourceDepartment,
        row.decisionNumber,
        row.decisionOn,
        row.publicationEndsOn,
        'published',
        row.severity,
        row.domain,
        row.procedure,
      ).changes;
    }
    if (options.dryRun) throw new DryRunRollback(outcome);
    return outcome;
  });

  try {
    // IMMEDIATE, as the outbox's entries (outbox/apply-entry.ts): served platform processes write the same file.
    return write.immediate();
  } catch (error) {
    if (error instanceof DryRunRollback) return error.outcome;
    throw error;
  }
}
