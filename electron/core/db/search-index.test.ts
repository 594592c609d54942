import { afterEach, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../node-shared/db/connection';
import { migrate } from '../../../node-shared/db/migrate';
import { getMeta, setMeta } from '../app/meta.repo';
import { makeRecord, makeSubject, makeUscc, seedRegistry } from '../testing/fixtures';
import { searchSubjects } from '../subjects/subjects.repo';
import { migrations } from './migrations';
import { deferredSchemaObjects, deferSearchIndex, restoreSearchIndex } from './search-index';

// Real SQLite: the derived structures a bulk pull builds once at its end, dropped and brought back.
const opened: Db[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

function cache(): Db {
  const db = openDatabase(':memory:');
  opened.push(db);
  migrate(db, migrations);
  return db;
}

const schema = (db: Db): { type: string; name: string; sql: string }[] =>
  db
    .prepare(
      "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL",
    )
    .all() as { type: string; name: string; sql: string }[];
const byName = (objects: { name: string }[]): string[] => objects.map((object) => object.name).sort();

const subjects = (from: number, count: number) =>
  Array.from({ length: count }, (_, index) =>
    makeSubject(
      `s-${from + index}`,
      `平顶山市延迟索引企业${from + index}有限公司`,
      makeUscc(`${String(10_000_000 + from + index)}`),
    ),
  );

it('an initial load drops the synced tables’ secondary indexes and the name upkeep, and brings exactly them back', () => {
  const db = cache();
  const before = schema(db);
  deferSearchIndex(db, 'initial');
  const dropped = deferredSchemaObjects(db);
  // The name-search triggers and the secondary indexes of synced tables; unique indexes and local tables keep theirs.
  expect(byName(dropped)).toEqual(
    expect.arrayContaining([
      'subjects_fts_insert',
      'subjects_fts_delete',
      'subjects_fts_update',
      'subjects_by_name',
      'subjects_by_org_part',
      'credit_records_by_subject',
      'list_entries_by_subject',
    ]),
  );
  expect(byName(dropped)).not.toContain('checks_by_recheck');
  expect(byName(dropped)).not.toContain('checks_by_subject');
  expect(byName(schema(db))).toEqual(
    byName(before.filter((object) => !byName(dropped).includes(object.name))),
  );
  expect(getMeta(db, 'search_index_deferred')).toBe('1');

  seedRegistry(db, {
    subjects: subjects(0, 300),
    records: Array.from({ length: 300 }, (_, index) => makeRecord(`r-${index}`, `s-${index}`)),
  });
  restoreSearchIndex(db);
  expect(schema(db)).toEqual(expect.arrayContaining(before));
  expect(byName(schema(db))).toEqual(byName(before));
  expect(deferredSchemaObjects(db)).toEqual([]);
  expect(getMeta(db, 'search_index_deferred')).toBe('0');
  db.exec("INSERT INTO subjects_fts (subjects_fts) VALUES ('integrity-check')");
  expect(searchSubjects(db, '延迟索引企业299', 5).map((subject) => subject.id)).toEqual(['s-299']);
  // The upkeep is back: a row written after the restore is found by name.
  seedRegistry(db, { subjects: subjects(300, 1) });
  expect(searchSubjects(db, '延迟索引企业300', 5).map((subject) => subject.id)).toEqual(['s-300']);
  expect(
    db
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM credit_records WHERE subject_id = 's-1'")
      .all()
      .map((step) => (step as { detail: string }).detail)
      .join(' '),
  ).toContain('credit_records_by_subject');
});

it('a bulk pull defers only the name upkeep; an initial load on top of it adds the indexes once', () => {
  const db = cache();
  const before = schema(db);
  deferSearchIndex(db, 'bulk');
  expect(byName(deferredSchemaObjects(db))).toEqual([
    'subject_bigrams_delete',
    'subject_bigrams_insert',
    'subject_bigrams_update',
    'subjects_by_name_start',
    'subjects_fts_delete',
    'subjects_fts_insert',
    'subjects_fts_update',
  ]);
  deferSearchIndex(db, 'initial');
  deferSearchIndex(db, 'initial');
  const dropped = byName(deferredSchemaObjects(db));
  expect(dropped).toContain('subjects_by_name');
  expect(new Set(dropped).size).toBe(dropped.length);
  restoreSearchIndex(db);
  expect(byName(schema(db))).toEqual(byName(before));
});

it('restores a cache deferred before what was dropped was kept (the name triggers of migration 3)', () => {
  const db = cache();
  const before = schema(db);
  db.exec(
    'DROP TRIGGER subjects_fts_insert; DROP TRIGGER subjects_fts_delete; DROP TRIGGER subjects_fts_update;',
  );
  setMeta(db, 'search_index_deferred', '1');
  seedRegistry(db, { subjects: subjects(0, 10) });
  restoreSearchIndex(db);
  expect(byName(schema(db))).toEqual(byName(before));
  expect(searchSubjects(db, '延迟索引企业7', 5).map((subject) => subject.id)).toEqual(['s-7']);
});

it('migration 21 on a cache a crash left deferred: the kept trigger SQL becomes the new one, restored at the end', () => {
  const db = openDatabase(':memory:');
  opened.push(db);
  migrate(db, migrations.slice(0, 20));
  seedRegistry(db, { subjects: subjects(0, 5), entries: [], records: [] });
  deferSearchIndex(db, 'initial');
  migrate(db, migrations);
  // Still deferred: no bigram trigger live, and the kept ones skip the common pairs.
  const live = byName(schema(db)).filter((name) => name.startsWith('subject_bigrams_'));
  expect(live).toEqual([]);
  const kept = deferredSchemaObjects(db).filter((object) => object.name === 'subject_bigrams_insert');
  expect(kept).toHaveLength(1);
  expect(kept[0]?.sql).toContain('subject_bigram_common');
  restoreSearchIndex(db);
  const fresh = cache();
  const triggers = (of: Db) =>
    schema(of)
      .filter((object) => object.type === 'trigger')
      .sort((a, b) => a.name.localeCompare(b.name));
  expect(triggers(db)).toEqual(triggers(fresh));
  expect(searchSubjects(db, '延迟', 5)).toHaveLength(5);
});
