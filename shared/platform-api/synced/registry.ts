import { z } from 'zod';
import { CommitmentFailure } from '../../commitment/rules';
import { Grade } from '../../domain/grade';
import { RepairOutcome } from '../../domain/repair';
import {
  IdentifierKind,
  listEntryStatuses,
  PenaltyProcedure,
  RecordCategory,
  RecordStatus,
  RegistrationStatus,
  SubjectKind,
} from '../../domain/subject';
import { Severity } from '../../repair/regime-schema';
import { syncedTable } from './table';

// The registry the platform owns: subjects, their list entries, credit records and grade results (./table.ts).
// Their domain objects (shared/domain) are these rows by camelCase names: fromRow maps them.

export const subjectsTable = syncedTable(
  'subjects',
  'id',
  {
    id: z.string(),
    name: z.string(),
    identifier: z.string(),
    identifier_kind: IdentifierKind,
    kind: SubjectKind,
    region_code: z.string(),
    legal_representative: z.string().nullable(),
    /** The representative's 公民身份号码 where the registry records it. */
    legal_representative_id: z.string().nullable(),
    registered_on: z.string().nullable(),
    address: z.string().nullable(),
    status: RegistrationStatus,
    /** Stood for three different grade results at once; they are rows of subject_grades, each under its scheme. */
    grade: z.string().nullable(),
    updated_at: z.string(),
  },
  { retired: ['grade'] },
);

export const listEntriesTable = syncedTable('list_entries', 'id', {
  id: z.string(),
  subject_id: z.string(),
  list_type: z.string(),
  listed_on: z.string(),
  listing_unit: z.string(),
  reason: z.string(),
  document_number: z.string().nullable(),
  expires_on: z.string().nullable(),
  removed_on: z.string().nullable(),
  status: z.enum(listEntryStatuses),
});

/**
 * The columns every source of credit records fills (generator, importer, demo data), in this order; the
 * classification and workflow columns after them are NULL unless a source or the workflow sets them.
 */
const creditRecordBase = {
  id: z.string(),
  subject_id: z.string(),
  category: RecordCategory,
  title: z.string(),
  content: z.string(),
  source_department: z.string(),
  decision_number: z.string().nullable(),
  decision_on: z.string(),
  publication_ends_on: z.string().nullable(),
  status: RecordStatus,
};
export const creditRecordBaseColumns = Object.keys(creditRecordBase) as (keyof typeof creditRecordBase)[];

export const creditRecordsTable = syncedTable('credit_records', 'id', {
  ...creditRecordBase,
  severity: Severity.nullable(),
  domain: z.string().nullable(),
  commitment_id: z.string().nullable(),
  commitment_failure: CommitmentFailure.nullable(),
  repair_outcome: RepairOutcome.nullable(),
  repaired_on: z.string().nullable(),
  procedure: PenaltyProcedure.nullable(),
});

export const subjectGradesTable = syncedTable('subject_grades', 'id', {
  id: z.string(),
  subject_id: z.string(),
  scheme: z.string(),
  grade: Grade,
  evaluator: z.string(),
  evaluated_on: z.string(),
  valid_until: z.string().nullable(),
  source: z.string(),
});
