import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Transport } from '../../../shared/contract/api';
import type { RepairCandidate } from '../../../shared/domain/repair';
import type { SubjectSummary } from '../../../shared/domain/subject';

// The store talks to the core through window.api; here a stand-in answers the few channels the wizard calls,
// installed before the store (and its transport) load.
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
  // storeFile reads the chosen file as a data: URL.
  class FakeReader {
    result: string | null = null;
    error: Error | null = null;
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    readAsDataURL(): void {
      this.result = 'data:application/pdf;base64,JVBERi0=';
      setTimeout(() => this.onload?.(), 0);
    }
  }
  Object.assign(globalThis, { window: { api, location: { hash: '' } }, FileReader: FakeReader });
  return { answers };
});

import { useNewRepairStore } from './new-repair-store';

const company: SubjectSummary = {
  id: 'demo-s-0007',
  name: '平顶山市梧沐商贸有限公司',
  identifierMasked: '91410403MAL18LNL5K',
  kind: 'legal-person',
  regionCode: '410403',
  status: 'active',
};

const candidate = (targetId: string): RepairCandidate => ({
  targetTable: 'credit_records',
  targetId,
  title: '行政处罚：未按规定申报纳税',
  kindLabel: '行政处罚',
  decisionOn: '2025-03-30',
  statusLabel: '公示中',
  unit: '国家税务总局平顶山市税务局',
  eligibility: {
    regime: '2023',
    eligible: true,
    eligibleFrom: '2025-07-01',
    publicationEndsOn: '2028-03-30',
    code: 'eligible',
    message: '已满最短公示期，可申请信用修复',
    unconfirmed: [],
  },
  openApplicationId: null,
  suggestedOutcome: 'stop-publication',
});

core.answers.set('repairs:candidates', () => ({
  subject: company,
  candidates: [candidate('demo-r-0005'), candidate('demo-r-0006')],
}));

const fromCheck = (targetId: string) => ({
  subjectId: company.id,
  identifier: null,
  targetId,
  caseNumber: 'YX-2026-0200',
});
const settle = (): Promise<void> => new Promise((done) => setTimeout(done, 5));
const store = () => useNewRepairStore.getState();

/** 申请信用修复 from a check result, then 下一步 to the application step. */
const openFromCheckAtApplication = async (targetId = 'demo-r-0005'): Promise<void> => {
  store().startFrom(fromCheck(targetId));
  await settle();
  store().next();
};

afterEach(() => {
  store().close();
  core.answers.delete('repairs:create');
  core.answers.delete('files:add');
});

describe('new repair application: the draft', () => {
  it('starts blank and unchanged; what the clerk types makes it changed, typing it back does not', () => {
    store().start();
    expect(store()).toMatchObject({ open: true, dirty: false, pendingStart: null, step: 0 });
    store().setQuery('梧沐');
    expect(store().dirty).toBe(true);
    store().setQuery('');
    expect(store().dirty).toBe(false);
  });

  it('counts what a check result and the lookups fill in as the start, not as the clerk’s input', async () => {
    await openFromCheckAtApplication();
    expect(store()).toMatchObject({ step: 2, targetKey: 'credit_records:demo-r-0005', dirty: false });
    expect(store().commitment?.recognisingName).toBe('国家税务总局平顶山市税务局');
    store().setApplication({ handlerName: '李明' });
    expect(store().dirty).toBe(true);
  });

  it('counts another record chosen than the one the check result named as input', async () => {
    store().startFrom(fromCheck('demo-r-0005'));
    await settle();
    store().selectTarget('credit_records:demo-r-0006');
    expect(store().dirty).toBe(true);
  });

  it('counts the 承诺书 edited and the materials attached as input', async () => {
    await openFromCheckAtApplication();
    store().setCommitment({ recognisingCode: '11410400MB1234567X' });
    expect(store().dirty).toBe(true);
    store().setCommitment({ recognisingCode: '' });
    expect(store().dirty).toBe(false);

    core.answers.set('files:add', () => ({ sha256: 'a'.repeat(64), size: 5 }));
    await store().addFiles([new File(['%PDF-'], '申请表.pdf', { type: 'application/pdf' })]);
    expect(store().attachments).toHaveLength(1);
    expect(store().dirty).toBe(true);
  });
});

