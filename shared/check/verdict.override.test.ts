import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EvaluationInput } from './verdict';
import { CheckPolicy } from './policy';
import { evaluateCheck } from './verdict';
import { entry, input, licensing } from './verdict.fixtures';

// Issue 10, rule 6: a check on a code that failed its check and was overridden is 需人工研判 at best.
const shipped = CheckPolicy.parse(
  JSON.parse(readFileSync(new URL('../../resources/rules/check-policy.json', import.meta.url), 'utf8')),
);

describe('an overridden check', () => {
  it('ships with the rule on and its basis marked unconfirmed', () => {
    expect(shipped.override.requiresReview).toBe(true);
    expect(shipped.override.confirmed).toBe(false);
  });

  it('is 需人工研判 where it would otherwise be 可办理, 激励 or 惩戒, the override named first', () => {
    const cases: Partial<EvaluationInput>[] = [
      {},
      { entries: [entry('e1', 'A_TAX')] },
      { entries: [entry('e2', 'DEBTOR')] },
      { subject: null, matter: licensing },
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
    expect(result.hits[0]?.punishments.map((m) => m.code)).toEqual(['M-PROCURE']);
  });

  it('is only a note where the policy turns the rule off', () => {
    const base = input({ overridden: true });
    const result = evaluateCheck({
      ...base,
      policy: { ...base.policy, override: { ...base.policy.override, requiresReview: false } },
    });
    expect(result.verdict.code).toBe('proceed');
    expect(result.verdict.reasons.map((reason) => reason.code)).toEqual(['override']);
  });
});
