import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CheckResult, IdentifierRefusal } from '../../../shared/domain';
import { citizenIdCheckChar, usccCheckChar } from '../../../shared/identifiers/check-chars';
import { dispatch } from '../ipc/dispatch';
import { openTempCore } from '../testing/temp-core';

// Issue 10, rules 6 and 7, on a real SQLite cache holding the demo data set (resources/demo/README.md).
const BLACKLISTED = { id: 'demo-s-0001', name: '平顶山市嵘沐商贸有限公司', code: '91410402613341561G' };
const LEGACY = { id: 'demo-s-0013', code: '91410402027710088G' };
const PROCUREMENT = 'PDS-CG-001';
const REASON = '已核对营业执照';

const replaceAt = (value: string, position: number, char: string): string =>
  `${value.slice(0, position - 1)}${char}${value.slice(position)}`;
// A typo in the 12th character breaks the organisation code; one in the 8th (region) leaves it intact.
const ORG_TYPO = replaceAt(BLACKLISTED.code, 12, '8');
const REGION_TYPO = replaceAt(BLACKLISTED.code, 8, '3');

let core: ReturnType<typeof openTempCore>;
beforeEach(() => {
  core = openTempCore();
});
afterEach(() => core.dispose());

const run = (raw: string, override?: { reason: string }) =>
  dispatch(core.handlers, 'check:run', {
    context: { caseNumber: 'CG-2026-0100', matterCode: PROCUREMENT },
    applicant: override === undefined ? { by: 'identifier', raw } : { by: 'identifier', raw, override },
  });
const checked = async (raw: string, override?: { reason: string }): Promise<CheckResult> => {
  const result = await run(raw, override);
  if (!result.ok) throw new Error(result.error.message);
  return CheckResult.parse(result.value);
};
const refusal = async (raw: string, override?: { reason: string }) => {
  const result = await run(raw, override);
  if (result.ok) throw new Error('expected a refusal');
  return { ...result.error, details: IdentifierRefusal.parse(result.error.details) };
};
const countChecks = (): number =>
  (core.db.prepare('SELECT count(*) AS n FROM checks').get() as { n: number }).n;

describe('a typo of the procurement-blacklisted company’s code', () => {
  it('breaking the organisation code: refused, not overridable, 是否为 the company, nothing recorded', async () => {
    const refused = await refusal(ORG_TYPO);
    expect(refused.code).toBe('IDENTIFIER_INVALID');
    expect(refused.message).toContain('组织机构代码');
    expect(refused.details).toMatchObject({ code: 'checksum', kind: 'uscc', overridable: false });
    expect(refused.details.nearMatches[0]).toEqual({
      id: BLACKLISTED.id,
      name: BLACKLISTED.name,
      identifierMasked: BLACKLISTED.code,
      kind: 'legal-person',
      regionCode: '410402',
      status: 'active',
    });
    // A reason sent anyway changes nothing: the override is not on offer.
    expect((await refusal(ORG_TYPO, { reason: REASON })).code).toBe('IDENTIFIER_INVALID');
    expect(countChecks()).toBe(0);
  });

  it('picking the near match checks the company itself: the procurement punishment', async () => {
    const { details } = await refusal(ORG_TYPO);
    const picked = await dispatch(core.handlers, 'check:run', {
      context: { caseNumber: 'CG-2026-0100', matterCode: PROCUREMENT },
      applicant: { by: 'subject', subjectId: details.nearMatches[0]?.id ?? '' },
    });
    expect(picked.ok && picked.value).toMatchObject({
      found: true,
      subject: { id: BLACKLISTED.id },
      verdict: { code: 'punishment' },
    });
  });

  it('leaving the organisation code intact: 是否为 the company before the override is offered', async () => {
    const refused = await refusal(REGION_TYPO);
    expect(refused.code).toBe('OVERRIDE_REASON_REQUIRED');
    expect(refused.details).toMatchObject({ overridable: true });
    expect(refused.details.nearMatches.map((item) => item.id)).toEqual([BLACKLISTED.id]);
    expect(countChecks()).toBe(0);
  });

  it('overridden with “已核对营业执照”: 需人工研判, never 可办理, and the commitment route barred', async () => {
    const result = await checked(REGION_TYPO, { reason: REASON });
    expect(result.found).toBe(false);
    expect(result.query.overrideReason).toBe(REASON);
    expect(result.verdict.code).toBe('review');
    expect(result.verdict.reasons[0]?.code).toBe('override');
    expect(result.commitmentRoute).toEqual({
      allowed: false,
      reasons: [
        {
          code: 'barred-override',
          message: '统一社会信用代码未通过校验，经人工核对后继续核查的，不适用告知承诺制',
        },
      ],
      barredTypes: ['approval-substitute', 'missing-documents', 'certification'],
    });
    // The near matches the clerk was shown are part of the evidence, and come back with it.
    expect(result.nearMatches?.map((item) => item.id)).toEqual([BLACKLISTED.id]);
    const stored = await dispatch(core.handlers, 'check:get', { checkId: result.checkId });
    expect(stored.ok && (stored.value as { result: CheckResult }).result).toEqual(result);
  });
});

