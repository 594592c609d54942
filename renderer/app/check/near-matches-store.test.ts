import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Transport } from '../../../shared/contract/api';
import type { SubjectSummary } from '../../../shared/domain/subject';

// 是否为：… in the check store (issue 10, rule 6). A stand-in core answers check:run as the real one does for the
// demo data: a code whose organisation code fails is refused, a legacy-shaped one asks for a reason, both with
// the blacklisted company as a near match; a valid unknown code is not found, with the same suggestion.
const core = vi.hoisted(() => {
  const company = {
    id: 'demo-s-0001',
    name: '平顶山市嵘沐商贸有限公司',
    identifierMasked: '91410402613341561G',
    kind: 'legal-person',
    regionCode: '410402',
    status: 'active',
  };
  const calls: unknown[] = [];
  const refusal = (code: string, message: string, overridable: boolean) =>
    ({
      ok: false,
      error: {
        code,
        message,
        details: { code: 'checksum', kind: 'uscc', overridable, nearMatches: [company] },
      },
    }) as const;
  const answer = (channel: string, request: unknown) => {
    calls.push(request);
    const applicant = (request as { applicant: { by: string; raw?: string; subjectId?: string } }).applicant;
    if (channel !== 'check:run') return { ok: false, error: { code: 'INTERNAL', message: '未准备的请求' } };
    if (applicant.raw === '91410402613841561G')
      return refusal('IDENTIFIER_INVALID', '第9–17位组织机构代码的校验位不符', false);
    if (applicant.raw === '91410403613341561G' && !('override' in applicant))
      return refusal('OVERRIDE_REASON_REQUIRED', '第18位校验码与前17位不符', true);
    const found = applicant.by === 'subject';
    return {
      ok: true,
      value: {
        checkId: `check-${applicant.raw ?? applicant.subjectId ?? ''}`,
        found,
        hits: [],
        subject: found ? { id: company.id, name: company.name } : null,
        query: { normalized: applicant.raw ?? '', kind: 'uscc' },
        verdict: { code: found ? 'punishment' : 'proceed' },
        ...(found ? {} : { nearMatches: [company] }),
      },
    };
  };
  const api: Transport = {
    invoke: (channel, request) => Promise.resolve(answer(channel, request) as never),
    onEvent: () => () => undefined,
  };
  Object.assign(globalThis, { window: { api, location: { hash: '' } } });
  return { calls, company };
});

import { useCheckStore } from './check-store';

const store = () => useCheckStore.getState();
const typeAndEnter = async (raw: string): Promise<void> => {
  store().setCaseNumber('CG-2026-0100');
  store().setMatterCode('PDS-CG-001');
  store().setRaw(raw);
  await store().submitApplicant();
};
const lastApplicant = () => (core.calls.at(-1) as { applicant: unknown }).applicant;
const ids = (items: readonly SubjectSummary[] | undefined) => items?.map((item) => item.id);

afterEach(() => {
  store().reset();
  core.calls.length = 0;
});

describe('check store: 是否为 suggestions', () => {
  it('a refused code: its message, no override, the suggestions, nothing highlighted', async () => {
    await typeAndEnter('91410402613841561G');
    expect(store().applicantError).toContain('组织机构代码');
    expect(store().override).toBeNull();
    expect(store().nearMatches).toMatchObject({ source: 'refused', active: -1, typed: '91410402613841561G' });
    expect(ids(store().nearMatches?.items)).toEqual(['demo-s-0001']);
    expect(store().focus.target).toBe('applicant');
  });

  it('Enter again without moving asks the core again; ↓ then Enter checks the suggested subject', async () => {
    await typeAndEnter('91410402613841561G');
    await store().submitApplicant();
    expect(lastApplicant()).toEqual({ by: 'identifier', raw: '91410402613841561G' });
    store().moveNearMatch(1);
    expect(store().nearMatches?.active).toBe(0);
    await store().submitApplicant();
    expect(lastApplicant()).toEqual({ by: 'subject', subjectId: 'demo-s-0001' });
    expect(store().detail?.result.verdict.code).toBe('punishment');
    expect(store().nearMatches).toBeNull();
  });

  it('↑ from nothing highlighted goes to the last suggestion, and wraps', async () => {
    await typeAndEnter('91410402613841561G');
    store().moveNearMatch(-1);
    expect(store().nearMatches?.active).toBe(0);
    store().moveNearMatch(1);
    expect(store().nearMatches?.active).toBe(0);
  });

  it('a legacy-shaped code: the override on offer, with the suggestions above it', async () => {
    await typeAndEnter('91410403613341561G');
    expect(store().override).toMatchObject({ value: '91410403613341561G' });
    expect(store().applicantError).toBeNull();
    expect(ids(store().nearMatches?.items)).toEqual(['demo-s-0001']);
  });

  it('editing the code withdraws the suggestions', async () => {
    await typeAndEnter('91410402613841561G');
    store().setRaw('91410402613841561');
    expect(store().nearMatches).toBeNull();
  });

  it('a not-found result keeps the suggestions for the emptied field until something is typed', async () => {
    await typeAndEnter('91410411MA9N8K2PXW');
    expect(store().detail?.result.found).toBe(false);
    expect(store().raw).toBe('');
    expect(store().nearMatches).toMatchObject({ source: 'not-found', rawAtSearch: '' });
    store().setRaw('9');
    expect(store().nearMatches).toBeNull();
  });
});
