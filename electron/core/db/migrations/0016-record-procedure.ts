import type { Migration } from '../../../../node-shared/db/migrate';

/**
 * 处罚程序 of a credit record (简易程序 / 普通程序), reported by the deciding department and fed by the platform:
 * a natural person's penalty under 简易程序 is no basis for 联合惩戒 (record-rules.json). NULL where the
 * department did not say, as in every row synced before.
 */
export const recordProcedure: Migration = {
  version: 16,
  name: 'record-procedure',
  up: (db) => {
    db.exec(
      "ALTER TABLE credit_records ADD COLUMN procedure TEXT CHECK (procedure IN ('simple', 'ordinary'))",
    );
  },
};
