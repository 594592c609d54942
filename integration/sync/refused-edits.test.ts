import { unlinkSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/calendar/day';
import type { CommitmentDetail } from '../../shared/domain/commitment';
import { beijingDay } from '../../shared/time';
import { getMeta } from '../../electron/core/app/meta.repo';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { repairRequest } from '../../electron/core/repairs/repairs.fixtures';
import { makeDraft } from '../../electron/core/testing/commitment-fixtures';
import { DEMO_UNIT, enrolAt, FAST_RETRY, openTempPlatform, signInOnline } from '../testing/platform-fixture';
import { publishRepairablePenalty } from '../testing/records';
import { openTempCore } from '../../electron/core/testing/temp-core';
import { samplePdf } from '../../node-shared/testing/sample-files';

// Edits the real platform refuses outright (rejected, not a conflict): what they leave behind at the window.
// The client compares checksums only daily (the default), so anything converging here does so on its own.
let platform: Awaited<ReturnType<typeof openTempPlatform>>;
let core: ReturnType<typeof openTempCore>;

const CLEAN = { id: 'demo-s-0031', name: '平顶山市璞骁农业开发有限公司', identifier: '914104035947936092' };
const RECORD_ID = 'refused-it-penalty';

beforeEach(async () => {
  platform = await openTempPlatform();
  publishRepairablePenalty(platform.current().db, RECORD_ID, CLEAN.id);
  core = openTempCore({
    withDemo: false,
    clock: { now: new Date() },
    syncOptions: { retry: FAST_RETRY, timeoutMs: 5000 },
  });
  const enrolled = await enrolAt(core, platform.current().url, {
    code: platform.current().issueCode(DEMO_UNIT),
    deviceName: '汝州市政务服务中心 5 号窗口',
  });
  if (!enrolled.ok) throw new Error(enrolled.error.message);
  await signInOnline(core, 'admin');
  await sync();
  expect(getMeta(core.db, 'last_verified_at')).not.toBeNull();
});
afterEach(async () => {
  core.dispose();
  await platform.dispose();
});

async function sync(): Promise<void> {
  const synced = await core.sync.run();
  if (!synced.ok) throw new Error(synced.error.message);
}

const today = (): string => beijingDay(core.clock.now);
const platformDb = () => platform.current().db;

const addFile = async (name: string, text: string) => {
  const added = await core.handlers['files:add']({
    name,
    mime: 'application/pdf',
    base64: samplePdf(text).toString('base64'),
  });
  if (!added.ok) throw new Error(added.error.message);
  return { ...added.value, name, mime: 'application/pdf', kind: 'evidence' as const };
};

const applyFor = async (extra: Parameters<typeof repairRequest>[2] = {}) => {
  const created = await core.handlers['repairs:create'](
    repairRequest(CLEAN, { table: 'credit_records', id: RECORD_ID }, extra),
  );
  if (!created.ok) throw new Error(`${created.error.code}: ${created.error.message}`);
  return created.value.application;
};

describe('a verification the platform refuses', () => {
  it('takes back the provisional failure record and shows the platform state with its reason', async () => {
    const created = await dispatch(
      core.handlers,
      'commitments:create',
      makeDraft(CLEAN.identifier, {
        committer: { name: CLEAN.name, kind: 'legal-person', identifier: CLEAN.identifier },
        madeOn: today(),
        verifyBy: addDays(today(), 30),
      }),
    );
    if (!created.ok) throw new Error(created.error.message);
    const { id } = (created.value as CommitmentDetail).commitment;
    await sync();
    // At the platform the commitment was verified (kept) by hand, without a new version: this window's
    // verification of version 1 is refused outright.
    platformDb()
      .prepare(
        `UPDATE commitments SET state = 'verified', fulfilment = 'fulfilled', false_commitment = 0,
           verified_on = ?, verified_by = '市平台管理员' WHERE id = ?`,
      )
      .run(today(), id);
    const verified = await dispatch(core.handlers, 'commitments:verify', {
      id,
      baseVersion: 1,
      verification: {
        fulfilment: 'unfulfilled',
        unfulfilledContent: '未补交施工图审查合格书',
        liabilityPursued: '撤销施工许可决定',
        falseCommitment: false,
        verifiedOn: today(),
      },
    });
    expect(verified.ok).toBe(true);
    const recordId = `commitment-failure-${id}`;
    const localRecord = () =>
      core.db.prepare('SELECT id FROM credit_records WHERE id = ?').pluck().get(recordId);
    expect(localRecord()).toBe(recordId);

    await sync();
    expect(core.sync.status().outbox).toMatchObject({ pending: 0, rejected: 1, conflict: 0 });
    expect(localRecord()).toBeUndefined();
    const detail = await dispatch(core.handlers, 'commitments:get', { id });
    if (!detail.ok) throw new Error(detail.error.message);
    const { commitment, conflicts } = detail.value as CommitmentDetail;
    expect(commitment).toMatchObject({
      version: 1,
      state: 'verified',
      verifiedBy: '市平台管理员',
      verification: { fulfilment: 'fulfilled' },
    });
    expect(conflicts).toEqual([
      expect.objectContaining({
        state: 'rejected',
        message: '该承诺已核查，不能再次登记核查结果',
        local: expect.objectContaining({ id, baseVersion: 1 }) as unknown,
        server: null,
      }),
    ]);
    const listed = await core.handlers['commitments:list']({ limit: 50, offset: 0 });
    expect(listed.ok && listed.value.items.find((item) => item.id === id)?.conflict).toBe(true);
  });
});

describe('a repair step the platform refuses', () => {
  it('shows the platform state after the next sync, with the reason on the item', async () => {
    const application = await applyFor({ accept: false });
    expect(application.state).toBe('submitted');
    await sync();
    // The platform's copy was closed by hand (不予受理) without a new version: 受理 of version 1 is refused.
    platformDb().prepare("UPDATE repair_applications SET state = 'refused' WHERE id = ?").run(application.id);
    const stepped = await core.handlers['repairs:step']({
      id: application.id,
      baseVersion: 1,
      event: 'accept',
      reason: null,
    });
    if (!stepped.ok) throw new Error(stepped.error.message);
    expect(stepped.value.application).toMatchObject({ state: 'accepted', version: 2 });

    await sync();
    expect(core.sync.status().outbox).toMatchObject({ pending: 0, rejected: 1, conflict: 0 });
    const detail = await core.handlers['repairs:get']({ id: application.id });
    if (!detail.ok) throw new Error(detail.error.message);
    expect(detail.value.application).toMatchObject({ state: 'refused', version: 1 });
    expect(detail.value.conflicts).toEqual([
      expect.objectContaining({
        state: 'rejected',
        server: null,
        local: expect.objectContaining({ event: 'accept' }) as unknown,
      }),
    ]);
    expect(detail.value.conflicts[0]?.message).not.toBe('');
    const listed = await core.handlers['repairs:list']({ limit: 50, offset: 0 });
    expect(listed.ok && listed.value.items.find((item) => item.id === application.id)?.conflict).toBe(true);
  });
});

describe('an application the platform refuses to take in', () => {
  it('stays at the window, flagged with the reason, and does not block a new application', async () => {
    const evidence = await addFile('罚款缴纳凭证.pdf', '缴款书：罚款已缴清');
    const refused = await applyFor({ attachments: [evidence] });
    // The stored file is lost before the sync: it cannot go up, and the platform refuses the application.
    unlinkSync(`${core.dataDir}/files/${evidence.sha256}`);
    await sync();
    expect(core.sync.status().outbox).toMatchObject({ pending: 0, rejected: 1, conflict: 0 });
    expect(platformDb().prepare('SELECT count(*) FROM repair_applications').pluck().get()).toBe(0);

    // Even when the checksums are compared (the platform has no such row), the local one stays.
    core.db.prepare("DELETE FROM meta WHERE key = 'last_verified_at'").run();
    await sync();
    expect(getMeta(core.db, 'last_verified_at')).not.toBeNull();
    const detail = await core.handlers['repairs:get']({ id: refused.id });
    if (!detail.ok) throw new Error(detail.error.message);
    expect(detail.value.application).toMatchObject({ state: 'accepted', version: 1 });
    expect(detail.value.conflicts).toEqual([
      expect.objectContaining({
        state: 'rejected',
        message: expect.stringContaining('附件尚未上传到市平台：罚款缴纳凭证.pdf') as unknown,
        server: null,
      }),
    ]);
    const listed = await core.handlers['repairs:list']({ limit: 50, offset: 0 });
    expect(listed.ok && listed.value.items.find((item) => item.id === refused.id)?.conflict).toBe(true);

    // The clerk takes the application in again, with the file chosen anew.
    const again = await applyFor({ attachments: [await addFile('罚款缴纳凭证.pdf', '缴款书：罚款已缴清')] });
    expect(again.id).not.toBe(refused.id);
    await sync();
    expect(core.sync.status().outbox).toMatchObject({ pending: 0, rejected: 1, conflict: 0 });
    expect(
      platformDb().prepare('SELECT state FROM repair_applications WHERE id = ?').pluck().get(again.id),
    ).toBe('accepted');
  });
});
