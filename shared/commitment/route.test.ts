import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CreditRecord } from '../domain/subject';
import { commitmentRoute } from './route';
import { CommitmentRules } from './rules';

const rules = CommitmentRules.parse(
  JSON.parse(readFileSync(new URL('../../resources/rules/commitment-rules.json', import.meta.url), 'utf8')),
);

const record = (extra: Partial<CreditRecord>): CreditRecord => ({
  id: 'r-1',
  subjectId: 's-1',
  category: 'commitment',
  title: '虚假承诺（审批替代型）',
  content: '核查结果：虚假承诺',
  sourceDepartment: '平顶山市住房和城乡建设局',
  decisionNumber: null,
  decisionOn: '2025-06-01',
  publicationEndsOn: '2026-06-01',
  status: 'published',
  severity: null,
  commitmentFailure: 'false',
  ...extra,
});

const route = (records: CreditRecord[], day: string) =>
  commitmentRoute({ entries: [], listKinds: new Map(), records, rules, day });

describe('commitmentRoute — publication', () => {
  it('is barred by a false commitment up to the last day of its publication period, not after', () => {
    expect(route([record({})], '2026-06-01')).toMatchObject({
      allowed: false,
      reasons: [{ code: 'barred-commitment' }],
    });
    // Nothing flips the status when the period ends: the day decides.
    expect(route([record({})], '2026-06-02')).toEqual({ allowed: true, reasons: [], barredTypes: [] });
  });

  it('treats a record without an end as published, and one stopped or repaired as not', () => {
    expect(route([record({ publicationEndsOn: null })], '2040-01-01').allowed).toBe(false);
    expect(route([record({ status: 'unpublished' })], '2026-01-01').allowed).toBe(true);
    expect(route([record({ status: 'repaired' })], '2026-01-01').allowed).toBe(true);
  });

  it('applies the same rule to a serious record', () => {
    const serious = record({ category: 'penalty', severity: 'serious', commitmentFailure: null });
    expect(route([serious], '2026-06-01').reasons.map((reason) => reason.code)).toEqual(['barred-record']);
    expect(route([serious], '2026-06-02').allowed).toBe(true);
  });
});
