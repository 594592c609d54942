import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Change } from '../../shared/platform-api/api';
import { toFeedRow } from '../../platform/registry/registry.repo';
import { getMeta } from '../../electron/core/app/meta.repo';
import { createApplier } from '../../electron/core/sync/apply';
import { makeSubject, makeUscc } from '../../electron/core/testing/fixtures';
import { openTempCore } from '../../electron/core/testing/temp-core';

// The pull applies a page in slices, its transaction open across turns of the event loop so the next page is read
// off the socket meanwhile. The page must stay one transaction all the same: whole or not at all, with its cursor.
let core: ReturnType<typeof openTempCore>;
beforeEach(() => {
  core = openTempCore({ withDemo: false });
});
afterEach(() => core.dispose());

const subjects = (count: number, from = 0): Change[] =>
  Array.from({ length: count }, (_, index) => {
    const id = `slice-${from + index}`;
    const subject = makeSubject(
      id,
      `分片测试企业${from + index}有限公司`,
      makeUscc(String(from + index).padStart(8, '0')),
    );
    return { seq: from + index + 1, table: 'subjects', op: 'upsert', key: id, row: toFeedRow(subject) };
  });
const count = (): number =>
  core.db.prepare("SELECT count(*) FROM subjects WHERE id LIKE 'slice-%'").pluck().get() as number;

it('lets the event loop run between slices and commits the page with its cursor', async () => {
  const applier = createApplier(core.db);
  let turns = 0;
  const ticking = setInterval(() => (turns += 1), 0);
  const applying = applier.applyPageYielding(
    subjects(2_000),
    { end: true, next: 2_000, hasMore: true, latest: 5_000 },
    '2026-12-07T10:00:00.000+08:00',
  );
  // Mid-page: the rows so far are inside the open transaction, the cursor not yet moved.
  await new Promise((resolve) => setImmediate(resolve));
  expect(core.db.inTransaction).toBe(true);
  const summary = await applying;
  clearInterval(ticking);
  expect(turns).toBeGreaterThan(0);
  expect(summary).toMatchObject({ applied: 2_000, changed: 2_000, skipped: 0 });
  expect(core.db.inTransaction).toBe(false);
  expect(count()).toBe(2_000);
  expect(getMeta(core.db, 'sync_cursor')).toBe('2000');
});

it('keeps nothing of a page that fails after a slice was applied, cursor included', async () => {
  const applier = createApplier(core.db);
  const page = subjects(1_500);
  // Row 1,200 cannot be written at all (an object where a text goes): not a constraint the apply sets aside.
  const broken = page[1_200];
  if (broken?.row == null) throw new Error('fixture');
  broken.row = { ...broken.row, name: { not: 'text' } };
  await expect(
    applier.applyPageYielding(
      page,
      { end: true, next: 1_500, hasMore: false, latest: 1_500 },
      '2026-12-07T10:00:00.000+08:00',
    ),
  ).rejects.toThrow();
  expect(core.db.inTransaction).toBe(false);
  expect(count()).toBe(0);
  expect(getMeta(core.db, 'sync_cursor')).toBeNull();
  // The same connection applies the next attempt normally.
  const again = await applier.applyPageYielding(
    subjects(1_500),
    { end: true, next: 1_500, hasMore: false, latest: 1_500 },
    '2026-12-07T10:00:00.000+08:00',
  );
  expect(again.changed).toBe(1_500);
  expect(getMeta(core.db, 'sync_cursor')).toBe('1500');
});
