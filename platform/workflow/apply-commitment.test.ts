import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Commitment } from '../../shared/domain/commitment';
import type { PushResult } from '../../shared/platform-api/api';
import { commitmentFromRow } from '../../shared/platform-api/synced/commitments';
import { latestSeq } from '../feed/feed.repo';
import { fetchPage } from '../testing/feed-client';
import { startTempPlatform, TEST_CLERK_LABEL, type TempPlatform } from '../testing/temp-platform';
import {
  commitmentFixture,
  entry,
  push,
  readRow,
  seedRegistry,
  SUBJECT_ID,
} from '../testing/workflow-fixtures';
import { committerSubjectId } from './commitment-failure';

let platform: TempPlatform;
let headers: Record<string, string>;
beforeEach(async () => {
  platform = await startTempPlatform({ now: () => new Date('2026-11-27T02:00:00Z') });
  ({ headers } = await platform.enrol());
  seedRegistry(platform.db);
});
afterEach(() => platform.dispose());

const created = (mutationId: number, commitment = commitmentFixture()): unknown =>
  entry(mutationId, 'commitment.created', commitment);
const verified = (
  mutationId: number,
  verification: Commitment['verification'],
  overrides: { id?: string; baseVersion?: number } = {},
): unknown =>
  entry(mutationId, 'commitment.verified', {
    id: overrides.id ?? 'c-1',
    baseVersion: overrides.baseVersion ?? 1,
    verification,
    verifiedBy: 'zhaolei',
    at: '2026-12-20T10:00:00.000+08:00',
  });
const kept = {
  fulfilment: 'fulfilled',
  unfulfilledContent: null,
  liabilityPursued: null,
  falseCommitment: false,
  verifiedOn: '2026-12-20',
} as const;
const broken = {
  fulfilment: 'unfulfilled',
  unfulfilledContent: '未补齐消防验收文件',
  liabilityPursued: '撤销施工许可',
  falseCommitment: false,
  verifiedOn: '2026-12-20',
} as const;

const statuses = (results: PushResult[]): string[] => results.map((result) => result.status);
const stored = (id = 'c-1'): Commitment => {
  const row = readRow(platform.db, 'commitments', id);
  if (row === undefined) throw new Error(`no commitment ${id}`);
  return commitmentFromRow(row);
};

describe('commitment.created', () => {
  it('stores the commitment as sent, once; the same creation again is a duplicate', async () => {
    const first = await push(platform.url, headers, [created(1)]);
    expect(statuses(first.results)).toEqual(['applied']);
    expect(stored()).toEqual(commitmentFixture());
    // A retry of the same entry, and the same creation under a new mutation id (e.g. re-queued).
    const again = await push(platform.url, headers, [created(1), created(2)]);
    expect(statuses(again.results)).toEqual(['duplicate', 'duplicate']);
  });

  it('answers another item under a taken id with a conflict, and refuses a code already in use', async () => {
    await push(platform.url, headers, [created(1)]);
    const other = commitmentFixture({ content: '另一份承诺内容' });
    const sameId = await push(platform.url, headers, [created(2, other)]);
    expect(sameId.results).toEqual([
      { mutationId: 2, status: 'conflict', serverVersion: commitmentFixture() },
    ]);
    const sameCode = await push(platform.url, headers, [created(3, commitmentFixture({ id: 'c-2' }))]);
    expect(sameCode.results[0]).toMatchObject({ status: 'rejected', code: 'COMMITMENT_CODE_TAKEN' });
    expect(sameCode.results[0]?.status === 'rejected' && sameCode.results[0].message).toContain('承诺编码');
    expect(readRow(platform.db, 'commitments', 'c-2')).toBeUndefined();
  });

  it('refuses a creation that is not a pending first version, and a malformed one', async () => {
    const result = await push(platform.url, headers, [
      created(1, commitmentFixture({ version: 2 })),
      entry(2, 'commitment.created', { ...commitmentFixture(), code: '123' }),
    ]);
    expect(result.results.map((item) => (item.status === 'rejected' ? item.code : item.status))).toEqual([
      'INVALID_PAYLOAD',
      'INVALID_PAYLOAD',
    ]);
  });
});

