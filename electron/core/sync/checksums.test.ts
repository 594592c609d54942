import { afterEach, beforeEach, expect, it } from 'vitest';
import { syncedTables, type SyncedTable } from '../../../shared/platform-api/api';
import { tableHasher } from '../../../shared/platform-api/checksum';
import type { Db } from '../../../node-shared/db/connection';
import { makeSubject, makeUscc, seedRegistry } from '../testing/fixtures';
import { openTempCore } from '../testing/temp-core';
import { localChecksums, localChecksumsYielding } from './checksums';

// The cache's checksums are made from rows SQLite renders as JSON; the platform's from row objects through
// canonicalRow (JSON.stringify). These hold the two to the same text, whatever a name holds.

let core: ReturnType<typeof openTempCore>;
beforeEach(() => {
  core = openTempCore({ withDemo: true });
});
afterEach(() => core.dispose());

/** The platform's way: each row an object, its measures' categories added as a sorted array. */
function checksumsOfObjects(db: Db): ReturnType<typeof localChecksums> {
  const result = {} as ReturnType<typeof localChecksums>;
  for (const table of Object.keys(syncedTables) as SyncedTable[]) {
    const hasher = tableHasher();
    for (const row of db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[]) {
      const categories =
        table === 'measures'
          ? (db
              .prepare(
                'SELECT category FROM measure_matter_categories WHERE measure_code = ? ORDER BY category',
              )
              .pluck()
              .all(row.code) as string[])
          : null;
      hasher.add(categories === null ? row : { ...row, matter_categories: categories });
    }
    result[table] = hasher.result();
  }
  return result;
}

const awkward = [
  '引号"与反斜杠\\和/斜杠',
  `控制字符${String.fromCharCode(1)}${String.fromCharCode(0x1f)}\b\f\n\r\t${String.fromCharCode(0x7f)}`,
  '行分隔\u2028段分隔\u2029不换行空格\u00a0字节序\ufeff',
  '扩展区𠀀与表情😀',
  '平顶山市'.repeat(75),
];

it('hashes every table as the platform does, names with quotes, control characters and astral characters included', async () => {
  seedRegistry(core.db, {
    subjects: awkward.map((name, index) =>
      makeSubject(`s-odd-${index}`, name, makeUscc(`MA70ODD${index}`), {
        address: index % 2 === 0 ? null : name,
      }),
    ),
  });
  const expected = checksumsOfObjects(core.db);
  expect(expected.subjects.count).toBeGreaterThan(awkward.length);
  expect(expected.measures.count).toBeGreaterThan(0);
  expect(localChecksums(core.db)).toEqual(expected);
  expect(await localChecksumsYielding(core.db)).toEqual(expected);
  expect(core.db.inTransaction).toBe(false);
});

it('counts a measure without categories with an empty list, as the feed carries it', () => {
  const code = core.db.prepare('SELECT code FROM measures LIMIT 1').pluck().get() as string;
  core.db.prepare('DELETE FROM measure_matter_categories WHERE measure_code = ?').run(code);
  expect(localChecksums(core.db)).toEqual(checksumsOfObjects(core.db));
});

it('refuses a column SQLite would render differently from JSON.stringify, rather than report a false difference', () => {
  core.db.exec('ALTER TABLE subjects ADD COLUMN score REAL');
  expect(() => localChecksums(core.db)).toThrow(/score is REAL/);
});
