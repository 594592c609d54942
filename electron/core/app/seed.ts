import { toBeijingIso } from '../../../shared/time';
import { appendAudit } from '../audit/audit.repo';
import { readCatalogue, replaceCatalogue } from '../catalogue/catalogue.repo';
import type { Db } from '../../../node-shared/db/connection';
import { upsertGrades } from '../subjects/grades.repo';
import { countSubjects, upsertListEntries, upsertRecords, upsertSubjects } from '../subjects/subjects.repo';
import { getMeta, setMeta } from './meta.repo';
import { loadCatalogue, loadDemoData } from '../../../node-shared/resources';

export type SeedOutcome = { catalogue: boolean; demo: boolean };

/**
 * First start: an empty cache gets the bundled catalogue and the demo data set (演示数据), so a clerk can try
 * the whole check at once. A cache that holds anything is left alone. One transaction: all or nothing.
 */
export function seedIfEmpty(db: Db, resourcesDir: string, now: Date, withDemo: boolean): SeedOutcome {
  const outcome: SeedOutcome = { catalogue: false, demo: false };
  db.transaction(() => {
    if (readCatalogue(db).matters.length === 0) {
      replaceCatalogue(db, loadCatalogue(resourcesDir));
      outcome.catalogue = true;
    }
    if (withDemo && countSubjects(db) === 0 && getMeta(db, 'cache_as_of') === null) {
      const demo = loadDemoData(resourcesDir);
      upsertSubjects(db, demo.subjects);
      upsertListEntries(db, demo.listEntries);
      upsertRecords(db, demo.records);
      upsertGrades(db, demo.grades);
      setMeta(db, 'demo_data', '1');
      setMeta(db, 'cache_as_of', toBeijingIso(now));
      appendAudit(db, {
        at: toBeijingIso(now),
        actor: 'system',
        action: 'demo.load',
        targetType: 'cache',
        targetId: null,
        caseNumber: null,
        purpose: '首次启动载入演示数据',
        detail: {
          subjects: demo.subjects.length,
          listEntries: demo.listEntries.length,
          records: demo.records.length,
          grades: demo.grades.length,
        },
      });
      outcome.demo = true;
    }
  })();
  return outcome;
}
