import type { Migration } from '../../../../node-shared/db/migrate';
import { indented } from '../../../../node-shared/db/frozen/indented';
import { subjectGradesTableV1 } from '../../../../node-shared/db/frozen/subject-grades-v1';

/**
 * Grade results, one row per result under its scheme (公共信用综合评价, an industry grade such as 纳税信用, or
 * 市场监管's 风险分类), fed by the platform like the registry (the platform's migration 11 creates the same
 * table). They replace the single subjects.grade, which stood for all three: the released column stays, is no
 * longer read, and keeps whatever values it held (synthetic ones only: the demo data set and the city generator
 * were its only writers), since a value without its scheme, evaluator or date cannot be placed under any scheme.
 *
 * An issued report records the 授权 a natural person's report needs (JSON: how it was given, who recorded it;
 * null for other subjects and for reports issued before): written once with the report, which stays
 * append-only (its triggers still refuse updates).
 *
 * Self-contained: SQL only, the table's text frozen with platform migration 11's
 * (node-shared/db/frozen/subject-grades-v1.ts), nothing imported from live code.
 */
export const gradesAndReportAuthorisation: Migration = {
  version: 15,
  name: 'grades-and-report-authorisation',
  up: (db) => {
    // Released 6 spaces deep (SQLite keeps that in the stored text).
    db.exec(indented(subjectGradesTableV1, 6));
    db.exec(`
      ALTER TABLE reports ADD COLUMN authorisation TEXT
        CHECK (authorisation IS NULL OR json_valid(authorisation));
    `);
  },
};
