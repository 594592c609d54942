import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Transport } from '../../../shared/contract/api';

// The store talks to the core through window.api; here a stand-in answers check:run, installed before the store
// (and its transport) load. `refuse` makes the next run an error of the core.
const core = vi.hoisted(() => {
  const state = { refuse: false };
  const answer = (channel: string, request: unknown) => {
    if (channel !== 'check:run')
      return { ok: false, error: { code: 'INTERNAL', message: '未准备的请求' } } as const;
    if (state.refuse)
      return { ok: false, error: { code: 'MATTER_UNKNOWN', message: '事项代码不在事项目录中' } } as const;
    const raw = (request as { applicant: { raw?: string } }).applicant.raw ?? '';
    return {
      ok: true,
      value: {
        checkId: `check-${raw}`,
        hits: [],
        subject: { id: 'demo-s-0007', name: '平顶山市梧沐商贸有限公司' },
        query: { normalized: raw, kind: 'uscc' },
        verdict: { code: 'proceed' },
      },
    } as const;
  };
  const api: Transport = {
    invoke: (channel, request) => Promise.resolve(answer(channel, request)),
    onEvent: () => () => undefined,
  };
  Object.assign(globalThis, { window: { api, location: { hash: '' } } });
  return state;
});

import { useCheckStore } from './check-store';

const store = () => useCheckStore.getState();

/** A successful check of the company, then a second attempt typed into the applicant field. */
const checkedThenTyped = async (raw: string): Promise<void> => {
  store().setCaseNumber('CG-2026-0003');
  store().setMatterCode('CG0101');
  store().setRaw('91410403MAL18LNL5K');
  await store().submitApplicant();
  expect(store().detail?.result.checkId).toBe('check-91410403MAL18LNL5K');
  store().setRaw(raw);
  await store().submitApplicant();
};

beforeEach(() => {
  core.refuse = false;
});

afterEach(() => store().reset());

describe('check: a refused attempt after a result', () => {
  it('an invalid code clears the earlier applicant’s result; the check stays in the session list', async () => {
    await checkedThenTyped('91410400MA44TEK');
    expect(store().applicantError).toContain('18位');
    expect(store().detail).toBeNull();
    expect(store().session.map((item) => item.checkId)).toEqual(['check-91410403MAL18LNL5K']);
  });

  it('an error of the core clears it too', async () => {
    store().setCaseNumber('CG-2026-0003');
    store().setMatterCode('CG0101');
    store().setRaw('91410403MAL18LNL5K');
    await store().submitApplicant();
    core.refuse = true;
    store().setRaw('91410403MAL18LNL5K');
    await store().submitApplicant();
    expect(store().checkError).toBe('事项代码不在事项目录中');
    expect(store().detail).toBeNull();
  });
});
