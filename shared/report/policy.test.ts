import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReportPolicy } from './policy';

const raw = JSON.parse(
  readFileSync(new URL('../../resources/rules/report-policy.json', import.meta.url), 'utf8'),
) as { authorisation: Record<string, unknown>; titles: Record<string, string> };

describe('report-policy.json', () => {
  it('follows the 2022 standard, titles by kind of subject, and marks what could not be confirmed', () => {
    const policy = ReportPolicy.parse(raw);
    expect(policy.standard).toMatchObject({
      name: '公共信用信息报告标准（2022年版）',
      issuer: '国家公共信用信息中心',
      issuedOn: '2022-09-07',
      sectionsConfirmed: false,
    });
    expect(policy.titles['natural-person']).toBe('个人公共信用信息报告');
    expect(policy.titles['legal-person']).toBe('法人和非法人组织公共信用信息报告');
    expect(policy.authorisation).toMatchObject({ requiredFor: ['natural-person'], confirmed: false });
  });

  it("refuses a policy that would let a person's report go out without 授权, or leaves a kind untitled", () => {
    const withoutPersons = { ...raw, authorisation: { ...raw.authorisation, requiredFor: ['legal-person'] } };
    expect(ReportPolicy.safeParse(withoutPersons).success).toBe(false);
    const { 'individual-business': _missing, ...titles } = raw.titles;
    expect(ReportPolicy.safeParse({ ...raw, titles }).success).toBe(false);
  });
});
