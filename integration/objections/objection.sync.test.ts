import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ObjectionCreateRequest } from '../../shared/domain/objection';
import { platformRoutes } from '../../shared/platform-api/api';
import type { ObjectionReviewRequest } from '../../shared/platform-api/objections';
import { filesToUpload } from '../../electron/core/files/files.repo';
import { openTempCore } from '../../electron/core/testing/temp-core';
import { samplePdf } from '../../node-shared/testing/sample-files';
import { FAST_RETRY, enrolAndSync, openTempPlatform } from '../testing/platform-fixture';
import { publishRepairablePenalty } from '../testing/records';

// A county window and the city platform, both real (loopback HTTP, SQLite on both sides), no mocks.
let platform: Awaited<ReturnType<typeof openTempPlatform>>;
let core: ReturnType<typeof openTempCore>;

const SUBJECT = { id: 'demo-s-0003', identifier: '91410471535100956D' };
const RECORD_ID = 'objection-it-penalty';
const OTHER_ID = 'objection-it-penalty-2';
const REVIEWER = { username: 'reviewer.li', password: 'review-2026' };

beforeEach(async () => {
  platform = await openTempPlatform();
  core = openTempCore({
    withDemo: false,
    clock: { now: new Date() },
    syncOptions: { retry: FAST_RETRY, timeoutMs: 3000, verifyEveryMs: 0 },
  });
  publishRepairablePenalty(platform.current().db, RECORD_ID, SUBJECT.id, {
    title: '行政处罚（未按规定公示年度报告）',
  });
  publishRepairablePenalty(platform.current().db, OTHER_ID, SUBJECT.id, {
    title: '行政处罚（未按规定办理变更登记）',
  });
  await platform.current().addUser({ ...REVIEWER, role: 'supervisor', displayName: '李审核' });
  await enrolAndSync(core, platform.current(), '叶县政务服务中心 3 号窗口', { signIn: 'admin' });
});
afterEach(async () => {
  core.dispose();
  await platform.dispose();
});

async function reviewerStep(id: string, step: ObjectionReviewRequest): Promise<Response> {
  const basic = Buffer.from(`${REVIEWER.username}:${REVIEWER.password}`).toString('base64');
  return fetch(`${platform.current().url}${platformRoutes.objections}/${id}/steps`, {
    method: 'POST',
    headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(step),
  });
}

const request = (
  targetId: string,
  attachments: ObjectionCreateRequest['attachments'] = [],
): ObjectionCreateRequest => ({
  subjectId: SUBJECT.id,
  checkId: null,
  targets: [{ targetTable: 'credit_records', targetId }],
  grounds: 'error-or-omission',
  statement: '处罚决定已被行政复议撤销，仍在公示',
  applicant: {
    role: 'agent',
    name: '李明',
    idKind: 'citizen-id',
    idNumber: '410402199001011230',
    phone: '13800000000',
  },
  attachments,
  truthfulnessPledged: true,
});

