import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CheckResult } from '../../../shared/domain/check';
import { setMeta } from '../app/meta.repo';
import { openTempCore } from '../testing/temp-core';

// The check shows the subject's grade results in force, each under its scheme with evaluator, date, source and
// what the grade policy says it implies: notices beside the verdict, never changing it. The demo data set's
// subjects of resources/demo/README.md (“信用评价”); the temp core's day is 2026-11-27.

let core: ReturnType<typeof openTempCore>;
beforeEach(() => {
  core = openTempCore();
  setMeta(core.db, 'cache_as_of', '2026-11-27T08:00:00.000+08:00');
});
afterEach(() => core.dispose());

const run = async (subjectId: string, matterCode = 'PDS-CG-001') => {
  const result = await core.handlers['check:run']({
    context: { caseNumber: `GR-${subjectId}`, matterCode },
    applicant: { by: 'subject', subjectId },
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('grades in the check', () => {
  it('shows each scheme apart with evaluator, date, source and implication', async () => {
    const result = await run('demo-s-0007');
    expect(result.grade).toBeNull();
    expect(
      result.grades?.map((notice) => [
        notice.schemeName,
        notice.kind,
        notice.grade,
        notice.label,
        notice.evaluator,
      ]),
    ).toEqual([
      ['公共信用综合评价', 'public-credit', 'D', '差', '国家公共信用信息中心'],
      ['纳税信用', 'industry', 'D', 'D级', '国家税务总局平顶山市税务局'],
      ['企业信用风险分类', 'risk-class', 'D', '信用风险高', '平顶山市市场监督管理局'],
    ]);
    const [publicCredit, tax, risk] = result.grades ?? [];
    expect(publicCredit).toMatchObject({ evaluatedOn: '2026-07-15', validUntil: null });
    expect(publicCredit?.source).toContain('公共信用综合评价');
    expect(publicCredit?.implication).toMatchObject({ tone: 'attention', confirmed: false });
    expect(tax?.validUntil).toBe('2027-04-30');
    expect(risk?.implication.text).toContain('不改变本次核查结论');
  });

  it('never changes the verdict: the same check without any grade rows gives the same verdict and reasons', async () => {
    for (const subjectId of ['demo-s-0007', 'demo-s-0003', 'demo-s-0049']) {
      const graded = await run(subjectId);
      core.db.prepare('DELETE FROM subject_grades WHERE subject_id = ?').run(subjectId);
      const ungraded = await run(subjectId);
      expect(ungraded.grades).toEqual([]);
      expect(ungraded.verdict, subjectId).toEqual(graded.verdict);
      expect(ungraded.hits, subjectId).toEqual(graded.hits);
    }
  });

  it('leaves out a result past its validity, and shows an industry grade on its own', async () => {
    // demo-s-0054: its only result, a risk class valid until 2026-03-31.
    expect((await run('demo-s-0054')).grades).toEqual([]);
    // demo-s-0049: 纳税信用 D only.
    const industryOnly = await run('demo-s-0049');
    expect(industryOnly.grades?.map((notice) => [notice.kind, notice.grade])).toEqual([['industry', 'D']]);
    expect(industryOnly.grades?.[0]?.implication.text).toContain('提示加强审核');
  });

  it('keeps the snapshot as checked, and still reads an older one with its single grade', async () => {
    const result = await run('demo-s-0007');
    core.db.prepare("DELETE FROM subject_grades WHERE subject_id = 'demo-s-0007'").run();
    const stored = await core.handlers['check:get']({ checkId: result.checkId });
    expect(stored.ok && stored.value.result.grades).toEqual(result.grades);

    const { grades: _grades, ...older } = result;
    const snapshot = { ...older, grade: 'B', subject: { ...result.subject, grade: 'B' } };
    const parsed = CheckResult.parse(JSON.parse(JSON.stringify(snapshot)));
    expect(parsed.grade).toBe('B');
    expect(parsed.grades).toBeUndefined();
  });
});
