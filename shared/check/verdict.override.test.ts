import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ListEntry, ListType, Matter, Measure, Subject } from '../domain';
import { freshness } from './freshness';
import { CheckPolicy } from './policy';
import { evaluateCheck, type EvaluationInput } from './verdict';

// Issue 10, rule 6: a check on a code that failed its check and was overridden is 需人工研判 at best.
const policy = CheckPolicy.parse(
  JSON.parse(readFileSync(new URL('../../resources/rules/check-policy.json', import.meta.url), 'utf8')),
);

const subject: Subject = {
  id: 's1',
  name: '舞钢市岱芮建材有限公司',
  identifier: '914104817170164052',
  identifierKind: 'uscc',
  kind: 'legal-person',
  regionCode: '410481',
  legalRepresentative: null,
  registeredOn: '2010-01-01',
  address: null,
  status: 'active',
  grade: null,
  updatedAt: '2026-11-01T00:00:00.000Z',
};
const listTypes: ListType[] = [
  { code: 'A_TAX', name: 'A级纳税人', kind: 'red', authority: '税务' },
  { code: 'DEBTOR', name: '失信被执行人', kind: 'serious', authority: '法院' },
];
const measure = (code: string, listType: string, direction: Measure['direction']): Measure => ({
  code,
  listType,
  name: code,
  direction,
  measureClass: '1',
  legalBasis: `basis of ${code}`,
  matterCategories: ['procurement'],
  effectiveFrom: '2016-01-01',
  effectiveTo: null,
});
const entry = (id: string, listType: string): ListEntry => ({
  id,
  subjectId: 's1',
  listType,
  listedOn: '2025-01-01',
  listingUnit: 'unit',
  reason: 'reason',
  documentNumber: null,
  expiresOn: null,
  removedOn: null,
  status: 'active',
});
const procurement: Matter = { code: 'P1', name: '政府采购', category: 'procurement', department: '财政局' };
const now = new Date('2026-11-27T02:00:00Z');

const input = (extra: Partial<EvaluationInput>): EvaluationInput => ({
  subject,
  entries: [],
  listTypes,
  measures: [measure('M-GREEN', 'A_TAX', 'incentive'), measure('M-BAR', 'DEBTOR', 'punishment')],
  matter: procurement,
  day: '2026-11-27',
  freshness: freshness('2026-11-27T08:00:00.000+08:00', now, 72),
  policy,
  overridden: false,
  ...extra,
});

describe('an overridden check', () => {
  it('ships with the rule on and its basis marked unconfirmed', () => {
    expect(policy.overrideRequiresReview).toBe(true);
    expect(policy.overrideBasis.confirmed).toBe(false);
  });

  it('is 需人工研判 where it would otherwise be 可办理, 激励 or 惩戒, the override named first', () => {
    const cases: Partial<EvaluationInput>[] = [
      {},
      { entries: [entry('e1', 'A_TAX')] },
      { entries: [entry('e2', 'DEBTOR')] },
      { subject: null },
    ];
    for (const extra of cases) {
      expect(evaluateCheck(input(extra)).verdict.code).not.toBe('review');
      const overridden = evaluateCheck(input({ ...extra, overridden: true }));
      expect(overridden.verdict.code).toBe('review');
      expect(overridden.verdict.reasons[0]).toMatchObject({ code: 'override' });
      expect(overridden.verdict.reasons[0]?.message).toContain('需人工研判');
    }
  });

  it('keeps the hits and measures for the clerk to see', () => {
    const result = evaluateCheck(input({ entries: [entry('e2', 'DEBTOR')], overridden: true }));
    expect(result.hits[0]?.punishments.map((m) => m.code)).toEqual(['M-BAR']);
  });

  it('is only a note where the policy turns the rule off', () => {
    const result = evaluateCheck(
      input({ overridden: true, policy: { ...policy, overrideRequiresReview: false } }),
    );
    expect(result.verdict.code).toBe('proceed');
    expect(result.verdict.reasons.map((reason) => reason.code)).toEqual(['override']);
  });
});
