import type { Migration } from '../../../../node-shared/db/migrate';
import { indented } from '../../../../node-shared/db/frozen/indented';
import { objectionsTableV1 } from '../../../../node-shared/db/frozen/objections-v1';

/**
 * Objections (异议处理), a synced workflow item taken in at the window and decided at the platform (the
 * platform's migration 17 creates the very same table). Self-contained: SQL only, the table's text frozen with
 * platform migration 17's (node-shared/db/frozen/objections-v1.ts), nothing imported from live code.
 */
export const objections: Migration = {
  version: 18,
  name: 'objections',
  up: (db) => {
    db.exec(indented(objectionsTableV1, 6));
  },
};
