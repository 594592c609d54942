import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Transport } from '../../../shared/contract/api';

// The store talks to the core through window.api; here a stand-in answers the lookup and the save, installed
// before the store (and its transport) load. An answer can be held back to arrive later.
const core = vi.hoisted(() => {
  const answers = new Map<string, (request: unknown) => unknown>();
  const api: Transport = {
    invoke: async (channel, request) => {
      const answer = answers.get(channel);
      if (answer === undefined) return { ok: false, error: { code: 'INTERNAL', message: '未准备的请求' } };
      return { ok: true, value: await answer(request) };
    },
    onEvent: () => () => undefined,
  };
  Object.assign(globalThis, { window: { api, location: { hash: '' } } });
  return { answers };
});

import type { CommitmentPrefill } from './commitment-draft';
import { useCommitmentFormStore } from './commitment-form-store';

const IDENTIFIER = '91410403MAL18LNL5K';

/** The lookup's answer: the company of the registry, open to the route. */
const lookedUp = (request: unknown) => ({
  identifier: (request as { identifier: string }).identifier.trim().toUpperCase(),
  identifierKind: 'uscc',
  subject: { id: 'demo-s-0007', name: '平顶山市梧沐商贸有限公司', kind: 'legal-person' },
  route: { allowed: true, reasons: [] },
  verifyBy: '2099-12-31',
});

const prefill = (caseNumber: string): CommitmentPrefill => ({
  identifier: IDENTIFIER,
  name: null,
  kind: null,
  identifierKind: 'uscc',
  matterCode: 'XK0101',
  caseNumber,
  checkId: `check-${caseNumber}`,
});

const settle = (): Promise<void> => new Promise((done) => setTimeout(done, 5));
const store = () => useCommitmentFormStore.getState();

beforeEach(() => {
  core.answers.set('commitments:prepare', lookedUp);
});

afterEach(() => {
  store().close();
  core.answers.delete('commitments:create');
});

describe('new commitment: the draft', () => {
  it('counts what the check and the lookup fill in as the start, not as the clerk’s input', async () => {
    store().openFromCheck(prefill('XK-2026-0001'));
    await settle();
    expect(store().fields).toMatchObject({ name: '平顶山市梧沐商贸有限公司', verifyBy: '2099-12-31' });
    expect(store()).toMatchObject({ open: true, dirty: false, pendingStart: null });
    store().update({ reason: '以承诺代替施工图审查合格证明' });
    expect(store().dirty).toBe(true);
    store().update({ reason: '' });
    expect(store().dirty).toBe(false);
  });

  it('counts a blank form with an identifier typed as input, also once the lookup has answered', async () => {
    store().openBlank();
    expect(store().dirty).toBe(false);
    store().update({ identifier: IDENTIFIER.toLowerCase() });
    await store().prepare();
    expect(store().fields.name).toBe('平顶山市梧沐商贸有限公司');
    expect(store().dirty).toBe(true);
  });
});

describe('new commitment: another one asked for', () => {
  it('replaces an unchanged form at once', async () => {
    store().openFromCheck(prefill('XK-2026-0001'));
    await settle();
    store().openFromCheck(prefill('XK-2026-0002'));
    expect(store()).toMatchObject({ pendingStart: null, fromCaseNumber: 'XK-2026-0002' });
  });

  it('asks first when the form holds input; 继续填写 keeps all of it', async () => {
    store().openFromCheck(prefill('XK-2026-0001'));
    await settle();
    store().update({ content: '所提交材料真实有效' });
    store().openFromCheck(prefill('XK-2026-0002'));
    expect(store().pendingStart).toEqual({ prefill: prefill('XK-2026-0002') });
    expect(store()).toMatchObject({ open: true, fromCaseNumber: 'XK-2026-0001' });
    store().keepDraft();
    expect(store()).toMatchObject({ pendingStart: null, dirty: true, fromCaseNumber: 'XK-2026-0001' });
    expect(store().fields).toMatchObject({ content: '所提交材料真实有效', caseNumber: 'XK-2026-0001' });
  });

  it('放弃并新建 starts the one asked for, unchanged', async () => {
    store().openBlank();
    store().update({ content: '所提交材料真实有效' });
    store().openFromCheck(prefill('XK-2026-0002'));
    store().discardDraft();
    await settle();
    expect(store()).toMatchObject({ open: true, dirty: false, pendingStart: null });
    expect(store().fields).toMatchObject({ content: '', caseNumber: 'XK-2026-0002', identifier: IDENTIFIER });
  });

  it('drops a lookup of the replaced form that answers late', async () => {
    let answer: () => void = () => undefined;
    const held = new Promise<void>((done) => (answer = done));
    core.answers.set('commitments:prepare', async (request) => {
      await held;
      return lookedUp(request);
    });
    store().openFromCheck(prefill('XK-2026-0001'));
    store().close();
    store().openBlank();
    answer();
    await settle();
    expect(store().fields).toMatchObject({ identifier: '', name: '' });
    expect(store()).toMatchObject({ prepared: null, preparing: false, dirty: false });
  });
});

describe('new commitment: saved', () => {
  it('is cleared once the core has recorded it, and 取消 drops it too', async () => {
    core.answers.set('commitments:create', () => ({ commitment: { id: 'commitment-0001' } }));
    store().openFromCheck(prefill('XK-2026-0001'));
    await settle();
    store().update({ reason: '以承诺代替证明', content: '材料真实有效', longTerm: true });
    const saved = await store().save();
    expect(saved).toEqual({ commitment: { id: 'commitment-0001' } });
    expect(store()).toMatchObject({ open: false, dirty: false, fromCaseNumber: null });
    expect(store().fields).toMatchObject({ identifier: '', reason: '', content: '' });

    store().openBlank();
    store().update({ content: '材料真实有效' });
    store().close();
    expect(store()).toMatchObject({ open: false, dirty: false });
    store().openBlank();
    expect(store()).toMatchObject({ open: true, pendingStart: null });
    expect(store().fields.content).toBe('');
  });
});
