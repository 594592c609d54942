import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ListType, Matter, Measure, Subject } from '../domain';
import { failureFactsOf } from './bars';
import { CheckPolicy } from './policy';
import { evaluateCheck } from './verdict';
import {
  entry,
  fresh,
  input,
  licensing,
  listTypes,
  measure,
  measures,
  policy,
  procurement,
  subject,
} from './verdict.fixtures';

// Issue 10, rules 1–4: what withholds incentives, supervision measures, a subject not in the city's data, and
// the legal representative. Each at its boundary.

const wage: ListType = {
  code: 'WAGE',
  name: '拖欠农民工工资失信联合惩戒对象名单',
  kind: 'serious',
  authority: '人社',
};
const lists = [...listTypes, wage];
const bidding: Matter = { code: 'B1', name: '招标投标', category: 'bidding', department: '公共资源交易中心' };
const publicResources: Matter = {
  code: 'R1',
  name: '土地出让',
  category: 'public-resources',
  department: '资规局',
};
const withWage: Measure[] = [...measures, measure('M-WAGE-BID', 'WAGE', 'punishment', ['bidding'])];

describe('rule 1: a serious listing or an unrepaired false commitment withholds every incentive', () => {
  it('withholds the red list’s incentives from a wage-arrears company applying for a licence, naming the entry', () => {
    const result = evaluateCheck(
      input({
        entries: [
          entry('w', 'WAGE', { listingUnit: '市人社局', listedOn: '2026-03-01' }),
          entry('r', 'A_TAX'),
        ],
        listTypes: lists,
        measures: withWage,
        matter: licensing,
      }),
    );
    expect(result.verdict.code).toBe('proceed');
    const red = result.hits.find((hit) => hit.key === 'r');
    expect(red?.incentivesSuppressed).toBe(true);
    expect(red?.actionable).toBe(false);
    const reason = result.verdict.reasons.find((r) => r.code === 'incentive-withheld');
    expect(reason?.message).toContain('拖欠农民工工资失信联合惩戒对象名单（市人社局，2026-03-01）');
    expect(reason?.message).toContain('不予实施任何守信激励措施');
  });

  it('counts the serious entry on the last day of its term and no longer the day after', () => {
    const onLastDay = evaluateCheck(
      input({
        entries: [entry('w', 'WAGE', { expiresOn: '2026-11-27' }), entry('r', 'A_TAX')],
        listTypes: lists,
        matter: licensing,
      }),
    );
    expect(onLastDay.verdict.code).toBe('proceed');
    const dayAfter = evaluateCheck(
      input({
        entries: [entry('w', 'WAGE', { expiresOn: '2026-11-26' }), entry('r', 'A_TAX')],
        listTypes: lists,
        matter: licensing,
      }),
    );
    expect(dayAfter.verdict.code).toBe('incentive');
  });

  it('keeps incentives beside an abnormal-operation entry (not a serious listing)', () => {
    const result = evaluateCheck(
      input({ entries: [entry('a', 'ABNORMAL'), entry('r', 'A_TAX')], matter: procurement }),
    );
    expect(result.verdict.code).toBe('incentive');
    expect(result.verdict.reasons.map((r) => r.code)).not.toContain('incentive-withheld');
  });

  it('withholds them for an unrepaired false commitment, but not for a partly kept one (not barred)', () => {
    const falseOne = evaluateCheck(
      input({
        entries: [entry('r', 'A_TAX')],
        matter: licensing,
        failures: [{ failure: 'false', title: '虚假承诺（证明事项型）', on: '2026-10-01' }],
      }),
    );
    expect(falseOne.verdict.code).toBe('proceed');
    expect(falseOne.verdict.reasons.find((r) => r.code === 'incentive-withheld')?.message).toContain(
      '经核查认定作出虚假承诺且尚未信用修复（虚假承诺（证明事项型），2026-10-01）',
    );
    const partial = evaluateCheck(
      input({
        entries: [entry('r', 'A_TAX')],
        matter: licensing,
        failures: [{ failure: 'partial', title: '违反信用承诺', on: '2026-10-01' }],
      }),
    );
    expect(partial.verdict.code).toBe('incentive');
  });

  it('takes failure facts only from published failure records: a repaired or ended one no longer counts', () => {
    const record = {
      id: 'f',
      subjectId: 's1',
      category: 'commitment' as const,
      title: '虚假承诺（证明事项型）',
      content: '',
      sourceDepartment: '市住建局',
      decisionNumber: null,
      decisionOn: '2026-10-01',
      publicationEndsOn: '2027-10-01',
      status: 'published' as const,
      commitmentFailure: 'false' as const,
    };
    expect(failureFactsOf([record], '2026-11-27')).toHaveLength(1);
    expect(failureFactsOf([{ ...record, status: 'repaired' }], '2026-11-27')).toEqual([]);
    expect(failureFactsOf([{ ...record, publicationEndsOn: '2026-11-26' }], '2026-11-27')).toEqual([]);
    expect(failureFactsOf([{ ...record, publicationEndsOn: '2026-11-27' }], '2026-11-27')).toHaveLength(1);
  });
});

