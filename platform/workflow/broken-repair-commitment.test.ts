import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Commitment, Verification } from '../../shared/domain/commitment';
import type { RepairApplication, RepairOutcome } from '../../shared/domain/repair';
import { repairEligibility } from '../../shared/repair/eligibility';
import { requiredRuleTable } from '../rules/rule-tables';
import { startTempPlatform, type TempPlatform } from '../testing/temp-platform';
import {
  commitmentFixture,
  ENTRY_ID,
  entry,
  push,
  readRow,
  RECORD_ID,
  repairFixture,
  seedRegistry,
} from '../testing/workflow-fixtures';
import { reviewRepair } from './review-step';

// A broken 信用修复承诺 (DOMAIN.md "Credit repair"): what it undoes, and what it no longer lets the reviewer do.

let platform: TempPlatform;
let headers: Record<string, string>;
beforeEach(async () => {
  platform = await startTempPlatform({ now: () => new Date('2026-11-27T02:00:00Z') });
  ({ headers } = await platform.enrol());
  seedRegistry(platform.db);
});
afterEach(() => platform.dispose());

const VERIFIED_ON = '2026-12-20';
const broken: Verification = {
  fulfilment: 'unfulfilled',
  unfulfilledContent: '未按承诺完成整改',
  liabilityPursued: '撤销信用修复决定',
  falseCommitment: false,
  verifiedOn: VERIFIED_ON,
};

let mutation = 0;
/** Pushes a 信用修复承诺 and its application (accepted at the window), numbered `n`. */
async function applyWithCommitment(n: number, application: Partial<RepairApplication> = {}): Promise<void> {
  const commitment: Commitment = commitmentFixture({
    id: `c-${n}`,
    code: `41040020261127001${String(n).padStart(3, '0')}`,
    type: 'credit-repair',
    repairId: `rep-${n}`,
  });
  const result = await push(platform.url, headers, [
    entry((mutation += 1), 'commitment.created', commitment),
    entry(
      (mutation += 1),
      'repair.created',
      repairFixture({ id: `rep-${n}`, commitmentId: `c-${n}`, ...application }),
    ),
  ]);
  expect(result.results.map((item) => item.status)).toEqual(['applied', 'applied']);
}

const review = (id: string, event: 'start-review' | 'grant' | 'deny', outcome: RepairOutcome | null = null) =>
  reviewRepair(platform.db, {
    id,
    event,
    outcome,
    reason: event === 'deny' ? '承诺未履行' : null,
    reviewer: 'zhaolei',
    now: new Date('2026-11-30T02:00:00Z'),
  });

function grant(id: string, outcome: RepairOutcome): void {
  expect(review(id, 'start-review').ok).toBe(true);
  expect(review(id, 'grant', outcome)).toMatchObject({ ok: true, application: { state: 'granted' } });
}

async function breakCommitment(n: number): Promise<void> {
  const result = await push(platform.url, headers, [
    entry((mutation += 1), 'commitment.verified', {
      id: `c-${n}`,
      baseVersion: 1,
      verification: broken,
      verifiedBy: 'zhaolei',
      at: '2026-12-20T10:00:00.000+08:00',
    }),
  ]);
  expect(result.results.map((item) => item.status)).toEqual(['applied']);
}

const record = () => readRow(platform.db, 'credit_records', RECORD_ID);

describe('a broken 信用修复承诺', () => {
  it('puts the record a granted repair stopped back into publication until its maximum period', async () => {
    // Decided 2026-03-01 (一般): published at most one year, so still within it on the verification day.
    platform.db.prepare("UPDATE credit_records SET decision_on = '2026-03-01' WHERE id = ?").run(RECORD_ID);
    await applyWithCommitment(9);
    grant('rep-9', 'stop-publication');
    expect(record()).toMatchObject({ status: 'unpublished', repair_outcome: 'stop-publication' });
    await breakCommitment(9);
    const maximum = repairEligibility(
      requiredRuleTable(platform.db, 'repair-regimes'),
      { decisionOn: '2026-03-01', severity: 'general' },
      VERIFIED_ON,
    ).publicationEndsOn;
    expect(maximum).not.toBeNull();
    expect(maximum! >= VERIFIED_ON).toBe(true);
    expect(record()).toMatchObject({
      status: 'published',
      publication_ends_on: maximum,
      repair_outcome: null,
      repaired_on: null,
    });
    expect(readRow(platform.db, 'credit_records', 'commitment-failure-c-9')).toMatchObject({
      title: '违反信用承诺（信用修复型）',
    });
  });

  it('republishes nothing for an application that was not granted, whatever the record’s status', async () => {
    await applyWithCommitment(8);
    // Stopped by its source unit meanwhile, not by this application (still accepted).
    platform.db.prepare("UPDATE credit_records SET status = 'unpublished' WHERE id = ?").run(RECORD_ID);
    const before = record();
    await breakCommitment(8);
    expect(record()).toEqual(before);
    expect(readRow(platform.db, 'commitments', 'c-8')).toMatchObject({ record_id: 'commitment-failure-c-8' });
  });

  it('leaves a record whose maximum period ended before the verification day', async () => {
    // Decided in 2019: its longest period (一般) is long over by the verification day.
    platform.db.prepare("UPDATE credit_records SET decision_on = '2019-06-01' WHERE id = ?").run(RECORD_ID);
    const maximum = repairEligibility(
      requiredRuleTable(platform.db, 'repair-regimes'),
      { decisionOn: '2019-06-01', severity: 'general' },
      VERIFIED_ON,
    ).publicationEndsOn;
    expect(maximum! < VERIFIED_ON).toBe(true);
    await applyWithCommitment(7);
    grant('rep-7', 'stop-publication');
    const repaired = record();
    await breakCommitment(7);
    expect(record()).toEqual(repaired);
  });

  it('lists a removed entry again only when the repair was granted and the list term is not over', async () => {
    await applyWithCommitment(6, {
      targetTable: 'list_entries',
      targetId: ENTRY_ID,
      requestedOutcome: 'remove-from-list',
    });
    grant('rep-6', 'remove-from-list');
    expect(readRow(platform.db, 'list_entries', ENTRY_ID)).toMatchObject({ status: 'removed' });
    await breakCommitment(6);
    expect(readRow(platform.db, 'list_entries', ENTRY_ID)).toMatchObject({
      status: 'active',
      removed_on: null,
    });

    platform.db.prepare("UPDATE list_entries SET expires_on = '2026-12-01' WHERE id = ?").run(ENTRY_ID);
    await applyWithCommitment(5, {
      targetTable: 'list_entries',
      targetId: ENTRY_ID,
      requestedOutcome: 'remove-from-list',
    });
    grant('rep-5', 'remove-from-list');
    await breakCommitment(5);
    expect(readRow(platform.db, 'list_entries', ENTRY_ID)).toMatchObject({ status: 'removed' });
  });

  it('bars the reviewer from granting the application; denying stays possible', async () => {
    await applyWithCommitment(4);
    expect(review('rep-4', 'start-review').ok).toBe(true);
    await breakCommitment(4);
    const refused = review('rep-4', 'grant', 'stop-publication');
    expect(refused).toMatchObject({ ok: false, status: 409, code: 'REPAIR_STEP_REFUSED' });
    expect(!refused.ok && refused.message).toMatch(/信用修复承诺.*41040020261127001004.*不能准予修复/);
    expect(record()).toMatchObject({ status: 'published', repair_outcome: null });
    expect(review('rep-4', 'deny')).toMatchObject({ ok: true, application: { state: 'denied' } });
  });
});
