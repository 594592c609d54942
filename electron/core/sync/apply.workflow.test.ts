import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Change } from '../../../shared/platform-api/api';
import type { Commitment, CommitmentDetail } from '../../../shared/domain/commitment';
import { commitmentToRow } from '../../../shared/platform-api/synced/commitments';
import { getCommitment } from '../commitments/commitments.repo';
import { makeDraft } from '../testing/commitment-fixtures';
import { dispatch } from '../ipc/dispatch';
import { makeSubject, makeUscc, seedRegistry } from '../testing/fixtures';
import { openTempCore } from '../testing/temp-core';
import { createApplier } from './apply';
import { locallyHeldKeysSql } from './local-edits';

const company = makeSubject('s-1', '平顶山市鹰城建筑工程有限公司', makeUscc('MA70TEKT'));

let core: ReturnType<typeof openTempCore>;
beforeEach(() => {
  core = openTempCore({ withDemo: false });
  seedRegistry(core.db, { subjects: [company] });
});
afterEach(() => core.dispose());

const end = { end: true as const, next: 10, hasMore: false, latest: 10 };
const feed = (commitment: Commitment): Change => ({
  seq: 10,
  table: 'commitments',
  op: 'upsert',
  key: commitment.id,
  row: commitmentToRow(commitment),
});

async function verifiedLocally(): Promise<Commitment> {
  const created = await dispatch(core.handlers, 'commitments:create', makeDraft(company.identifier));
  if (!created.ok) throw new Error(created.error.message);
  const { commitment } = created.value as CommitmentDetail;
  const verified = await dispatch(core.handlers, 'commitments:verify', {
    id: commitment.id,
    baseVersion: 1,
    verification: {
      fulfilment: 'fulfilled',
      unfulfilledContent: null,
      liabilityPursued: null,
      falseCommitment: false,
      verifiedOn: '2026-11-27',
    },
  });
  if (!verified.ok) throw new Error(verified.error.message);
  return (verified.value as CommitmentDetail).commitment;
}

describe('applying workflow rows from the feed', () => {
  it('keeps a local edit the platform has not accepted yet, and takes the platform row from its version on', async () => {
    const local = await verifiedLocally();
    const original = {
      ...local,
      state: 'pending' as const,
      verification: null,
      verifiedBy: null,
      version: 1,
    };
    const applier = createApplier(core.db);
    expect(applier.applyPage([feed(original)], end, '2026-11-27T10:00:00.000+08:00').changed).toBe(0);
    expect(getCommitment(core.db, local.id)).toEqual(local);
    // The platform's version 2 (its own arbitration of the same edit, or another window's) wins…
    const platformTwo = { ...local, verifiedBy: '另一窗口', updatedAt: '2026-11-27T11:00:00.000+08:00' };
    expect(applier.applyPage([feed(platformTwo)], end, '2026-11-27T11:00:00.000+08:00').changed).toBe(1);
    expect(getCommitment(core.db, local.id)).toEqual(platformTwo);
    // …and so does any later one.
    const platformThree = { ...platformTwo, recordId: null, version: 3 };
    applier.applyPage([feed(platformThree)], end, '2026-11-27T11:00:00.000+08:00');
    expect(getCommitment(core.db, local.id)?.version).toBe(3);
  });

  it('lets the platform row take back a local edit once the platform refused it', async () => {
    const local = await verifiedLocally();
    const original = {
      ...local,
      state: 'pending' as const,
      verification: null,
      verifiedBy: null,
      version: 1,
    };
    core.db.prepare("UPDATE outbox SET state = 'delivered' WHERE kind = 'commitment.created'").run();
    core.db
      .prepare(
        "UPDATE outbox SET state = 'rejected', error_message = '拒收' WHERE kind = 'commitment.verified'",
      )
      .run();
    const applier = createApplier(core.db);
    expect(applier.applyPage([feed(original)], end, '2026-11-27T10:00:00.000+08:00').changed).toBe(1);
    expect(getCommitment(core.db, local.id)).toEqual(original);
  });

  it('names the rows anti-entropy must keep while their edits are undelivered', async () => {
    const local = await verifiedLocally();
    const held = (table: 'commitments' | 'credit_records' | 'subjects') => {
      const sql = locallyHeldKeysSql(table);
      return sql === null ? null : (core.db.prepare(sql).pluck().all() as string[]);
    };
    expect(held('commitments')).toEqual([local.id, local.id]);
    expect(held('credit_records')).toEqual([`commitment-failure-${local.id}`]);
    expect(held('subjects')).toBeNull();
    // Refused: a creation the platform does not hold stays (shown with its refusal); a provisional record goes
    // with its refused verification (outbox.repo), so nothing holds it.
    core.db.prepare("UPDATE outbox SET state = 'rejected'").run();
    expect(held('commitments')).toEqual([local.id]);
    expect(held('credit_records')).toEqual([]);
    core.db.prepare("UPDATE outbox SET state = 'delivered'").run();
    expect(held('commitments')).toEqual([]);
  });
});
