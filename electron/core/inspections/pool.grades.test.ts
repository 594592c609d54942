import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InspectionPool } from '../../../shared/domain/inspection';
import { signInForTests } from '../auth/test-session';
import { dispatch } from '../ipc/dispatch';
import { openTempCore } from '../testing/temp-core';

// The 双随机 pool groups subjects by their 市场监管 risk class in force on the day of the draw (the temp core's
// clock: 2026-11-27), and by nothing else: a 公共信用综合评价 or an industry grade never stands in for it.

const FOOD = { regionCode: '410402', matterCode: 'PDS-XK-002' };
const DAY = '2026-11-27';

let core: ReturnType<typeof openTempCore>;
beforeEach(() => {
  core = openTempCore();
  signInForTests(core, 'supervisor');
});
afterEach(() => core.dispose());

/** A 新华区 food-licence holder with the given grade rows: [scheme, grade, evaluated on, valid until]. */
function holder(id: string, grades: [string, string, string, string | null][]): void {
  core.db
    .prepare(
      `INSERT INTO subjects (id, name, identifier, identifier_kind, kind, region_code, status, grade, updated_at)
       VALUES (?, ?, ?, 'uscc', 'legal-person', '410402', 'active', 'A', '2026-11-01T00:00:00.000Z')`,
    )
    .run(id, `平顶山市测试${id}餐饮有限公司`, `TEST-${id}`);
  core.db
    .prepare(
      `INSERT INTO credit_records (id, subject_id, category, title, content, source_department, decision_on, status)
       VALUES (?, ?, 'license', '食品经营许可', '准予行政许可', '新华区市场监督管理局', '2026-01-05', 'published')`,
    )
    .run(`${id}-licence`, id);
  grades.forEach(([scheme, grade, evaluatedOn, validUntil], index) =>
    core.db
      .prepare(
        `INSERT INTO subject_grades (id, subject_id, scheme, grade, evaluator, evaluated_on, valid_until, source)
         VALUES (?, ?, ?, ?, '评价单位', ?, ?, '测试')`,
      )
      .run(`${id}-g${index}`, id, scheme, grade, evaluatedOn, validUntil),
  );
}

async function pool(): Promise<InspectionPool> {
  const result = await dispatch(core.handlers, 'inspections:pool', FOOD);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as InspectionPool;
}

describe('the 双随机 pool by risk class', () => {
  it('uses the risk class in force only; industry, public-credit, expired or future results leave it ungraded', async () => {
    holder('risk-d', [['market-risk', 'D', '2026-10-01', null]]);
    holder('industry-only', [['tax-credit', 'D', '2026-04-20', '2027-04-30']]);
    holder('public-only', [['public-credit', 'D', '2026-07-15', null]]);
    holder('expired', [['market-risk', 'A', '2025-03-10', '2026-11-26']]);
    holder('last-day', [['market-risk', 'C', '2025-03-10', DAY]]);
    holder('not-yet', [['market-risk', 'B', '2026-11-28', null]]);
    holder('superseded', [
      ['market-risk', 'A', '2026-01-01', null],
      ['market-risk', 'D', '2026-09-01', null],
    ]);
    const subjects = new Map((await pool()).subjects.map((subject) => [subject.id, subject.grade]));
    expect(Object.fromEntries([...subjects].filter(([id]) => !id.startsWith('demo-')))).toEqual({
      'risk-d': 'D',
      'industry-only': null,
      'public-only': null,
      expired: null,
      'last-day': 'C',
      'not-yet': null,
      superseded: 'D',
    });
  });

  it('never reads the retired subjects.grade', async () => {
    holder('old-grade-only', []);
    const found = (await pool()).subjects.find((subject) => subject.id === 'old-grade-only');
    expect(found?.grade).toBeNull();
  });
});
