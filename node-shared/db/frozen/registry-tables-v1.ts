// Frozen SQL shared by a client and a platform migration: text only, no imports, never edited once released.

/*
 * The registry the platform owns and feeds down, as client migration 1 and platform migration 1 both create it,
 * so a feed row maps 1:1 onto a client row. Written at depth 0; each migration lays it out at its released depth
 * (indented.ts). Measures differ: the client keeps their matter categories in a join table, the platform in a
 * JSON column, so each migration closes measureColumns its own way. Released: never edit, add a migration.
 * Imported as a namespace (`import * as registryV1`). The tables' current columns are declared in
 * shared/platform-api/synced/.
 */

export const subjects = `CREATE TABLE subjects (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  identifier TEXT NOT NULL UNIQUE,
  identifier_kind TEXT NOT NULL CHECK (identifier_kind IN ('uscc', 'citizen-id')),
  kind TEXT NOT NULL CHECK (kind IN ('legal-person', 'individual-business', 'natural-person')),
  region_code TEXT NOT NULL,
  legal_representative TEXT,
  registered_on TEXT,
  address TEXT,
  status TEXT NOT NULL CHECK (status IN ('active', 'deregistered', 'revoked')),
  grade TEXT,
  updated_at TEXT NOT NULL
) STRICT;
`;

export const listTypes = `CREATE TABLE list_types (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('red', 'serious', 'abnormal')),
  authority TEXT NOT NULL
) STRICT;
`;

export const matterCategories = `CREATE TABLE matter_categories (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL
) STRICT;
`;

export const matters = `CREATE TABLE matters (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  category TEXT NOT NULL REFERENCES matter_categories (code),
  department TEXT NOT NULL
) STRICT;
`;

/** The opening of CREATE TABLE measures and its columns up to effective_to (no comma after it). */
export const measureColumns = `CREATE TABLE measures (
  code TEXT PRIMARY KEY,
  list_type TEXT NOT NULL REFERENCES list_types (code),
  name TEXT NOT NULL,
  direction TEXT NOT NULL CHECK (direction IN ('incentive', 'punishment')),
  measure_class TEXT NOT NULL,
  legal_basis TEXT NOT NULL,
  effective_from TEXT NOT NULL,
  effective_to TEXT`;

export const measuresIndex = 'CREATE INDEX measures_by_list_type ON measures (list_type);';

export const listEntries = `CREATE TABLE list_entries (
  id TEXT PRIMARY KEY,
  subject_id TEXT NOT NULL REFERENCES subjects (id) ON DELETE CASCADE,
  list_type TEXT NOT NULL REFERENCES list_types (code),
  listed_on TEXT NOT NULL,
  listing_unit TEXT NOT NULL,
  reason TEXT NOT NULL,
  document_number TEXT,
  expires_on TEXT,
  removed_on TEXT,
  status TEXT NOT NULL CHECK (status IN ('active', 'removed'))
) STRICT;
CREATE INDEX list_entries_by_subject ON list_entries (subject_id);
`;

export const creditRecords = `CREATE TABLE credit_records (
  id TEXT PRIMARY KEY,
  subject_id TEXT NOT NULL REFERENCES subjects (id) ON DELETE CASCADE,
  category TEXT NOT NULL,
  title TEXT NOT NULL,
  content TEXT NOT NULL,
  source_department TEXT NOT NULL,
  decision_number TEXT,
  decision_on TEXT NOT NULL,
  publication_ends_on TEXT,
  status TEXT NOT NULL CHECK (status IN ('published', 'unpublished', 'repaired'))
) STRICT;
CREATE INDEX credit_records_by_subject ON credit_records (subject_id);
`;
