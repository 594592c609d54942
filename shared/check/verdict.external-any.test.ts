import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CheckPolicy } from './policy';
import { evaluateCheck } from './verdict';
import { input, licensing, policy, procurement } from './verdict.fixtures';

// Issue 15, item 2: the policy may name matter categories whose check queries 信用中国 / 信用河南 for every
// applicant, held in the city's data or not. Optional and unconfirmed: the shipped table names none.

const always = { categories: ['procurement'], basis: '测试用规则', confirmed: false };

describe('matter categories that query externally for any subject', () => {
  it('a subject the city holds, in such a category: the query is due, the verdict unchanged, a note says so', () => {
    const plain = evaluateCheck(input({ matter: procurement }));
    const result = evaluateCheck(
      input({ matter: procurement, policy: { ...policy, alwaysExternalQuery: always } }),
    );
    expect(result.verdict.code).toBe(plain.verdict.code);
    expect(result.externalQuery).toEqual({
      required: true,
      channels: policy.notFound.channels,
      basis: '测试用规则',
    });
    const note = result.verdict.reasons.find((reason) => reason.code === 'external-query-any');
    expect(note?.message).toContain('本事项对所有申请人均须通过');
    expect(note?.message).toContain('查询信用记录，并留存查询结果');
  });

  it('another category, or no such rule: nothing due for a subject the city holds', () => {
    expect(
      evaluateCheck(input({ matter: licensing, policy: { ...policy, alwaysExternalQuery: always } }))
        .externalQuery,
    ).toBeNull();
    expect(evaluateCheck(input({ matter: procurement })).externalQuery).toBeNull();
  });

  it('the shipped check policy names no category yet, its source marked unconfirmed', () => {
    const shipped = CheckPolicy.parse(
      JSON.parse(readFileSync(new URL('../../resources/rules/check-policy.json', import.meta.url), 'utf8')),
    );
    expect(shipped.alwaysExternalQuery?.categories).toEqual([]);
    expect(shipped.alwaysExternalQuery?.confirmed).toBe(false);
    expect(shipped.alwaysExternalQuery?.basis).toContain('待确认');
  });
});
