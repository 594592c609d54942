import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../node-shared/db/connection';
import { syncedTableList } from '../../shared/platform-api/synced';
import { commitmentFromRow } from '../../shared/platform-api/synced/commitments';
import { repairFromRow } from '../../shared/platform-api/synced/repair-applications';
import { openPlatformDb } from '../db/open-platform-db';
import { seedRuleTables } from '../rules/rule-tables';
import { RESOURCES_DIR, tempDir } from '../testing/temp-platform';
import { AT, commitmentFixture, repairFixture } from '../testing/workflow-fixtures';
import { readCommitmentRow, readRepairRow, writeCommitment, writeRepair } from '../workflow/workflow.repo';
import { seedIfEmpty } from './seed';

// Each synced table is declared once (shared/platform-api/synced): what the platform holds and feeds must be
// exactly the rows declared there, and the workflow mappers must carry every field there and back.

let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((fn) => fn());
  cleanup = [];
});

function platformDb(): Db {
  const dir = tempDir();
  const db = openPlatformDb(dir.path);
  cleanup.push(() => {
    db.close();
    dir.remove();
  });
  return db;
}

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

describe('synced rows, as declared', () => {
  it('every row the feed carries, of every table, is exactly a row its declaration describes', () => {
    const db = platformDb();
    seedIfEmpty(db, RESOURCES_DIR, true);
    seedRuleTables(db, RESOURCES_DIR, new Date(AT));
    writeCommitment(db, commitmentFixture());
    writeCommitment(db, verified);
    writeRepair(db, repairFixture());
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
