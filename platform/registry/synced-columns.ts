import type { SyncedTable } from '../../shared/platform-api/api';

/**
 * The columns every source of credit records fills (generator, importer, demo data), in this order; the
 * workflow and classification columns after them (severity … procedure) are NULL unless a source or the workflow sets them.
 */
export const creditRecordBaseColumns = [
  'id',
  'subject_id',
  'category',
  'title',
  'content',
  'source_department',
  'decision_number',
  'decision_on',
  'publication_ends_on',
  'status',
] as const;

/**
 * The current columns of each owned table, in the client's snake_case, as a feed row carries them.
 * Checklist when a column is added: a new migration (table + its feed_<table> view), this list, and the
 * client's cache migration; registry.repo.test.ts compares all three.
 */
export const syncedColumns: Record<SyncedTable, readonly string[]> = {
  list_types: ['code', 'name', 'kind', 'authority'],
  matter_categories: ['code', 'name'],
  matters: ['code', 'name', 'category', 'department'],
  measures: [
    'code',
    'list_type',
    'name',
    'direction',
    'measure_class',
    'legal_basis',
    'effective_from',
    'effective_to',
    'matter_categories',
    'scope',
  ],
  subjects: [
    'id',
    'name',
    'identifier',
    'identifier_kind',
    'kind',
    'region_code',
    'legal_representative',
    'legal_representative_id',
    'registered_on',
    'address',
    'status',
    'grade',
    'updated_at',
  ],
  list_entries: [
    'id',
    'subject_id',
    'list_type',
    'listed_on',
    'listing_unit',
    'reason',
    'document_number',
    'expires_on',
    'removed_on',
    'status',
  ],
  credit_records: [
    ...creditRecordBaseColumns,
    'severity',
    'domain',
    'commitment_id',
    'commitment_failure',
    'repair_outcome',
    'repaired_on',
    'procedure',
  ],
  commitments: [
    'id',
    'code',
    'committer_name',
    'committer_kind',
    'committer_identifier',
    'identifier_kind',
    'subject_id',
    'type',
    'reason',
    'content',
    'liability',
    'made_on',
    'valid_until',
    'matter_code',
    'case_number',
    'recognising_unit_name',
    'recognising_unit_code',
    'accepting_unit_name',
    'accepting_unit_code',
    'publicity',
    'verify_by',
    'check_id',
    'state',
    'fulfilment',
    'unfulfilled_content',
    'liability_pursued',
    'false_commitment',
    'verified_on',
    'verified_by',
    'repair_id',
    'record_id',
    'operator',
    'created_at',
    'updated_at',
    'version',
  ],
  repair_applications: [
    'id',
    'subject_id',
    'applicant_name',
    'applicant_identifier',
    'handler_name',
    'handler_phone',
    'target_table',
    'target_id',
    'target_title',
    'reasons',
    'requested_outcome',
    'attachments',
    'commitment_id',
    'eligibility',
    'state',
    'state_entered_on',
    'history',
    'outcome',
    'decision_reason',
    'accepting_unit',
    'operator',
    'created_at',
    'updated_at',
    'version',
  ],
  rule_tables: ['id', 'version', 'content', 'updated_at'],
  subject_grades: [
    'id',
    'subject_id',
    'scheme',
    'grade',
    'evaluator',
    'evaluated_on',
    'valid_until',
    'source',
  ],
};

/**
 * Released columns that nothing reads or writes any more; they stay in the tables and the feed (clients of any
 * version share one schema) and a row that leaves them out writes NULL. subjects.grade stood for three different
 * grade results at once; they are rows of subject_grades now, each under its scheme.
 */
export const retiredColumns: Partial<Record<SyncedTable, readonly string[]>> = {
  subjects: ['grade'],
};

/** Parents before children: the order in which a full load must write, and a client can apply. */
export const loadOrder: readonly SyncedTable[] = [
  'rule_tables',
  'matter_categories',
  'list_types',
  'matters',
  'measures',
  'subjects',
  'list_entries',
  'credit_records',
  'subject_grades',
  'commitments',
  'repair_applications',
];
