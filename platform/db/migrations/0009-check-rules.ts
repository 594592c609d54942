import type { Migration } from '../../../node-shared/db/migrate';

/**
 * Issue 10's synced columns, the same as the client's migration 12: a measure's scope (the window's, or the
 * supervising department's: 监管提示) and the legal representative's 公民身份号码 on subjects. Measures of the
 * national basic list's 第2类 (管理措施 in official duties: 列为重点监管对象、提高抽查比例和频次) belong to the
 * supervising department (DOMAIN.md), so existing ones are marked supervisory, through the change log. And the
 * external queries devices attach to their checks (evidence, append-only like the checks themselves).
 *
 * Self-contained: the feed views of both tables are recreated from this file's own column lists, with the
 * change-log triggers as 0001 wrote them. Released: never edit, add a migration instead.
 */

const measureColumns = [
  'code',
  'list_type',
  'name',
  'direction',
  'measure_class',
  'legal_basis',
  'effective_from',
  'effective_to',
  'scope',
];

const subjectColumns = [
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
];

const pairs = (columns: string[]): string => columns.map((column) => `'${column}', ${column}`).join(', ');

const views = `
  CREATE VIEW feed_measures AS SELECT code AS key,
    json_object(${pairs(measureColumns)}, 'matter_categories', json(matter_categories)) AS row FROM measures;
  CREATE VIEW feed_subjects AS SELECT id AS key, json_object(${pairs(subjectColumns)}) AS row FROM subjects;
`;

function changeTriggers(table: string, key: string): string {
  const upsert = `INSERT INTO changes (tbl, op, key, row)
      SELECT '${table}', 'upsert', key, row FROM feed_${table} WHERE key = NEW.${key};`;
  return `
  CREATE TRIGGER ${table}_log_insert AFTER INSERT ON ${table} BEGIN
    ${upsert}
  END;
  CREATE TRIGGER ${table}_log_update AFTER UPDATE ON ${table} BEGIN
    INSERT INTO changes (tbl, op, key, row) SELECT '${table}', 'delete', OLD.${key}, NULL WHERE OLD.${key} IS NOT NEW.${key};
    ${upsert}
  END;
  CREATE TRIGGER ${table}_log_delete AFTER DELETE ON ${table} BEGIN
    INSERT INTO changes (tbl, op, key, row) VALUES ('${table}', 'delete', OLD.${key}, NULL);
  END;`;
}

const dropTriggers = (table: string): string =>
  ['insert', 'update', 'delete'].map((event) => `DROP TRIGGER ${table}_log_${event};`).join('\n');

export const checkRules: Migration = {
  version: 9,
  name: 'check-rules',
  up: (db) => {
    db.exec(`
      ${dropTriggers('measures')}
      ${dropTriggers('subjects')}
      DROP VIEW feed_measures;
      DROP VIEW feed_subjects;
      ALTER TABLE measures ADD COLUMN scope TEXT NOT NULL DEFAULT 'window'
        CHECK (scope IN ('window', 'supervisory'));
      ALTER TABLE subjects ADD COLUMN legal_representative_id TEXT;
      ${views}
      ${changeTriggers('measures', 'code')}
      ${changeTriggers('subjects', 'id')}
      UPDATE measures SET scope = 'supervisory' WHERE measure_class = '2';

      CREATE TABLE platform_external_queries (
        device_id TEXT NOT NULL REFERENCES devices (id),
        query_id TEXT NOT NULL,
        check_id TEXT NOT NULL,
        mutation_id INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        PRIMARY KEY (device_id, query_id)
      ) STRICT;
      CREATE INDEX platform_external_queries_by_check ON platform_external_queries (device_id, check_id);
      CREATE TRIGGER platform_external_queries_append_only_update BEFORE UPDATE ON platform_external_queries
        BEGIN SELECT RAISE(ABORT, 'platform_external_queries is append-only'); END;
      CREATE TRIGGER platform_external_queries_append_only_delete BEFORE DELETE ON platform_external_queries
        BEGIN SELECT RAISE(ABORT, 'platform_external_queries is append-only'); END;
    `);
  },
};
