import type { Migration } from '../../../../node-shared/db/migrate';

/** The registry the platform owns (subjects, records, list entries) and the catalogues (matters, measures). */
export const registryAndCatalogue: Migration = {
  version: 1,
  name: 'registry-and-catalogue',
  up: (db) => {
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE subjects (
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

      CREATE TABLE list_types (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('red', 'serious', 'abnormal')),
        authority TEXT NOT NULL
      ) STRICT;

      CREATE TABLE matter_categories (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL
      ) STRICT;

      CREATE TABLE matters (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        category TEXT NOT NULL REFERENCES matter_categories (code),
        department TEXT NOT NULL
      ) STRICT;

      CREATE TABLE measures (
        code TEXT PRIMARY KEY,
        list_type TEXT NOT NULL REFERENCES list_types (code),
        name TEXT NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('incentive', 'punishment')),
        measure_class TEXT NOT NULL,
        legal_basis TEXT NOT NULL,
        effective_from TEXT NOT NULL,
        effective_to TEXT
      ) STRICT;
      CREATE INDEX measures_by_list_type ON measures (list_type);

      CREATE TABLE measure_matter_categories (
        measure_code TEXT NOT NULL REFERENCES measures (code) ON DELETE CASCADE,
        category TEXT NOT NULL REFERENCES matter_categories (code),
        PRIMARY KEY (measure_code, category)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE list_entries (
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

      CREATE TABLE credit_records (
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
    `);
  },
};
