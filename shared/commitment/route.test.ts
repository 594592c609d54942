import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CreditRecord, SubjectKind } from '../domain/subject';
import { RecordRules } from '../records/record-rules';
import { commitmentRoute } from './route';
import { CommitmentRules } from './rules';

const rules = CommitmentRules.parse(
  JSON.parse(readFileSync(new URL('../../resources/rules/commitment-rules.json', import.meta.url), 'utf8')),
);

const recordRules = RecordRules.parse(
  JSON.parse(readFileSync(new URL('../../resources/rules/record-rules.json', import.meta.url), 'utf8')),
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

const route = (records: CreditRecord[], day: string, subjectKind: SubjectKind = 'legal-person') =>
  commitmentRoute({ entries: [], listKinds: new Map(), records, subjectKind, recordRules, rules, day });

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

describe('commitmentRoute — records that are no basis (record-rules.json)', () => {
  const serious = record({ category: 'penalty', severity: 'serious', commitmentFailure: null });

  it('is not barred by a natural person’s serious penalty imposed under 简易程序 (河南条例)', () => {
    expect(route([{ ...serious, procedure: 'simple' }], '2026-06-01', 'natural-person')).toEqual({
      allowed: true,
      reasons: [],
      barredTypes: [],
    });
  });

  it('is barred by the same penalty under 普通程序, or of an organisation under 简易程序', () => {
    expect(route([{ ...serious, procedure: 'ordinary' }], '2026-06-01', 'natural-person').allowed).toBe(
      false,
    );
    expect(route([{ ...serious, procedure: 'simple' }], '2026-06-01', 'legal-person').allowed).toBe(false);
  });
});