describe('rule 2: supervision measures are 监管提示, outside the verdict and the feedback duty', () => {
  const supervisory = { ...measure('M-KEY', 'ABNORMAL', 'punishment', ['licensing']), measureClass: '2' };
  const watch: Measure[] = [
    ...measures.filter((m) => m.code !== 'M-WATCH'),
    { ...supervisory, scope: 'supervisory' },
  ];

  it('gives an abnormal-operation business its licence as 可办理 with a 监管提示 and no feedback owed', () => {
    const person: Subject = { ...subject, kind: 'individual-business' };
    const result = evaluateCheck(
      input({ subject: person, entries: [entry('a', 'ABNORMAL')], measures: watch, matter: licensing }),
    );
    expect(result.verdict.code).toBe('proceed');
    const [hit] = result.hits;
    expect(hit?.supervisory.map((m) => m.code)).toEqual(['M-KEY']);
    expect(hit?.punishments).toEqual([]);
    expect(hit?.actionable).toBe(false);
    expect(result.verdict.reasons.map((r) => r.code)).toContain('supervisory');
  });

  it('still punishes with the window measures of the same list', () => {
    const both: Measure[] = [...measures, { ...supervisory, code: 'M-KEY2', scope: 'supervisory' }];
    const result = evaluateCheck(
      input({ entries: [entry('a', 'ABNORMAL')], measures: both, matter: licensing }),
    );
    expect(result.verdict.code).toBe('punishment');
    expect(result.hits[0]?.punishments.map((m) => m.code)).toEqual(['M-WATCH']);
    expect(result.hits[0]?.supervisory.map((m) => m.code)).toEqual(['M-KEY2']);
  });
});

describe('rule 3: not in the city’s data is not a clean pass', () => {
  for (const matter of [procurement, bidding, publicResources]) {
    it(`asks for an external query before a ${matter.name} matter proceeds`, () => {
      const result = evaluateCheck(input({ subject: null, matter }));
      expect(result.verdict.code).toBe('review');
      expect(result.externalQuery?.required).toBe(true);
      expect(result.externalQuery?.channels.map((channel) => channel.name)).toEqual(['信用中国', '信用河南']);
      const reason = result.verdict.reasons.find((r) => r.code === 'external-query-required');
      expect(reason?.message).toMatch(
        /^本机数据（截至 2026-11-27 08:00）未查到该主体。本事项须通过“信用中国”、“信用河南”查询/,
      );
    });
  }

  it('stays 可办理 elsewhere, saying in plain words that the city’s data holds nothing on the code', () => {
    const result = evaluateCheck(input({ subject: null, matter: licensing, freshness: fresh }));
    expect(result.verdict.code).toBe('proceed');
    expect(result.externalQuery?.required).toBe(false);
    expect(result.verdict.reasons[0]?.message).toContain('本机数据（截至 2026-11-27 08:00）未查到该主体');
  });
});

describe('rule 4: the legal representative’s serious listings', () => {
  const person: Subject = {
    ...subject,
    id: 'p1',
    name: '张三',
    identifier: '11010519491231002X',
    identifierKind: 'citizen-id',
    kind: 'natural-person',
  };
  const company: Subject = { ...subject, legalRepresentativeId: person.identifier };
  const debtor = entry('d', 'DEBTOR', { subjectId: 'p1' });

  it('turns a procurement check into 需人工研判 and names the representative, ID masked', () => {
    const result = evaluateCheck(
      input({ subject: company, representative: { subject: person, entries: [debtor] } }),
    );
    expect(result.verdict.code).toBe('review');
    expect(result.related).toHaveLength(1);
    expect(result.related[0]).toMatchObject({ name: '张三', identifierMasked: '110105********002X' });
    expect(result.verdict.reasons.find((r) => r.code === 'representative')?.message).toBe(
      '法定代表人张三（110105********002X）列入失信被执行人，本类事项需人工研判',
    );
  });

  it('is a notice only for a licensing matter, and nothing once the entry has ended', () => {
    const notice = evaluateCheck(
      input({ subject: company, matter: licensing, representative: { subject: person, entries: [debtor] } }),
    );
    expect(notice.verdict.code).toBe('proceed');
    expect(notice.related[0]?.affectsVerdict).toBe(false);
    const ended = evaluateCheck(
      input({
        subject: company,
        representative: { subject: person, entries: [{ ...debtor, expiresOn: '2026-11-26' }] },
      }),
    );
    expect(ended.related).toEqual([]);
    expect(ended.verdict.code).toBe('proceed');
  });

  it('ignores a red listing of the representative, and a natural-person applicant', () => {
    const red = evaluateCheck(
      input({
        subject: company,
        representative: { subject: person, entries: [entry('x', 'A_TAX', { subjectId: 'p1' })] },
      }),
    );
    expect(red.related).toEqual([]);
    const self = evaluateCheck(
      input({ subject: person, representative: { subject: person, entries: [debtor] } }),
    );
    expect(self.related).toEqual([]);
  });
});

describe('resources/rules/check-policy.json', () => {
  const shipped = CheckPolicy.parse(
    JSON.parse(readFileSync(new URL('../../resources/rules/check-policy.json', import.meta.url), 'utf8')),
  );

  it('ships the rules the tests above assume, each with its source and confirmation status', () => {
    expect(shipped.incentiveBars).toMatchObject({ listKinds: ['serious'], commitmentFailures: ['false'] });
    expect(shipped.notFound.externalQueryCategories).toEqual(['procurement', 'bidding', 'public-resources']);
    expect(shipped.notFound.channels.map((channel) => channel.name)).toEqual(
      expect.arrayContaining(['信用中国', '信用河南']),
    );
    expect(shipped.representative.reviewCategories).toEqual(policy.notFound.externalQueryCategories);
    for (const rule of [shipped.incentiveBars, shipped.notFound, shipped.representative]) {
      expect(rule.basis).toMatch(/〔\d{4}〕\d+号/);
      expect(rule.confirmed).toBe(false);
    }
  });
});
