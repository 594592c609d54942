import type { SyncedTable } from '../../shared/platform-api/api';

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
  ],
  subjects: [
    'id',
    'name',
    'identifier',
    'identifier_kind',
    'kind',
    'region_code',
    'legal_representative',
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
  ],
};

/** Parents before children: the order in which a full load must write, and a client can apply. */
export const loadOrder: readonly SyncedTable[] = [
  'matter_categories',
  'list_types',
  'matters',
  'measures',
  'subjects',
  'list_entries',
  'credit_records',
];
