import type { Migration } from '../../../node-shared/db/migrate';
import {
  changeTriggersV1,
  dropChangeTriggersV1,
  feedViewV1,
  jsonMembers,
  tableColumns,
} from '../frozen/change-log-v1';

/**
 * Issue 10's synced columns, the same as the client's migration 12: a measure's scope (the window's, or the
 * supervising department's: 监管提示) and the legal representative's 公民身份号码 on subjects. Measures of the
 * national basic list's 第2类 (管理措施 in official duties: 列为重点监管对象、提高抽查比例和频次) belong to the
 * supervising department (DOMAIN.md), so existing ones are marked supervisory, through the change log. And the
 * external queries devices attach to their checks (evidence, append-only like the checks themselves).
 *
 * Self-contained: the feed views of both tables are recreated from their tables' columns, with the change-log
 * triggers as 0001 wrote them (../frozen/change-log-v1.ts). Released: never edit, add a migration instead.
 */

/** Measures' feed row: every column, the categories array last and as JSON (as 0001 made it). */
function measuresView(columns: readonly string[]): string {
  const members = jsonMembers(columns.filter((column) => column !== 'matter_categories')).join(', ');
  return `
  CREATE VIEW feed_measures AS SELECT code AS key,
    json_object(${members}, 'matter_categories', json(matter_categories)) AS row FROM measures;`;
}

/** Subjects' feed row carries the representative's ID number beside the name (the table has it last). */
const subjectColumns = (columns: readonly string[]): string[] =>
  columns.flatMap((column) =>
    column === 'legal_representative_id'
      ? []
      : column === 'legal_representative'
        ? [column, 'legal_representative_id']
        : [column],
  );

export const checkRules: Migration = {
  version: 9,
  name: 'check-rules',
  up: (db) => {
    db.exec(`
      ${dropChangeTriggersV1('measures')}
      ${dropChangeTriggersV1('subjects')}
      DROP VIEW feed_measures;
      DROP VIEW feed_subjects;
      ALTER TABLE measures ADD COLUMN scope TEXT NOT NULL DEFAULT 'window'
        CHECK (scope IN ('window', 'supervisory'));
      ALTER TABLE subjects ADD COLUMN legal_representative_id TEXT;
    `);
    db.exec(measuresView(tableColumns(db, 'measures')));
    db.exec(feedViewV1('subjects', 'id', jsonMembers(subjectColumns(tableColumns(db, 'subjects')))));
    db.exec(`
      ${changeTriggersV1('measures', 'code')}
      ${changeTriggersV1('subjects', 'id')}
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
