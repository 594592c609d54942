import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMonths } from '../../shared/calendar/day';
import { REPAIR_MATTER_CODE } from '../../shared/domain/commitment';
import { platformRoutes, type ReviewerStepRequest } from '../../shared/platform-api/api';
import { beijingDay } from '../../shared/time';
import { sha256Of } from '../../node-shared/files/file-store';
import { filesToUpload } from '../../electron/core/files/files.repo';
import { FAST_RETRY, openTempPlatform, enrolAndSync } from '../testing/platform-fixture';
import { openTempCore } from '../../electron/core/testing/temp-core';
import { repairRequest } from '../../electron/core/repairs/repairs.fixtures';
import { publishRepairablePenalty } from '../testing/records';
import { samplePdf } from '../../node-shared/testing/sample-files';

// A county window and the city platform, both real (loopback HTTP, SQLite on both sides), no mocks.
let platform: Awaited<ReturnType<typeof openTempPlatform>>;
let core: ReturnType<typeof openTempCore>;

const SUBJECT = { id: 'demo-s-0003', identifier: '91410471535100956D' };
const RECORD_ID = 'repair-it-penalty';
const REVIEWER = { username: 'reviewer.li', password: 'review-2026' };

beforeEach(async () => {
  platform = await openTempPlatform();
  core = openTempCore({
    withDemo: false,
    clock: { now: new Date() },
    syncOptions: { retry: FAST_RETRY, timeoutMs: 3000, verifyEveryMs: 0 },
  });
  // A 一般 penalty decided five months ago: past every regime's minimum, within its maximum.
  publishRepairablePenalty(platform.current().db, RECORD_ID, SUBJECT.id, {
    title: '行政处罚（未按规定公示年度报告）',
  });
  await platform.current().addUser({ ...REVIEWER, role: 'supervisor', displayName: '李审核' });
  await enrolAndSync(core, platform.current(), '叶县政务服务中心 3 号窗口', { signIn: 'admin' });
});
afterEach(async () => {
  core.dispose();
  await platform.dispose();
});

async function reviewerStep(id: string, step: ReviewerStepRequest): Promise<Response> {
  const basic = Buffer.from(`${REVIEWER.username}:${REVIEWER.password}`).toString('base64');
  return fetch(`${platform.current().url}${platformRoutes.repairs}/${id}/steps`, {
    method: 'POST',
    headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(step),
  });
}

const addFile = async (name: string, text: string) => {
  const added = await core.handlers['files:add']({
    name,
    mime: 'application/pdf',
    base64: samplePdf(text).toString('base64'),
  });
  if (!added.ok) throw new Error(added.error.message);
  return { ...added.value, name, mime: 'application/pdf' };
};

describe('a repair accepted offline, decided at the platform', () => {
  it("changes the record's status at the client after sync", async () => {
    const subject = core.db
      .prepare('SELECT id, name, identifier FROM subjects WHERE id = ?')
      .get(SUBJECT.id) as {
      id: string;
      name: string;
      identifier: string;
    };
    expect(subject.identifier).toBe(SUBJECT.identifier);

    // Offline at the window: two files, the application taken in at once.
    await platform.stop();
    const form = await addFile('信用修复申请表.pdf', '申请表：请求停止公示');
    const evidence = await addFile('罚款缴纳凭证.pdf', '缴款书：罚款已缴清');
    const created = await core.handlers['repairs:create'](
      repairRequest(
        subject,
        { table: 'credit_records', id: RECORD_ID },
        {
          attachments: [
            { ...form, kind: 'application-form' },
            { ...evidence, kind: 'evidence' },
          ],
          commitment: {
            ...repairRequest(subject, { table: 'credit_records', id: RECORD_ID }).commitment,
            madeOn: beijingDay(new Date()),
            verifyBy: addMonths(beijingDay(new Date()), 1),
          },
        },
      ),
    );
    if (!created.ok) throw new Error(created.error.message);
    const id = created.value.application.id;
    expect(created.value.application.state).toBe('accepted');
    expect(created.value.pending).toBe(true);
    expect(filesToUpload(core.db)).toHaveLength(2);
    const offline = await core.sync.run();
    expect(offline.ok).toBe(false);

    // Back online: files first, then the entries.
    const restarted = await platform.restart();
    core.sync.usePlatformUrl(restarted.url);
    const pushed = await core.sync.run();
    if (!pushed.ok) throw new Error(pushed.error.message);
    expect(core.sync.status().outbox).toMatchObject({ pending: 0, rejected: 0, conflict: 0 });
    expect(filesToUpload(core.db)).toEqual([]);
    const platformFiles = restarted.db
      .prepare('SELECT sha256 FROM files ORDER BY sha256')
      .pluck()
      .all() as string[];
    expect(platformFiles).toEqual(
      [sha256Of(samplePdf('申请表：请求停止公示')), sha256Of(samplePdf('缴款书：罚款已缴清'))].sort(),
    );
    expect(restarted.db.prepare('SELECT state FROM repair_applications WHERE id = ?').pluck().get(id)).toBe(
      'accepted',
    );
    // The 信用修复承诺书 is stored as sent: its matter is the application itself, not a catalogue matter.
    expect(
      restarted.db
        .prepare('SELECT matter_code FROM commitments WHERE id = ?')
        .pluck()
        .get(created.value.application.commitmentId),
    ).toBe(REPAIR_MATTER_CODE);
    expect((await core.handlers['repairs:get']({ id })).ok && true).toBe(true);

    // The reviewer at the platform reviews and grants 终止公示.
    const review = await reviewerStep(id, { event: 'start-review' });
    expect(review.status).toBe(200);
    const grant = await reviewerStep(id, {
      event: 'grant',
      outcome: 'stop-publication',
      reason: '已纠正失信行为',
    });
    expect(grant.status).toBe(200);

    const decided = await core.sync.run();
    if (!decided.ok) throw new Error(decided.error.message);
    const detail = await core.handlers['repairs:get']({ id });
    if (!detail.ok) throw new Error(detail.error.message);
    expect(detail.value.application).toMatchObject({ state: 'granted', outcome: 'stop-publication' });
    expect(detail.value.application.history.map((step) => step.event)).toEqual([
      'submit',
      'accept',
      'start-review',
      'grant',
    ]);
    expect(detail.value).toMatchObject({
      pending: false,
      countdown: null,
      target: { exists: true, status: 'unpublished', statusLabel: '已终止公示' },
    });
    expect(
      core.db.prepare('SELECT status, repair_outcome FROM credit_records WHERE id = ?').get(RECORD_ID),
    ).toEqual({ status: 'unpublished', repair_outcome: 'stop-publication' });

    // A check afterwards no longer shows it as published, and it is no longer a repair candidate.
    const check = await core.handlers['check:run']({
      context: { caseNumber: 'YX-2026-0301', matterCode: 'PDS-CG-001' },
      applicant: { by: 'identifier', raw: SUBJECT.identifier },
    });
    if (!check.ok) throw new Error(check.error.message);
    expect(check.value.records.map((record) => record.id)).not.toContain(RECORD_ID);
    const candidates = await core.handlers['repairs:candidates']({ subjectId: SUBJECT.id });
    expect(candidates.ok && candidates.value.candidates.map((candidate) => candidate.targetId)).not.toContain(
      RECORD_ID,
    );
  });
});
