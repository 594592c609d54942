// The platform refuses, as the window does, a repair of a list another authority removes (失信被执行人: the
// court) and of a record that is no basis (a natural person's 简易程序 penalty) — on receipt and at the grant.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResult } from '../../shared/platform-api/api';
import { upsertRows } from '../registry/registry.repo';
import { writeRepair } from './workflow.repo';
import { startTempPlatform, type TempPlatform } from '../testing/temp-platform';
import {
  AT,
  entry,
  push,
  readRow,
  repairFixture,
  seedRegistry,
  SUBJECT_ID,
} from '../testing/workflow-fixtures';
import { reviewRepair } from './review-step';

const COURT_ENTRY = 'wf-e-court';
const PERSON = 'wf-s-person';
const SIMPLE = 'wf-r-simple';

let platform: TempPlatform;
let headers: Record<string, string>;
beforeAll(async () => {
  platform = await startTempPlatform({ now: () => new Date('2026-11-27T02:00:00Z') });
  ({ headers } = await platform.enrol());
  seedRegistry(platform.db);
  upsertRows(platform.db, 'list_entries', [
    {
      id: COURT_ENTRY,
      subject_id: SUBJECT_ID,
      list_type: 'DISHONEST_JUDGMENT_DEBTOR',
      listed_on: '2026-03-02',
      listing_unit: '平顶山市新华区人民法院',
      reason: '有履行能力而拒不履行生效法律文书确定义务',
      document_number: '（2026）豫0402执12号',
      expires_on: null,
      removed_on: null,
      status: 'active',
    },
  ]);
  upsertRows(platform.db, 'subjects', [
    {
      id: PERSON,
      name: '李秀兰',
      identifier: '410402198803124523',
      identifier_kind: 'citizen-id',
      kind: 'natural-person',
      region_code: '410402',
      legal_representative: null,
      legal_representative_id: null,
      registered_on: null,
      address: null,
      status: 'active',
      grade: null,
      updated_at: AT,
    },
  ]);
  upsertRows(platform.db, 'credit_records', [
    {
      id: SIMPLE,
      subject_id: PERSON,
      category: 'penalty',
      title: '行政处罚：罚款',
      content: '擅自占用城市道路摆摊经营，当场处以罚款人民币200元',
      source_department: '平顶山市城市管理局',
      decision_number: '平城管罚〔2026〕62号',
      decision_on: '2026-07-03',
      publication_ends_on: '2026-10-03',
      status: 'published',
      severity: 'minor',
      domain: 'urban-management',
      commitment_id: null,
      commitment_failure: null,
      repair_outcome: null,
      repaired_on: null,
      procedure: 'simple',
    },
  ]);
});
afterAll(() => platform.dispose());

const rejection = (result: PushResult | undefined) =>
  result?.status === 'rejected' ? { code: result.code, message: result.message } : result;

describe('repair.created outside the window’s scope', () => {
  it('refuses a 失信被执行人 entry, saying the court removes it and where to apply', async () => {
    const application = repairFixture({
      id: 'rep-court',
      targetTable: 'list_entries',
      targetId: COURT_ENTRY,
      targetTitle: '失信被执行人',
      requestedOutcome: 'remove-from-list',
    });
    const { results } = await push(platform.url, headers, [entry(1, 'repair.created', application)]);
    expect(rejection(results[0])).toEqual({
      code: 'REPAIR_OTHER_AUTHORITY',
      message: expect.stringContaining('失信被执行人信息的移出（删除）由人民法院依法决定') as unknown,
    });
    expect(readRow(platform.db, 'repair_applications', 'rep-court')).toBeUndefined();
  });

  it('refuses a natural person’s 简易程序 penalty as no basis (河南条例)', async () => {
    const application = repairFixture({
      id: 'rep-simple',
      subjectId: PERSON,
      applicantName: '李秀兰',
      applicantIdentifier: '410402198803124523',
      targetId: SIMPLE,
    });
    const { results } = await push(platform.url, headers, [entry(2, 'repair.created', application)]);
    expect(rejection(results[0])).toMatchObject({ code: 'REPAIR_NOT_A_BASIS' });
    expect(readRow(platform.db, 'repair_applications', 'rep-simple')).toBeUndefined();
  });
});

describe('a grant outside the window’s scope', () => {
  it('is refused for an application that reached the platform before the rule, and leaves the entry listed', () => {
    writeRepair(
      platform.db,
      repairFixture({
        id: 'rep-court-old',
        targetTable: 'list_entries',
        targetId: COURT_ENTRY,
        targetTitle: '失信被执行人',
        requestedOutcome: 'remove-from-list',
        state: 'reviewing',
      }),
    );
    const result = reviewRepair(platform.db, {
      id: 'rep-court-old',
      event: 'grant',
      reason: null,
      outcome: 'remove-from-list',
      reviewer: 'shenhe',
      now: new Date('2026-11-27T03:00:00Z'),
    });
    expect(result).toMatchObject({ ok: false, status: 409, code: 'REPAIR_OTHER_AUTHORITY' });
    expect(readRow(platform.db, 'list_entries', COURT_ENTRY)).toMatchObject({ status: 'active' });
    // A denial remains possible, so the application can be closed.
    expect(
      reviewRepair(platform.db, {
        id: 'rep-court-old',
        event: 'deny',
        reason: '失信被执行人信息由人民法院删除，请向执行法院申请',
        outcome: null,
        reviewer: 'shenhe',
        now: new Date('2026-11-27T03:00:00Z'),
      }),
    ).toMatchObject({ ok: true, application: { state: 'denied' } });
  });
});
