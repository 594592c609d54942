import { writeObjection } from '../workflow/objections.repo';
import { objectionFixture } from '../testing/objection-fixtures';
import type { Db } from '../../node-shared/db/connection';
import { syncedTables, type SyncedTable } from '../../shared/platform-api/api';
import { afterEach, describe, expect, it } from 'vitest';
import { openPlatformDb } from '../db/open-platform-db';
import { seedIfEmpty } from './seed';
import { RESOURCES_DIR, tempDir } from '../testing/temp-platform';
import { latestSeq } from '../feed/feed.repo';
import { deleteRows, readFeedRow, toFeedRow, upsertRows } from './registry.repo';
import { syncedTableList } from '../../shared/platform-api/synced';
import { commitmentFromRow } from '../../shared/platform-api/synced/commitments';
import { repairFromRow } from '../../shared/platform-api/synced/repair-applications';
import { seedRuleTables } from '../rules/rule-tables';
import { AT, commitmentFixture, repairFixture } from '../testing/workflow-fixtures';
import { readCommitmentRow, readRepairRow, writeCommitment, writeRepair } from '../workflow/workflow.repo';

let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((fn) => fn());
  cleanup = [];
});

const tables = Object.keys(syncedTables) as SyncedTable[];

function platformDb(): Db {
  const dir = tempDir();
  const db = openPlatformDb(dir.path);
  cleanup.push(() => {
    db.close();
    dir.remove();
  });
  return db;
}

const subject = {
  id: 's1',
  name: '平顶山市鹰城建设工程有限公司',
  identifier: '91410400MA0000001X',
  identifier_kind: 'uscc',
  kind: 'legal-person',
  region_code: '410400',
  legal_representative: '张三',
  legal_representative_id: null,
  registered_on: '2015-03-02',
  address: null,
  status: 'active',
  grade: null,
  updated_at: '2026-11-01T00:00:00.000+08:00',
};

describe('registry repository', () => {
  it('writes rows that read back from the feed exactly as given, and logs nothing when nothing changed', () => {
    const db = platformDb();
    expect(upsertRows(db, 'subjects', [subject])).toBe(1);
    expect(readFeedRow(db, 'subjects', 's1')).toEqual(subject);
    const seq = latestSeq(db);
    expect(upsertRows(db, 'subjects', [subject])).toBe(0);
    expect(latestSeq(db)).toBe(seq);
    expect(upsertRows(db, 'subjects', [{ ...subject, grade: 'A' }])).toBe(1);
    expect(latestSeq(db)).toBe(seq + 1);
    expect(deleteRows(db, 'subjects', ['s1', 'missing'])).toBe(1);
    expect(readFeedRow(db, 'subjects', 's1')).toBeNull();
  });

  it('refuses rows with unknown or missing columns', () => {
    const db = platformDb();
    expect(() => upsertRows(db, 'subjects', [{ ...subject, extra: 1 }])).toThrow(/unknown columns extra/);
    const { address: _address, ...partial } = subject;
    expect(() => upsertRows(db, 'subjects', [partial])).toThrow(/address is missing/);
  });

  it('writes NULL for a retired column a row leaves out (subjects.grade: grades are rows of subject_grades)', () => {
    const db = platformDb();
    const { grade: _grade, ...withoutGrade } = subject;
    expect(upsertRows(db, 'subjects', [withoutGrade])).toBe(1);
    expect(readFeedRow(db, 'subjects', 's1')).toEqual({ ...subject, grade: null });
  });

  it("stores measures' categories sorted and distinct whatever order they come in", () => {
    const db = platformDb();
    upsertRows(db, 'matter_categories', [
      { code: 'B', name: '政府采购' },
      { code: 'A', name: '行政许可' },
    ]);
    upsertRows(db, 'list_types', [{ code: 'L1', name: '失信被执行人', kind: 'serious', authority: '法院' }]);
    const measure = {
      code: 'P1',
      list_type: 'L1',
      name: '限制参与政府采购',
      direction: 'punishment',
      measure_class: '1',
      legal_basis: '依据',
      effective_from: '2021-01-01',
      effective_to: null,
      scope: 'window',
      matter_categories: ['B', 'A', 'B'],
    };
    upsertRows(db, 'measures', [measure]);
    expect(readFeedRow(db, 'measures', 'P1')).toEqual({ ...measure, matter_categories: ['A', 'B'] });
  });

  it('maps camelCase domain objects to feed rows', () => {
    expect(toFeedRow({ subjectId: 's', listType: 'L', publicationEndsOn: null })).toEqual({
      subject_id: 's',
      list_type: 'L',
      publication_ends_on: null,
    });
  });

  it('seeds an empty platform once with the catalogue and the demo data, all of it in the feed', () => {
    const db = platformDb();
    expect(seedIfEmpty(db, RESOURCES_DIR, true)).toEqual({ catalogue: true, demo: true });
    const counts = Object.fromEntries(
      tables.map((table) => [
        table,
        (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
      ]),
    );
    expect(counts.matters).toBeGreaterThan(0);
    expect(counts.subjects).toBeGreaterThan(0);
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    expect(latestSeq(db)).toBe(total);
    expect(seedIfEmpty(db, RESOURCES_DIR, true)).toEqual({ catalogue: false, demo: false });
    expect(latestSeq(db)).toBe(total);
  });
});

const verified = commitmentFixture({
  id: 'c-2',
  code: '41040020261127001002',
  state: 'verified',
  verification: {
    fulfilment: 'partial',
    unfulfilledContent: '消防验收文件未补齐',
    liabilityPursued: '撤销许可',
    falseCommitment: false,
    verifiedOn: '2026-12-20',
  },
  verifiedBy: 'zhaomin',
  updatedAt: AT,
  version: 2,
});

// Each synced table is declared once (shared/platform-api/synced): what the platform holds and feeds must be
// exactly the rows declared there, and the workflow mappers must carry every field there and back.
describe('synced rows, as declared', () => {
  it('every row the feed carries, of every table, is exactly a row its declaration describes', () => {
    const db = platformDb();
    seedIfEmpty(db, RESOURCES_DIR, true);
    seedRuleTables(db, RESOURCES_DIR, new Date(AT));
    writeCommitment(db, commitmentFixture());
    writeCommitment(db, verified);
    writeRepair(db, repairFixture());
    writeObjection(db, objectionFixture());
    for (const table of syncedTableList) {
      const rows = db.prepare(`SELECT key, row FROM feed_${table.name}`).all() as {
        key: string;
        row: string;
      }[];
      expect(rows.length, table.name).toBeGreaterThan(0);
      for (const { key, row } of rows) {
        const parsed = table.row.safeParse(JSON.parse(row));
        expect(parsed.error?.issues, `${table.name} ${key}`).toBeUndefined();
        expect(parsed.data?.[table.key as keyof typeof parsed.data], table.name).toBe(key);
      }
    }
  });

  it('maps workflow items to their rows and back without losing a field', () => {
    const db = platformDb();
    for (const commitment of [commitmentFixture(), verified]) {
      writeCommitment(db, commitment);
      expect(commitmentFromRow(readCommitmentRow(db, commitment.id) ?? {})).toEqual(commitment);
    }
    const application = repairFixture();
    writeRepair(db, application);
    expect(repairFromRow(readRepairRow(db, application.id) ?? {})).toEqual(application);
  });
});