const check = async () => {
  const result = await core.handlers['check:run']({
    context: { caseNumber: 'YX-2026-0401', matterCode: 'PDS-CG-001' },
    applicant: { by: 'identifier', raw: SUBJECT.identifier },
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('an objection taken in offline, decided at the platform', () => {
  it('marks the record while open, and brings the decision and the record back after sync', async () => {
    await platform.stop();
    const added = await core.handlers['files:add']({
      name: '行政复议决定书.pdf',
      mime: 'application/pdf',
      base64: samplePdf('复议决定：撤销原处罚决定').toString('base64'),
    });
    if (!added.ok) throw new Error(added.error.message);
    const created = await core.handlers['objections:create'](
      request(RECORD_ID, [
        { ...added.value, name: '行政复议决定书.pdf', mime: 'application/pdf', kind: 'evidence' },
      ]),
    );
    if (!created.ok) throw new Error(created.error.message);
    const id = created.value.objection.id;
    expect(created.value).toMatchObject({ pending: true, objection: { state: 'submitted', version: 1 } });
    expect(created.value.countdown).toMatchObject({ uncertain: true });
    expect(filesToUpload(core.db)).toHaveLength(1);

    // While open, every check marks the record (and the verdict still rests on it: the default policy).
    const open = await check();
    expect(open.records.find((record) => record.id === RECORD_ID)?.objection).toMatchObject({
      objectionId: id,
      label: '异议处理中',
    });
    expect(open.records.find((record) => record.id === OTHER_ID)?.objection).toBeUndefined();
    const again = await core.handlers['objections:create'](request(RECORD_ID));
    expect(again.ok ? null : again.error.code).toBe('OBJECTION_ALREADY_OPEN');

    const restarted = await platform.restart();
    core.sync.usePlatformUrl(restarted.url);
    const pushed = await core.sync.run();
    if (!pushed.ok) throw new Error(pushed.error.message);
    expect(core.sync.status().outbox).toMatchObject({ pending: 0, rejected: 0, conflict: 0 });
    expect(restarted.db.prepare('SELECT state FROM objections WHERE id = ?').pluck().get(id)).toBe(
      'submitted',
    );

    // The platform routes it to the 认定单位, which decides 屏蔽; the record stops being published at once.
    expect((await reviewerStep(id, { event: 'route' })).status).toBe(200);
    const decided = await reviewerStep(id, {
      event: 'decide',
      reason: '处罚决定已被复议撤销，予以屏蔽',
      decisions: [{ targetTable: 'credit_records', targetId: RECORD_ID, outcome: 'mask' }],
    });
    expect(decided.status).toBe(200);

    const synced = await core.sync.run();
    if (!synced.ok) throw new Error(synced.error.message);
    const detail = await core.handlers['objections:get']({ id });
    if (!detail.ok) throw new Error(detail.error.message);
    expect(detail.value.objection).toMatchObject({
      state: 'decided',
      decision: { reason: '处罚决定已被复议撤销，予以屏蔽' },
      targets: [{ targetId: RECORD_ID, outcome: 'mask' }],
    });
    expect(detail.value.objection.history.map((step) => step.event)).toEqual(['submit', 'route', 'decide']);
    expect(detail.value).toMatchObject({ countdown: null, targetsNow: [{ statusLabel: '已屏蔽' }] });
    expect(core.db.prepare('SELECT status FROM credit_records WHERE id = ?').pluck().get(RECORD_ID)).toBe(
      'unpublished',
    );
    const after = await check();
    expect(after.records.map((record) => record.id)).not.toContain(RECORD_ID);
    expect(after.records.every((record) => record.objection === undefined)).toBe(true);
  });

  it('keeps a withdrawal made on an older version as a conflict, and the platform state wins', async () => {
    const created = await core.handlers['objections:create'](request(OTHER_ID));
    if (!created.ok) throw new Error(created.error.message);
    const id = created.value.objection.id;
    const pushed = await core.sync.run();
    if (!pushed.ok) throw new Error(pushed.error.message);
    // Routed at the platform (version 2) while the window still shows version 1 and withdraws on it.
    expect((await reviewerStep(id, { event: 'route' })).status).toBe(200);
    const withdrawn = await core.handlers['objections:step']({
      id,
      baseVersion: 1,
      event: 'withdraw',
      reason: '申请人撤回',
    });
    if (!withdrawn.ok) throw new Error(withdrawn.error.message);
    expect(withdrawn.value.objection.state).toBe('withdrawn');
    const synced = await core.sync.run();
    if (!synced.ok) throw new Error(synced.error.message);
    const detail = await core.handlers['objections:get']({ id });
    if (!detail.ok) throw new Error(detail.error.message);
    expect(detail.value.conflicts).toHaveLength(1);
    expect(detail.value.conflicts[0]).toMatchObject({ state: 'conflict' });
    expect(detail.value.objection).toMatchObject({ state: 'routed', version: 2 });
    // Still open: the mark stays on the record in a later check.
    expect((await check()).records.find((record) => record.id === OTHER_ID)?.objection?.objectionId).toBe(id);
  });
});
