import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommitmentDetail, CommitmentDraft, CommitmentList } from '../../../shared/domain/commitment';
import { dispatch } from '../ipc/dispatch';
import type { Handlers } from '../ipc/handlers';
import { makeSubject, makeUscc, seedRegistry } from '../testing/fixtures';
import { openTempCore } from '../testing/temp-core';
import { makeDraft } from '../testing/commitment-fixtures';

// Today is 2026-11-27 (Beijing); 即将到期 is 7 days (resources/rules/commitment-rules.json).
const company = makeSubject('s-1', '平顶山市鹰城建筑工程有限公司', makeUscc('MA60TEKT'));
const other = makeSubject('s-2', '叶县昆阳食品有限公司', makeUscc('MA61TEKT'));

let core: ReturnType<typeof openTempCore>;
const call = (channel: keyof Handlers, payload: unknown) => dispatch(core.handlers, channel, payload);

beforeEach(() => {
  core = openTempCore({ withDemo: false });
  seedRegistry(core.db, { subjects: [company, other] });
});
afterEach(() => core.dispose());

const create = async (draft: CommitmentDraft): Promise<CommitmentDetail> => {
  const created = await call('commitments:create', draft);
  if (!created.ok) throw new Error(created.error.message);
  return created.value as CommitmentDetail;
};

const list = async (request: object): Promise<CommitmentList> => {
  const listed = await call('commitments:list', request);
  if (!listed.ok) throw new Error(listed.error.message);
  return listed.value as CommitmentList;
};

const names = (result: CommitmentList): string[] => result.items.map((item) => item.code.slice(-3));

async function seedCommitments(): Promise<Record<string, CommitmentDetail>> {
  const overdue = await create(
    makeDraft(company.identifier, { madeOn: '2026-11-01', verifyBy: '2026-11-26' }),
  );
  const dueToday = await create(makeDraft(company.identifier, { verifyBy: '2026-11-27' }));
  const dueSoon = await create(
    makeDraft(other.identifier, {
      committer: { name: other.name, kind: 'legal-person', identifier: other.identifier },
      verifyBy: '2026-12-04',
      type: 'missing-documents',
      matterCode: 'PDS-XK-002',
    }),
  );
  const open = await create(makeDraft(company.identifier, { verifyBy: '2026-12-05' }));
  const verified = await create(makeDraft(company.identifier, { type: 'certification' }));
  const done = await call('commitments:verify', {
    id: verified.commitment.id,
    baseVersion: 1,
    verification: {
      fulfilment: 'partial',
      unfulfilledContent: '未按期补交材料',
      liabilityPursued: '责令限期改正',
      falseCommitment: false,
      verifiedOn: '2026-11-27',
    },
  });
  if (!done.ok) throw new Error(done.error.message);
  return { overdue, dueToday, dueSoon, open, verified };
}

describe('commitments:list', () => {
  it('sorts the to-do by deadline, puts verified ones last, and counts the buckets', async () => {
    const made = await seedCommitments();
    const all = await list({});
    expect(all.total).toBe(5);
    expect(all.counts).toEqual({ open: 1, dueSoon: 2, overdue: 1 });
    expect(all.items.map((item) => item.id)).toEqual(
      [made.overdue, made.dueToday, made.dueSoon, made.open, made.verified].map(
        (detail) => detail?.commitment.id,
      ),
    );
    expect(all.items.map((item) => item.due)).toEqual([
      'overdue',
      'due-soon',
      'due-soon',
      'open',
      'verified',
    ]);
    expect(all.items[4]).toMatchObject({ state: 'verified', fulfilment: 'partial', falseCommitment: false });
    expect(all.items[2]).toMatchObject({
      matterName: '食品经营许可',
      committerName: other.name,
      conflict: false,
    });
  });

  it('sorts by a column asked for instead of the to-do order', async () => {
    await seedCommitments();
    const byDeadline = await list({ sortBy: 'verifyBy', sortDirection: 'desc' });
    expect(byDeadline.items.map((item) => item.verifyBy)).toEqual(
      [...byDeadline.items.map((item) => item.verifyBy)].sort().reverse(),
    );
    const byCommitter = await list({ sortBy: 'committerName' });
    expect(byCommitter.items.map((item) => item.committerName)).toEqual([
      other.name,
      company.name,
      company.name,
      company.name,
      company.name,
    ]);
  });

  it('filters by due bucket, matter, type, fulfilment and a name, code or identifier', async () => {
    const made = await seedCommitments();
    const ids = (result: CommitmentList): (string | undefined)[] => result.items.map((item) => item.id);
    expect(ids(await list({ due: 'overdue' }))).toEqual([made.overdue?.commitment.id]);
    expect((await list({ due: 'due-soon' })).total).toBe(2);
    expect(ids(await list({ due: 'open' }))).toEqual([made.open?.commitment.id]);
    expect(ids(await list({ due: 'verified' }))).toEqual([made.verified?.commitment.id]);
    expect(ids(await list({ matterCode: 'PDS-XK-002' }))).toEqual([made.dueSoon?.commitment.id]);
    expect(ids(await list({ type: 'certification' }))).toEqual([made.verified?.commitment.id]);
    expect(ids(await list({ fulfilment: 'partial' }))).toEqual([made.verified?.commitment.id]);
    expect(ids(await list({ query: '昆阳' }))).toEqual([made.dueSoon?.commitment.id]);
    expect(ids(await list({ query: other.identifier.toLowerCase() }))).toEqual([made.dueSoon?.commitment.id]);
    expect(ids(await list({ query: made.open?.commitment.code }))).toEqual([made.open?.commitment.id]);
    // The counts follow the other filters, not the due filter.
    expect((await list({ due: 'overdue', matterCode: 'PDS-XK-001' })).counts).toEqual({
      open: 1,
      dueSoon: 1,
      overdue: 1,
    });
    const page = await list({ limit: 2, offset: 1 });
    expect(page.total).toBe(5);
    expect(names(page)).toHaveLength(2);
  });

  it('shows an edit the platform refused as a conflict, with both sides, on the item', async () => {
    const made = await seedCommitments();
    const id = made.verified?.commitment.id;
    const server = { ...made.verified?.commitment, version: 2, state: 'verified' };
    core.db
      .prepare(
        "UPDATE outbox SET state = 'conflict', error_code = 'CONFLICT', error_message = ? WHERE kind = 'commitment.verified'",
      )
      .run(JSON.stringify(server));
    const detail = await call('commitments:get', { id });
    if (!detail.ok) throw new Error(detail.error.message);
    const { conflicts } = detail.value as CommitmentDetail;
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ local: { id, baseVersion: 1 }, server });
    const listed = await list({ due: 'verified' });
    expect(listed.items[0]?.conflict).toBe(true);
    expect((await list({ due: 'open' })).items[0]?.conflict).toBe(false);
  });

  it('answers COMMITMENT_NOT_FOUND for an unknown id', async () => {
    expect(await call('commitments:get', { id: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'COMMITMENT_NOT_FOUND' },
    });
  });
});