describe('the legacy demo codes', () => {
  it('are still overridable, offer the registry’s own subject first, and come out 需人工研判 and barred', async () => {
    const refused = await refusal(LEGACY.code);
    expect(refused.code).toBe('OVERRIDE_REASON_REQUIRED');
    expect(refused.details.nearMatches[0]?.id).toBe(LEGACY.id);
    const result = await checked(LEGACY.code, { reason: '已核对营业执照原件，系2016年前发放' });
    expect(result).toMatchObject({ found: true, subject: { id: LEGACY.id }, verdict: { code: 'review' } });
    expect(result.commitmentRoute?.allowed).toBe(false);
    expect(result.commitmentRoute?.reasons.map((reason) => reason.code)).toEqual(['barred-override']);
    expect(result).not.toHaveProperty('nearMatches');
  });

  it('a typo of a legacy code whose organisation code then fails is refused, with the legacy subject offered', async () => {
    const refused = await refusal(replaceAt(LEGACY.code, 10, '3'));
    expect(refused.code).toBe('IDENTIFIER_INVALID');
    expect(refused.details.overridable).toBe(false);
    expect(refused.details.nearMatches[0]?.id).toBe(LEGACY.id);
  });
});

describe('a valid code not in the cache', () => {
  it('carries the near matches in the result, without changing its verdict', async () => {
    const first17 = `92410411${BLACKLISTED.code.slice(8, 17)}`;
    const sameOrg = `${first17}${usccCheckChar(first17) ?? '?'}`;
    const result = await checked(sameOrg);
    expect(result.found).toBe(false);
    expect(result.nearMatches?.map((item) => item.id)).toEqual([BLACKLISTED.id]);
    expect(result.commitmentRoute?.allowed).toBe(true);
    const unknown = await checked('91410411MA9N8K2PXW');
    expect(unknown.nearMatches).toEqual([]);
  });

  it('a check on a found subject carries none', async () => {
    expect(await checked(BLACKLISTED.code)).not.toHaveProperty('nearMatches');
  });

  it('an evidence snapshot taken before near matches existed still passes the contract', async () => {
    const result = await checked('91410411MA9N8K2PXW');
    const { nearMatches: _dropped, ...older } = result;
    // Stored checks are append-only, so the older shape is checked against the response schema directly.
    expect(CheckResult.safeParse(older).success).toBe(true);
  });
});

describe('rule 7: an ID number with an impossible birth date', () => {
  it('is refused as an ID number with an invalid birth date, never offered the licence override', async () => {
    const first17 = '41040219901301123'; // month 13
    const value = `${first17}${citizenIdCheckChar(first17) ?? '?'}`;
    const refused = await refusal(value);
    expect(refused.code).toBe('IDENTIFIER_INVALID');
    expect(refused.details).toMatchObject({ kind: 'citizen-id', code: 'date', overridable: false });
    expect(refused.message).toContain('身份证号码');
    expect(refused.message).toContain('出生日期「19901301」');
    expect(refused.message).not.toContain('营业执照');
    expect((await refusal(value, { reason: REASON })).code).toBe('IDENTIFIER_INVALID');
    expect(countChecks()).toBe(0);
  });
});

describe('the identifier inputs resources/demo/README.md lists', () => {
  it.each([
    ['91410402613841561G', 'IDENTIFIER_INVALID', BLACKLISTED.id],
    ['91410402613431561G', 'IDENTIFIER_INVALID', BLACKLISTED.id],
    ['91410403613341561G', 'OVERRIDE_REASON_REQUIRED', BLACKLISTED.id],
    ['91410402037710088G', 'IDENTIFIER_INVALID', LEGACY.id],
    ['410402199013011238', 'IDENTIFIER_INVALID', undefined],
  ])('%s behaves as described there', async (raw, code, firstMatch) => {
    const refused = await refusal(raw);
    expect(refused.code).toBe(code);
    expect(refused.details.nearMatches[0]?.id).toBe(firstMatch);
  });

  it('92410411613341561E is not found, with the company that shares its organisation code', async () => {
    const result = await checked('92410411613341561E');
    expect(result.found).toBe(false);
    expect(result.nearMatches?.map((item) => item.id)).toEqual([BLACKLISTED.id]);
  });
});
