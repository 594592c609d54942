import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SubjectGrade } from '../domain/grade';
import { InspectionRatios, UNGRADED } from '../sampling/ratios';
import { currentGrades, gradeNotices, riskClasses, riskClassScheme, schemesOfKind } from './current';
import { GradePolicy } from './policy';

const readRules = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../resources/rules/${file}`, import.meta.url), 'utf8'));
const policy = GradePolicy.parse(readRules('grade-policy.json'));

const DAY = '2026-11-27';

const grade = (id: string, extra: Partial<SubjectGrade> = {}): SubjectGrade => ({
  id,
  subjectId: 's1',
  scheme: 'market-risk',
  grade: 'B',
  evaluator: '平顶山市市场监督管理局',
  evaluatedOn: '2026-10-01',
  validUntil: null,
  source: '测试',
  ...extra,
});

describe('the bundled grade policy', () => {
  it('has the three kinds of scheme, exactly one risk class, each grade with its source and status', () => {
    expect(schemesOfKind(policy, 'public-credit')).toEqual(['public-credit']);
    expect(schemesOfKind(policy, 'industry')).toEqual(['tax-credit']);
    expect(riskClassScheme(policy)).toBe('market-risk');
    const tax = policy.schemes.find((scheme) => scheme.code === 'tax-credit');
    expect(tax?.grades.map((level) => level.grade)).toEqual(['A', 'B', 'M', 'C', 'D']);
    // DOMAIN.md marks the 公共信用综合评价 labels as unconfirmed: so must the data.
    const publicCredit = policy.schemes.find((scheme) => scheme.code === 'public-credit');
    expect(publicCredit?.grades.every((level) => !level.confirmed)).toBe(true);
    for (const scheme of policy.schemes)
      for (const level of scheme.grades)
        expect(level.source.length, `${scheme.code} ${level.grade}`).toBeGreaterThan(4);
  });

  it("lists in the 双随机 ratios exactly the risk class's grades (plus ungraded)", () => {
    const ratios = InspectionRatios.parse(readRules('inspection-ratios.json'));
    const riskGrades = policy.schemes.find((scheme) => scheme.kind === 'risk-class')?.grades ?? [];
    expect(ratios.grades.map((entry) => entry.grade).filter((code) => code !== UNGRADED)).toEqual(
      riskGrades.map((level) => level.grade),
    );
  });

  it('refuses a policy without one risk class, or with a scheme or grade twice', () => {
    const raw = readRules('grade-policy.json') as { schemes: { kind: string; code: string }[] };
    const noRisk = { ...raw, schemes: raw.schemes.filter((scheme) => scheme.kind !== 'risk-class') };
    expect(GradePolicy.safeParse(noRisk).success).toBe(false);
    const twice = { ...raw, schemes: [...raw.schemes, raw.schemes[2]] };
    expect(GradePolicy.safeParse(twice).success).toBe(false);
    const twoRisk = {
      ...raw,
      schemes: [...raw.schemes, { ...raw.schemes[2], code: 'other-risk' }],
    };
    expect(GradePolicy.safeParse(twoRisk).success).toBe(false);
  });
});

describe('currentGrades', () => {
  it('uses a result through its last valid day, not the day after', () => {
    expect(currentGrades([grade('g1', { validUntil: DAY })], DAY)).toHaveLength(1);
    expect(currentGrades([grade('g1', { validUntil: '2026-11-26' })], DAY)).toEqual([]);
  });

  it('knows a result from the day it was evaluated, not before', () => {
    expect(currentGrades([grade('g1', { evaluatedOn: DAY })], DAY)).toHaveLength(1);
    expect(currentGrades([grade('g1', { evaluatedOn: '2026-11-28' })], DAY)).toEqual([]);
  });

  it('takes the latest result of each subject and scheme; an expired newer one is not replaced by the older', () => {
    const older = grade('g-old', { grade: 'A', evaluatedOn: '2026-01-01' });
    const newer = grade('g-new', { grade: 'C', evaluatedOn: '2026-06-01' });
    expect(currentGrades([newer, older], DAY).map((g) => g.id)).toEqual(['g-new']);
    const expiredNewer = { ...newer, validUntil: '2026-10-31' };
    expect(currentGrades([older, expiredNewer], DAY)).toEqual([]);
    // Same day: the larger id, whatever the order given.
    const twin = grade('g-z', { evaluatedOn: '2026-06-01' });
    expect(currentGrades([twin, newer], DAY).map((g) => g.id)).toEqual(['g-z']);
    expect(currentGrades([newer, twin], DAY).map((g) => g.id)).toEqual(['g-z']);
    const otherSubject = grade('g-other', { subjectId: 's2' });
    const tax = grade('g-tax', { scheme: 'tax-credit' });
    expect(currentGrades([newer, otherSubject, tax], DAY).map((g) => g.id)).toEqual([
      'g-new',
      'g-tax',
      'g-other',
    ]);
  });
});

describe('riskClasses (the 双随机 grouping)', () => {
  it('is the risk class in force only: industry or public-credit grades never stand in for it', () => {
    const classes = riskClasses(
      policy,
      [
        grade('r1', { subjectId: 'with-risk', grade: 'D' }),
        grade('t1', { subjectId: 'industry-only', scheme: 'tax-credit', grade: 'D' }),
        grade('p1', { subjectId: 'public-only', scheme: 'public-credit', grade: 'D' }),
        grade('r2', { subjectId: 'expired', grade: 'A', validUntil: '2026-11-26' }),
        grade('r3', { subjectId: 'last-day', grade: 'C', validUntil: DAY }),
      ],
      DAY,
    );
    expect([...classes.entries()].sort()).toEqual([
      ['last-day', 'C'],
      ['with-risk', 'D'],
    ]);
  });
});

describe('gradeNotices (what the check shows)', () => {
  it('gives each scheme in force with its words, implication and basis, in the policy order', () => {
    const notices = gradeNotices(
      policy,
      [
        grade('r', { grade: 'D' }),
        grade('t', { scheme: 'tax-credit', grade: 'M', validUntil: '2027-04-30' }),
        grade('p', { scheme: 'public-credit', grade: 'D' }),
      ],
      DAY,
    );
    expect(notices.map((notice) => [notice.schemeName, notice.kind, notice.grade, notice.label])).toEqual([
      ['公共信用综合评价', 'public-credit', 'D', '差'],
      ['纳税信用', 'industry', 'M', 'M级'],
      ['企业信用风险分类', 'risk-class', 'D', '信用风险高'],
    ]);
    expect(notices[0]?.implication).toMatchObject({ tone: 'attention', confirmed: false });
    expect(notices[0]?.implication.text).toContain('提示加强审核');
    expect(notices[0]?.implication.text).toContain('不改变本次核查结论');
    expect(notices[2]?.implication.text).toContain('监管措施');
    expect(notices[1]).toMatchObject({ evaluator: '平顶山市市场监督管理局', validUntil: '2027-04-30' });
  });

  it('keeps a result of a scheme or grade the policy does not list, said to be unlisted', () => {
    const notices = gradeNotices(
      policy,
      [grade('x', { scheme: 'customs-credit', grade: 'AEO' }), grade('y', { grade: 'E' })],
      DAY,
    );
    expect(notices.map((notice) => [notice.schemeName, notice.kind, notice.label])).toEqual([
      ['企业信用风险分类', 'risk-class', 'E'],
      ['其他信用评价', null, 'AEO'],
    ]);
    expect(
      notices.every((notice) => notice.implication.tone === 'neutral' && !notice.implication.confirmed),
    ).toBe(true);
  });
});
