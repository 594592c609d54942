import { platformAt } from '../../shared/domain/deployment';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteRows, toFeedRow, upsertRows } from '../../platform/registry/registry.repo';
import type { CheckResult } from '../../shared/domain/check';
import type { SubjectGrade } from '../../shared/domain/grade';
import { localChecksums } from '../../electron/core/sync/checksums';
import { createPlatformClient } from '../../electron/core/sync/platform-client';
import { FAST_RETRY, enrolAndSync, openTempPlatform } from '../testing/platform-fixture';
import { openTempCore } from '../../electron/core/testing/temp-core';
import { gradesOf } from '../../electron/core/subjects/grades.repo';

// Grade results are the platform's: a real platform on loopback feeds them to a real client cache, changes and
// deletions included, and the check shows what the cache holds.
let platform: Awaited<ReturnType<typeof openTempPlatform>>;
let core: ReturnType<typeof openTempCore>;

beforeEach(async () => {
  platform = await openTempPlatform();
  core = openTempCore({
    withDemo: false,
    clock: { now: new Date() },
    syncOptions: { retry: FAST_RETRY, timeoutMs: 3000, verifyEveryMs: 0 },
  });
  await enrolAndSync(core, platform.current(), '新华区政务服务中心 2 号窗口');
});
afterEach(async () => {
  core.dispose();
  await platform.dispose();
});

const platformGrades = (subjectId: string): SubjectGrade[] =>
  (
    platform
      .current()
      .db.prepare('SELECT * FROM subject_grades WHERE subject_id = ? ORDER BY scheme, evaluated_on, id')
      .all(subjectId) as Record<string, string | null>[]
  ).map((row) => ({
    id: String(row.id),
    subjectId: String(row.subject_id),
    scheme: String(row.scheme),
    grade: String(row.grade),
    evaluator: String(row.evaluator),
    evaluatedOn: String(row.evaluated_on),
    validUntil: row.valid_until ?? null,
    source: String(row.source),
  }));

const checkOf = async (subjectId: string): Promise<CheckResult> => {
  const result = await core.handlers['check:run']({
    context: { caseNumber: `GR-${subjectId}`, matterCode: 'PDS-XK-002' },
    applicant: { by: 'subject', subjectId },
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('grade results from the city platform', () => {
  it('arrive with the first sync, each under its scheme, and both sides agree', async () => {
    const count = core.db.prepare('SELECT count(*) FROM subject_grades').pluck().get() as number;
    expect(count).toBeGreaterThan(100);
    expect(gradesOf(core.db, 'demo-s-0007')).toEqual(platformGrades('demo-s-0007'));
    expect(gradesOf(core.db, 'demo-s-0007').map((grade) => grade.scheme)).toEqual([
      'market-risk',
      'public-credit',
      'tax-credit',
    ]);
    const token = String(core.db.prepare("SELECT value FROM meta WHERE key = 'device_token'").pluck().get());
    const snapshot = await createPlatformClient({
      target: platformAt(platform.current().url),
      token,
    }).snapshot();
    expect(localChecksums(core.db).subject_grades).toEqual(snapshot.tables.subject_grades);
    // The retired column is never what the check shows.
    const check = await checkOf('demo-s-0007');
    expect(check.grade).toBeNull();
    expect(check.grades?.map((notice) => [notice.schemeName, notice.grade, notice.evaluator])).toEqual([
      ['公共信用综合评价', 'D', '国家公共信用信息中心'],
      ['纳税信用', 'D', '国家税务总局平顶山市税务局'],
      ['企业信用风险分类', 'D', '平顶山市市场监督管理局'],
    ]);
  });

  it('follow a new result and a withdrawn one with the next sync', async () => {
    const added: SubjectGrade = {
      id: 'city-g-1',
      subjectId: 'demo-s-0001',
      scheme: 'public-credit',
      grade: 'C',
      evaluator: '河南省公共信用信息平台',
      evaluatedOn: '2026-10-20',
      validUntil: null,
      source: '省级公共信用综合评价结果推送',
    };
    upsertRows(platform.current().db, 'subject_grades', [toFeedRow(added)]);
    const synced = await core.sync.run();
    expect(synced.ok).toBe(true);
    expect(gradesOf(core.db, 'demo-s-0001')).toContainEqual(added);
    const shown = await checkOf('demo-s-0001');
    expect(shown.grades?.find((notice) => notice.scheme === 'public-credit')).toMatchObject({
      grade: 'C',
      label: '中',
      evaluator: '河南省公共信用信息平台',
      evaluatedOn: '2026-10-20',
      source: '省级公共信用综合评价结果推送',
    });

    deleteRows(platform.current().db, 'subject_grades', ['city-g-1']);
    expect((await core.sync.run()).ok).toBe(true);
    expect(gradesOf(core.db, 'demo-s-0001').some((grade) => grade.id === 'city-g-1')).toBe(false);
  });
});
