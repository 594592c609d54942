import type { Migration } from '../../../../node-shared/db/migrate';
import { DROP_NAME_BIGRAMS_TRIGGERS } from '../frozen/name-bigrams-v1';
import {
  BIGRAM_COMMON_TABLE,
  BIGRAM_TRIGGER_NAMES,
  NAME_BIGRAMS_TRIGGERS_V2,
} from '../frozen/name-bigrams-v2';

type Kept = { structure: string; objects: { type: string; name: string; sql: string }[] };

/**
 * Common pairs (../frozen/name-bigrams-v2.ts): their table, empty until the next one-pass build chooses them, and
 * the bigram triggers that skip them. An empty list skips nothing, so the table is not rebuilt here. A cache that
 * a crash left in the middle of a bulk pull (db/search-index.ts) has the triggers dropped and their SQL kept in
 * meta: that kept SQL becomes the new one, so the end of the pull recreates the new triggers.
 */
export const subjectBigramCommon: Migration = {
  version: 21,
  name: 'subject-bigram-common',
  up: (db) => {
    db.exec(BIGRAM_COMMON_TABLE);
    db.exec(DROP_NAME_BIGRAMS_TRIGGERS);
    db.exec(NAME_BIGRAMS_TRIGGERS_V2);
    const stored = db.prepare("SELECT value FROM meta WHERE key = 'deferred_schema'").pluck().get() as
      string | undefined;
    if (stored === undefined) return;
    const deferred = JSON.parse(stored) as Kept[];
    const bigramTrigger = new Set<string>(BIGRAM_TRIGGER_NAMES);
    const dropped = deferred.some((entry) => entry.objects.some((object) => bigramTrigger.has(object.name)));
    if (!dropped) return;
    const sqlOf = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").pluck();
    const renewed = deferred.map((entry) => ({
      ...entry,
      objects: entry.objects.map((object) =>
        bigramTrigger.has(object.name) ? { ...object, sql: sqlOf.get(object.name) as string } : object,
      ),
    }));
    db.exec(DROP_NAME_BIGRAMS_TRIGGERS);
    db.prepare("UPDATE meta SET value = ? WHERE key = 'deferred_schema'").run(JSON.stringify(renewed));
  },
};