describe('commitment.verified', () => {
  it('applies a verification to the version the clerk saw and raises the version', async () => {
    const response = await push(platform.url, headers, [created(1), verified(2, kept)]);
    expect(statuses(response.results)).toEqual(['applied', 'applied']);
    expect(stored()).toMatchObject({
      state: 'verified',
      verification: kept,
      // The authenticated user, never the name the entry gave.
      verifiedBy: TEST_CLERK_LABEL,
      recordId: null,
      version: 2,
      updatedAt: '2026-12-20T10:00:00.000+08:00',
    });
    expect(readRow(platform.db, 'credit_records', 'commitment-failure-c-1')).toBeUndefined();
  });

  it('answers an edit of an older version with a conflict carrying the platform version, the same on retry', async () => {
    await push(platform.url, headers, [created(1), verified(2, kept)]);
    const late = await push(platform.url, headers, [verified(3, broken)]);
    const expected = { mutationId: 3, status: 'conflict', serverVersion: stored() };
    expect(late.results).toEqual([expected]);
    expect(Commitment.parse((late.results[0] as { serverVersion: unknown }).serverVersion).version).toBe(2);
    const retry = await push(platform.url, headers, [verified(3, broken)]);
    expect(retry.results).toEqual([expected]);
    expect(platform.db.prepare('SELECT status FROM device_mutations WHERE mutation_id = 3').get()).toEqual({
      status: 'conflict',
    });
  });

  it('refuses a verification of an unknown commitment and a second one of the same version', async () => {
    await push(platform.url, headers, [created(1)]);
    const response = await push(platform.url, headers, [
      verified(2, kept, { id: 'nope' }),
      verified(3, kept),
      verified(4, kept, { baseVersion: 2 }),
    ]);
    expect(response.results.map((item) => (item.status === 'rejected' ? item.code : item.status))).toEqual([
      'COMMITMENT_NOT_FOUND',
      'applied',
      'COMMITMENT_ALREADY_VERIFIED',
    ]);
  });

  it('turns a broken commitment into a credit record of the subject, in the feed with the commitment', async () => {
    await push(platform.url, headers, [created(1)]);
    const before = latestSeq(platform.db);
    await push(platform.url, headers, [verified(2, broken)]);
    const record = readRow(platform.db, 'credit_records', 'commitment-failure-c-1');
    expect(record).toMatchObject({
      subject_id: SUBJECT_ID,
      category: 'commitment',
      title: '违反信用承诺（审批替代型）',
      source_department: '平顶山市住房和城乡建设局',
      decision_on: '2026-12-20',
      publication_ends_on: '2027-12-20',
      status: 'published',
      // commitment-rules.json failureSeverity: the grade the repair rules read.
      severity: 'general',
      commitment_id: 'c-1',
      commitment_failure: 'unfulfilled',
    });
    expect(record?.content).toContain('未补齐消防验收文件');
    expect(stored()).toMatchObject({ recordId: 'commitment-failure-c-1', subjectId: SUBJECT_ID, version: 2 });
    const page = await fetchPage(platform.url, headers, before);
    expect(page.changes.map((change) => [change.table, change.key])).toEqual([
      ['credit_records', 'commitment-failure-c-1'],
      ['commitments', 'c-1'],
    ]);
    expect(page.changes[1]?.row).toMatchObject({ record_id: 'commitment-failure-c-1', false_commitment: 0 });
  });

  it('creates a minimal subject for a committer the registry does not know', async () => {
    const stranger = commitmentFixture({
      committer: { name: '叶县某商贸有限公司', kind: 'legal-person', identifier: '91410422MA0000009Y' },
    });
    await push(platform.url, headers, [
      created(1, stranger),
      verified(2, { ...broken, falseCommitment: true }),
    ]);
    // Keyed by a hash of the identifier, never the identifier itself; the same on every push.
    const subjectId = `subject-${createHash('sha256').update('91410422MA0000009Y').digest('hex').slice(0, 20)}`;
    expect(committerSubjectId('91410422MA0000009Y')).toBe(subjectId);
    expect(readRow(platform.db, 'subjects', subjectId)).toMatchObject({
      name: '叶县某商贸有限公司',
      identifier: '91410422MA0000009Y',
      identifier_kind: 'uscc',
      kind: 'legal-person',
      region_code: '410400',
      status: 'active',
    });
    expect(readRow(platform.db, 'credit_records', 'commitment-failure-c-1')).toMatchObject({
      subject_id: subjectId,
      title: '虚假承诺（审批替代型）',
      commitment_failure: 'false',
    });
  });
});
