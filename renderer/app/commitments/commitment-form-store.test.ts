import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Transport } from '../../../shared/contract/api';
import type { AppError } from '../../../shared/result';

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
import { commitmentDraftTexts } from './texts';

const IDENTIFIER = '91410403MAL18LNL5K';
/** In the registry and barred from the route (列入严重失信主体名单). */
const BARRED = '91410400MA44TEKT2D';
/** Not in the registry. */
const UNKNOWN = '91410422MA9XXXXX1Q';

const registry: Record<string, { id: string; name: string; kind: string }> = {
  [IDENTIFIER]: { id: 'demo-s-0007', name: '平顶山市梧沐商贸有限公司', kind: 'legal-person' },
  [BARRED]: { id: 'demo-s-0001', name: '平顶山市失信示例有限公司', kind: 'legal-person' },
};

/** The lookup's answer: the registry's subject (if any), the route open unless the subject is barred. */
const lookedUp = (request: unknown) => {
  const identifier = (request as { identifier: string }).identifier.trim().toUpperCase();
  const barred = identifier === BARRED;
  return {
    identifier,
    identifierKind: 'uscc',
    subject: registry[identifier] ?? null,
    route: barred
      ? { allowed: false, reasons: [{ code: 'barred-list', message: '列入严重失信主体名单' }] }
      : { allowed: true, reasons: [] },
    verifyBy: '2099-12-31',
  };
};

/** What the clerk completes by hand on a form the check filled in. */
const completed = {
  reason: '以承诺代替证明',
  content: '材料真实有效',
  longTerm: true,
  recognisingName: '平顶山市住房和城乡建设局',
  recognisingCode: '11410400MB1234567X',
  acceptingName: '叶县政务服务中心',
  acceptingCode: '11410422MB7654321Y',
};

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
    store().update(completed);
    const saved = await store().save();
    expect(saved).toEqual({ commitment: { id: 'commitment-0001' } });
    expect(store()).toMatchObject({ open: false, dirty: false, fromCaseNumber: null });
    expect(store().fields).toMatchObject({ identifier: '', reason: '', content: '' });

    store().openBlank();
    store().update({ content: '材料真实有效' });
    store().cancel();
    expect(store()).toMatchObject({ open: true, cancelling: true });
    store().keepDraft();
    expect(store()).toMatchObject({ open: true, cancelling: false, dirty: true });
    store().cancel();
    store().close();
    expect(store()).toMatchObject({ open: false, dirty: false, cancelling: false });
    store().openBlank();
    expect(store()).toMatchObject({ open: true, pendingStart: null });
    expect(store().fields.content).toBe('');
  });
});

describe('new commitment: 取消', () => {
  it('closes an unchanged form at once', async () => {
    store().openFromCheck(prefill('XK-2026-0001'));
    await settle();
    store().cancel();
    expect(store()).toMatchObject({ open: false, cancelling: false });
  });
});

describe('new commitment: the committer’s name', () => {
  it('drops the name the registry gave when the identifier changes to another committer', async () => {
    store().openBlank();
    store().update({ identifier: BARRED });
    await store().prepare();
    expect(store().fields.name).toBe('平顶山市失信示例有限公司');
    expect(store().prepared?.route.allowed).toBe(false);

    store().update({ identifier: UNKNOWN });
    expect(store().fields.name).toBe('');
    await store().prepare();
    expect(store().fields.name).toBe('');
    expect(store().prepared).toMatchObject({ identifier: UNKNOWN, subject: null });
  });

  it('replaces it by the new lookup’s subject, and keeps it for the same code written otherwise', async () => {
    store().openFromCheck({
      ...prefill('XK-2026-0001'),
      name: '平顶山市梧沐商贸有限公司',
      kind: 'legal-person',
    });
    await settle();
    store().update({ identifier: ` ${IDENTIFIER.toLowerCase()} ` });
    expect(store().fields.name).toBe('平顶山市梧沐商贸有限公司');
    store().update({ identifier: BARRED });
    expect(store().fields.name).toBe('');
    await store().prepare();
    expect(store().fields.name).toBe('平顶山市失信示例有限公司');
  });

  it('keeps a name the clerk typed for an unknown committer', async () => {
    store().openBlank();
    store().update({ identifier: UNKNOWN });
    await store().prepare();
    store().update({ name: '叶县某某建材经营部' });
    store().update({ identifier: '91410422MA9XXXXX2Q' });
    expect(store().fields.name).toBe('叶县某某建材经营部');
  });

  it('drops a lookup that answers after the identifier was changed', async () => {
    let answer: () => void = () => undefined;
    const held = new Promise<void>((done) => (answer = done));
    core.answers.set('commitments:prepare', async (request) => {
      await held;
      return lookedUp(request);
    });
    store().openBlank();
    store().update({ identifier: BARRED });
    const looking = store().prepare();
    store().update({ identifier: UNKNOWN });
    answer();
    await looking;
    expect(store().fields).toMatchObject({ identifier: UNKNOWN, name: '' });
    expect(store()).toMatchObject({ prepared: null, preparing: false });
  });
});

describe('new commitment: checked before it is sent', () => {
  it('marks every missing field of an empty form at once, in Chinese, and sends nothing', async () => {
    let sent = false;
    core.answers.set('commitments:create', () => {
      sent = true;
      return { commitment: { id: 'never' } };
    });
    store().openBlank();
    expect(await store().save()).toBeNull();
    expect(sent).toBe(false);
    const errors = store().errors;
    for (const field of [
      'identifier',
      'name',
      'reason',
      'content',
      'validUntil',
      'matterCode',
      'verifyBy',
      'recognisingName',
      'recognisingCode',
      'acceptingName',
      'acceptingCode',
    ] as const)
      expect(errors[field], field).toMatch(/\p{Script=Han}/u);
    expect(store().saveError).toBeNull();
    // The lookup fills the name in: it is no longer missing.
    store().update({ identifier: IDENTIFIER });
    await store().prepare();
    expect(store().errors).not.toHaveProperty('name');
    expect(store().errors).not.toHaveProperty('identifier');
    expect(store().errors.reason).toBeDefined();
  });

  it('shows the core’s field issues under their fields, and a banner without the request’s paths', async () => {
    core.answers.delete('commitments:create');
    const refusal: AppError = {
      code: 'BAD_REQUEST',
      message: '请求内容不正确：reason：请填写承诺事由；recognisingUnit.code：请填写单位代码',
      details: [
        { path: ['reason'], message: '请填写承诺事由' },
        { path: ['recognisingUnit', 'code'], message: '请填写单位代码' },
      ],
    };
    const api = (globalThis as unknown as { window: { api: Transport } }).window.api;
    const invoke = api.invoke;
    api.invoke = async (channel, request) =>
      channel === 'commitments:create' ? { ok: false, error: refusal } : invoke(channel, request);
    try {
      store().openFromCheck(prefill('XK-2026-0001'));
      await settle();
      store().update(completed);
      await store().save();
    } finally {
      api.invoke = invoke;
    }
    expect(store().errors).toEqual({ reason: '请填写承诺事由', recognisingCode: '请填写单位代码' });
    expect(store().saveError).toEqual({
      message: commitmentDraftTexts.checkMarked,
      reasons: [],
      unplaced: [],
    });
  });
});
