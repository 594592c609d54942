import { describe, expect, it } from 'vitest';
import { freshness } from './freshness';
import { entry, input, licensing, now, policy, subject } from './verdict.fixtures';
import { evaluateCheck } from './verdict';

describe('evaluateCheck', () => {
  it('gives 可办理 to a subject with no list entries', () => {
    const result = evaluateCheck(input({}));
    expect(result.verdict.code).toBe('proceed');
    expect(result.hits).toEqual([]);
    expect(result.tags).toEqual(['active']);
  });

  it('applies only the punishments whose basis covers this matter (过惩相当)', () => {
    const result = evaluateCheck(input({ entries: [entry('e1', 'DEBTOR')] }));
    expect(result.verdict.code).toBe('punishment');
    expect(result.tags).toContain('punishment-target');
    const [hit] = result.hits;
    expect(hit?.punishments.map((m) => m.code)).toEqual(['M-PROCURE']);
    expect(hit?.notApplicable.map((m) => m.code)).toEqual(['M-STRICT']);
    expect(hit?.actionable).toBe(true);
  });

  it('gives 适用守信激励措施 for a red list with an incentive in force, ignoring expired measures', () => {
    const result = evaluateCheck(input({ entries: [entry('e2', 'A_TAX')] }));
    expect(result.verdict.code).toBe('incentive');
    expect(result.hits[0]?.incentives.map((m) => m.code)).toEqual(['M-GREEN']);
    expect(result.tags).toContain('incentive-target');
  });

  it('withholds incentives from a subject punished at the same approval (a list that is not a serious one)', () => {
    const result = evaluateCheck(
      input({ entries: [entry('e1', 'ABNORMAL'), entry('e2', 'A_TAX')], matter: licensing }),
    );
    expect(result.verdict.code).toBe('punishment');
    const red = result.hits.find((hit) => hit.key === 'e2');
    expect(red?.incentivesSuppressed).toBe(true);
    expect(red?.actionable).toBe(false);
    expect(result.verdict.reasons.map((r) => r.code)).toContain('incentive-suppressed');
  });

  it('keeps incentives when the policy says punishments do not suppress them', () => {
    const result = evaluateCheck(
      input({
        entries: [entry('e1', 'DEBTOR'), entry('e2', 'A_TAX')],
        policy: {
          ...policy,
          punishmentSuppressesIncentive: false,
          incentiveBars: { ...policy.incentiveBars, listKinds: [] },
        },
      }),
    );
    expect(result.hits.find((hit) => hit.key === 'e2')?.actionable).toBe(true);
  });

  it('shows a hit whose measures do not cover the matter without acting on it', () => {
    const result = evaluateCheck(input({ entries: [entry('e3', 'ABNORMAL')] }));
    expect(result.verdict.code).toBe('proceed');
    expect(result.hits[0]?.actionable).toBe(false);
    expect(result.tags).toContain('abnormal-operation');
    expect(result.verdict.reasons.map((r) => r.code)).toContain('not-applicable');
  });

  it('ignores removed and expired entries', () => {
    const result = evaluateCheck(
      input({
        entries: [
          entry('e4', 'DEBTOR', { status: 'removed', removedOn: '2026-01-01' }),
          entry('e5', 'DEBTOR', { expiresOn: '2026-11-26' }),
        ],
      }),
    );
    expect(result.hits).toEqual([]);
    expect(result.verdict.code).toBe('proceed');
  });

  it('counts an entry on the last day of its term', () => {
    const result = evaluateCheck(input({ entries: [entry('e6', 'DEBTOR', { expiresOn: '2026-11-27' })] }));
    expect(result.verdict.code).toBe('punishment');
  });

  it('asks for 人工研判 when the cache is stale, even with punishments', () => {
    const stale = freshness('2026-11-20T08:00:00.000+08:00', now, 72);
    const result = evaluateCheck(input({ entries: [entry('e1', 'DEBTOR')], freshness: stale }));
    expect(result.verdict.code).toBe('review');
    expect(result.verdict.reasons[0]?.code).toBe('stale');
    expect(result.hits[0]?.actionable).toBe(true);
  });

  it('asks for 人工研判 for a deregistered subject', () => {
    const result = evaluateCheck(input({ subject: { ...subject, status: 'deregistered' } }));
    expect(result.verdict.code).toBe('review');
    expect(result.tags).toEqual(['deregistered']);
  });

  it('records "no record" for an unknown subject, 可办理 when fresh and 需人工研判 when stale', () => {
    const unknown = evaluateCheck(input({ subject: null, matter: licensing }));
    expect(unknown.verdict.code).toBe('proceed');
    expect(unknown.verdict.reasons.map((r) => r.code)).toEqual(['not-in-city-data']);
    const never = evaluateCheck(
      input({ subject: null, matter: licensing, freshness: freshness(null, now, 72) }),
    );
    expect(never.verdict.code).toBe('review');
  });

  it('gives natural persons no registration tag', () => {
    const person = { ...subject, kind: 'natural-person' as const, identifierKind: 'citizen-id' as const };
    expect(evaluateCheck(input({ subject: person })).tags).toEqual([]);
  });

  it('uses the matter category: the same debtor under a licensing matter meets another measure', () => {
    const result = evaluateCheck(input({ entries: [entry('e1', 'DEBTOR')], matter: licensing }));
    expect(result.hits[0]?.punishments.map((m) => m.code)).toEqual(['M-STRICT']);
  });
});

describe('freshness', () => {
  it('is stale past the limit and fresh within it; no data at all is stale', () => {
    expect(freshness('2026-11-24T09:00:00.000+08:00', now, 72).stale).toBe(true);
    expect(freshness('2026-11-24T11:00:00.000+08:00', now, 72).stale).toBe(false);
    expect(freshness(null, now, 72)).toMatchObject({ stale: true, ageHours: null });
  });

  it('clamps a cache time ahead of the local clock to age 0 (clock drift is never fatal)', () => {
    expect(freshness('2026-11-28T08:00:00.000+08:00', now, 72)).toMatchObject({ stale: false, ageHours: 0 });
  });
});