describe('new repair application: another one asked for', () => {
  it('replaces an unchanged application at once', async () => {
    await openFromCheckAtApplication('demo-r-0005');
    store().startFrom(fromCheck('demo-r-0006'));
    expect(store().pendingStart).toBeNull();
    await settle();
    expect(store()).toMatchObject({ step: 1, targetKey: 'credit_records:demo-r-0006', dirty: false });
  });

  it('asks first when the application holds input; 继续填写 keeps all of it', async () => {
    await openFromCheckAtApplication('demo-r-0005');
    store().setApplication({ handlerName: '李明', reasons: '罚款已缴清' });
    store().startFrom(fromCheck('demo-r-0006'));
    expect(store().pendingStart).toEqual({ intent: fromCheck('demo-r-0006') });
    await settle();
    expect(store()).toMatchObject({ open: true, step: 2, targetKey: 'credit_records:demo-r-0005' });
    expect(store().application).toMatchObject({ handlerName: '李明', reasons: '罚款已缴清' });

    store().keepDraft();
    expect(store()).toMatchObject({ pendingStart: null, dirty: true, step: 2 });
    expect(store().application.handlerName).toBe('李明');
  });

  it('放弃并新建 starts the one asked for, unchanged', async () => {
    await openFromCheckAtApplication('demo-r-0005');
    store().setApplication({ handlerName: '李明' });
    store().start();
    expect(store().pendingStart).toEqual({ intent: null });
    store().discardDraft();
    expect(store()).toMatchObject({ open: true, step: 0, dirty: false, pendingStart: null, subject: null });
    expect(store().application.handlerName).toBe('');
  });

  it('does not ask when the wizard is closed, whatever was typed before 取消', () => {
    store().start();
    store().setQuery('梧沐');
    store().cancel();
    expect(store()).toMatchObject({ open: true, cancelling: true, query: '梧沐' });
    store().keepDraft();
    expect(store()).toMatchObject({ open: true, cancelling: false, query: '梧沐' });
    store().cancel();
    store().close();
    expect(store()).toMatchObject({ open: false, dirty: false, query: '' });
    store().start();
    expect(store()).toMatchObject({ open: true, pendingStart: null });
  });

  it('keeps files still being stored out of the application started meanwhile', async () => {
    await openFromCheckAtApplication();
    core.answers.set('files:add', () => ({ sha256: 'b'.repeat(64), size: 5 }));
    const adding = store().addFiles([new File(['%PDF-'], '申请表.pdf', { type: 'application/pdf' })]);
    expect(store().dirty).toBe(false);
    store().startFrom(fromCheck('demo-r-0006'));
    await adding;
    await settle();
    expect(store()).toMatchObject({ attachments: [], reading: 0, dirty: false });
  });
});

describe('new repair application: submitted', () => {
  it('is cleared once the core has taken it in', async () => {
    await openFromCheckAtApplication();
    core.answers.set('files:add', () => ({ sha256: 'c'.repeat(64), size: 5 }));
    core.answers.set('repairs:create', () => ({ application: { id: 'repair-0001' } }));
    store().setApplication({ handlerName: '李明', reasons: '罚款已全部缴清，申请终止公示' });
    await store().addFiles([new File(['%PDF-'], '申请表.pdf', { type: 'application/pdf' })]);
    store().next();
    expect(store().step).toBe(3);
    store().setCommitment({
      committerIdentifier: company.identifierMasked,
      recognisingCode: '11410400MB1234567X',
      acceptingName: '叶县政务服务中心',
      acceptingCode: '11410422MB7654321Y',
    });
    await store().submit(true);
    expect(store().submitError).toBeNull();
    expect(store()).toMatchObject({ open: false, dirty: false, attachments: [], commitment: null });
    expect(store().application.handlerName).toBe('');
    store().start();
    expect(store()).toMatchObject({ open: true, pendingStart: null });
  });
});

describe('new repair application: what belongs to whom', () => {
  const other: SubjectSummary = { ...company, id: 'demo-s-0008', name: '平顶山市另一家商贸有限公司' };

  it('closes an unchanged application at 取消 without asking', async () => {
    store().startFrom(fromCheck('demo-r-0005'));
    await settle();
    store().cancel();
    expect(store()).toMatchObject({ open: false, cancelling: false });
  });

  it('carries the check’s 办件编号 into the 承诺书', async () => {
    await openFromCheckAtApplication();
    expect(store().commitment?.caseNumber).toBe('YX-2026-0200');
  });

  it('adds every file as 其他材料 for the clerk to say what it is', async () => {
    await openFromCheckAtApplication();
    let next = 0;
    core.answers.set('files:add', () => ({ sha256: String(++next).repeat(64), size: 5 }));
    await store().addFiles([
      new File(['%PDF-'], '身份证.pdf', { type: 'application/pdf' }),
      new File(['%PDF-'], '申请表.pdf', { type: 'application/pdf' }),
    ]);
    expect(store().attachments.map((attachment) => attachment.kind)).toEqual(['other', 'other']);
    store().setAttachmentKind('2'.repeat(64), 'application-form');
    expect(store().attachments.map((attachment) => attachment.kind)).toEqual(['other', 'application-form']);
  });

  it('drops the materials and their notices when another applicant is chosen', async () => {
    await openFromCheckAtApplication();
    core.answers.set('files:add', () => ({ sha256: 'd'.repeat(64), size: 5 }));
    const file = () => new File(['%PDF-'], '申请表.pdf', { type: 'application/pdf' });
    await store().addFiles([file(), file()]);
    expect(store().attachments).toHaveLength(1);
    expect(store().fileNotices).toHaveLength(1);

    store().goTo(0);
    await store().pickSubject(company);
    expect(store().attachments).toHaveLength(1);

    store().goTo(0);
    await store().pickSubject(other);
    expect(store()).toMatchObject({ attachments: [], fileNotices: [], reading: 0, checkCaseNumber: null });
  });
});
