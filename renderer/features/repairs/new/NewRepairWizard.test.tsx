import { act, fireEvent, screen, waitFor, type RenderResult } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RepairCandidate, RepairDetail } from '../../../../shared/domain/repair';
import type { SubjectSummary } from '../../../../shared/domain/subject';
import { appInfoKey, catalogueKey } from '../../../app/app-info';
import { queryClient } from '../../../app/query/query-client';
import { useNewRepairSession } from '../../../app/repairs/new-repair-session';
import { useRouter } from '../../../app/router';
import { fake } from '../../../testing/dom-setup';
import { renderInApp } from '../../../testing/render';
import { sampleAppInfo, sampleCatalogue } from '../../../testing/samples';
import { NewRepairWizard } from './NewRepairWizard';

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

/** repairs:create's answer: the application taken in. */
const created = (id: string): RepairDetail => ({
  application: {
    id,
    subjectId: company.id,
    applicantName: company.name,
    applicantIdentifier: company.identifierMasked,
    handlerName: '李明',
    handlerPhone: null,
    targetTable: 'credit_records',
    targetId: 'demo-r-0005',
    targetTitle: '行政处罚：未按规定申报纳税',
    reasons: '罚款已全部缴清，申请终止公示',
    requestedOutcome: 'stop-publication',
    attachments: [],
    commitmentId: null,
    eligibility: candidate('demo-r-0005').eligibility,
    state: 'accepted',
    stateEnteredOn: '2026-12-06',
    history: [],
    outcome: null,
    decisionReason: null,
    acceptingUnit: '叶县政务服务中心',
    operator: '窗口',
    createdAt: '2026-12-06T09:00:00.000+08:00',
    updatedAt: '2026-12-06T09:00:00.000+08:00',
    version: 1,
  },
  countdown: null,
  target: {
    title: '行政处罚：未按规定申报纳税',
    status: 'published',
    statusLabel: '公示中',
    publicationEndsOn: '2028-03-30',
    exists: true,
  },
  conflicts: [],
  pending: true,
});

const session = () => useNewRepairSession.getState();
const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
const helperOf = (testId: string): string =>
  screen.getByTestId(testId).closest('.MuiFormControl-root')?.querySelector('.MuiFormHelperText-root')
    ?.textContent ?? '';
const stepShown = (): string | null => screen.getByTestId('repair-new').getAttribute('data-step');

/** 申请信用修复 on a check result's record: the wizard opens at 选择记录 with that record chosen. */
const openFromCheck = async (): Promise<RenderResult> => {
  act(() =>
    session().startFrom({
      subjectId: company.id,
      identifier: null,
      targetId: 'demo-r-0005',
      caseNumber: 'YX-2026-0200',
    }),
  );
  const shown = renderInApp(<NewRepairWizard />);
  await waitFor(() =>
    expect(screen.getAllByTestId('repair-candidate-radio')[0]).toHaveProperty('checked', true),
  );
  return shown;
};

/** 下一步 to 填写申请, its fields filled in. */
const fillApplication = async (): Promise<void> => {
  fireEvent.click(screen.getByTestId('repair-next'));
  await waitFor(() => expect(stepShown()).toBe('2'));
  type('repair-handler-name', '李明');
  type('repair-reasons', '罚款已全部缴清，申请终止公示');
};

beforeEach(() => {
  // The session's defaults read the app's cache; the form's fields ask through the fake.
  queryClient.setQueryData(appInfoKey, sampleAppInfo());
  queryClient.setQueryData(catalogueKey, sampleCatalogue());
  fake().answer('app:info', sampleAppInfo());
  fake().answer('catalogue:get', sampleCatalogue());
  fake().answer('repairs:candidates', {
    subject: company,
    candidates: [candidate('demo-r-0005'), candidate('demo-r-0006')],
  });
});

afterEach(() => {
  act(() => session().close());
});

describe('新建修复申请 (one form on the contract’s RepairCreateRequest)', () => {
  it('asks for a record before 填写申请, in Chinese, and sends nothing', async () => {
    fake().answer('subjects:search', { items: [company], more: false });
    act(() => session().start());
    renderInApp(<NewRepairWizard />);
    type('repair-subject-input', '梧沐');
    fireEvent.keyDown(screen.getByTestId('repair-subject-input'), { key: 'Enter' });
    fireEvent.click(await screen.findByTestId('repair-subject-option'));
    await screen.findAllByTestId('repair-candidate');
    fireEvent.click(screen.getByTestId('repair-next'));
    expect((await screen.findByTestId('repair-candidates-required')).textContent).toBe('请选择要修复的记录');
    expect(stepShown()).toBe('1');
    fireEvent.click(screen.getAllByTestId('repair-candidate-radio')[1] as HTMLElement);
    await waitFor(() => expect(screen.queryByTestId('repair-candidates-required')).toBeNull());
    fireEvent.click(screen.getByTestId('repair-next'));
    await waitFor(() => expect(stepShown()).toBe('2'));
    expect(fake().callsTo('repairs:create')).toHaveLength(0);
  });

  it('names a step’s empty or wrong fields at the field, in Chinese, stays on the step and sends nothing', async () => {
    const sent = fake().callsTo('repairs:create').length;
    await openFromCheck();
    fireEvent.click(screen.getByTestId('repair-next'));
    await waitFor(() => expect(stepShown()).toBe('2'));
    type('repair-handler-phone', '电话号码');
    fireEvent.click(screen.getByTestId('repair-next'));
    await waitFor(() => expect(helperOf('repair-handler-name')).toBe('请填写经办人姓名'));
    expect(helperOf('repair-reasons')).toBe('请填写不少于4个字的申请理由');
    expect(helperOf('repair-handler-phone')).toContain('联系电话只能填写数字');
    expect(stepShown()).toBe('2');
    // Put right, the message goes once the clerk moves on, and 下一步 leads on.
    type('repair-handler-name', '李明');
    fireEvent.blur(screen.getByTestId('repair-handler-name'));
    await waitFor(() => expect(helperOf('repair-handler-name')).toBe(''));
    type('repair-handler-phone', '0375-8888888');
    type('repair-reasons', '罚款已全部缴清');
    fireEvent.click(screen.getByTestId('repair-next'));
    await waitFor(() => expect(stepShown()).toBe('3'));
    // The 承诺书 misses the 认定单位's code: 提交 says so at the field, and nothing goes to the core.
    fireEvent.click(screen.getByTestId('repair-submit-accept'));
    await waitFor(() => expect(helperOf('commitment-recognisingCode')).toBe('请填写单位代码'));
    expect(screen.getByTestId('repair-fix-errors')).toBeTruthy();
    expect(stepShown()).toBe('3');
    expect(fake().callsTo('repairs:create')).toHaveLength(sent);
  });

  it('puts a refusal of the core about a field at that field, on its step', async () => {
    fake().answer('repairs:create', {
      ok: false,
      error: {
        code: 'BAD_REQUEST',
        message: '请求内容不正确：经办人姓名：含有看不见的零宽字符，请删除后重新填写',
        details: [{ path: ['handlerName'], message: '含有看不见的零宽字符，请删除后重新填写' }],
      },
    });
    const sent = fake().callsTo('repairs:create').length;
    await openFromCheck();
    await fillApplication();
    fireEvent.click(screen.getByTestId('repair-next'));
    await waitFor(() => expect(stepShown()).toBe('3'));
    type('commitment-recognisingCode', '11410400MB1234567X');
    fireEvent.click(screen.getByTestId('repair-submit-only'));
    await waitFor(() => expect(stepShown()).toBe('2'));
    expect(fake().callsTo('repairs:create')).toHaveLength(sent + 1);
    await waitFor(() =>
      expect(helperOf('repair-handler-name')).toBe('含有看不见的零宽字符，请删除后重新填写'),
    );
    expect(screen.queryByTestId('repair-submit-error')).toBeNull();
    expect(session().open).toBe(true);
  });

  it('keeps the application when the clerk looks elsewhere, and submits it as filled in', async () => {
    fake().answer('files:add', { sha256: 'a'.repeat(64), size: 5 });
    fake().answer('repairs:create', created('repair-0001'));
    const sent = fake().callsTo('repairs:create').length;
    const first = await openFromCheck();
    await fillApplication();
    fireEvent.change(screen.getByTestId('repair-files'), {
      target: { files: [new File(['%PDF-'], '申请表.pdf', { type: 'application/pdf' })] },
    });
    await waitFor(() => expect(screen.getAllByTestId('repair-attachment')).toHaveLength(1));
    type('repair-attachment-kind', 'application-form');
    expect(session().dirty).toBe(true);

    // Away and back: the same step, every field and file as it was.
    act(() => useRouter.getState().navigate({ page: 'check' }));
    first.unmount();
    renderInApp(<NewRepairWizard />);
    expect(stepShown()).toBe('2');
    expect(screen.getByTestId('repair-handler-name')).toHaveProperty('value', '李明');
    expect(screen.getAllByTestId('repair-attachment')).toHaveLength(1);

    fireEvent.click(screen.getByTestId('repair-next'));
    await waitFor(() =>
      expect(screen.getByTestId('commitment-caseNumber')).toHaveProperty('value', 'YX-2026-0200'),
    );
    expect(screen.getByTestId('commitment-acceptingName')).toHaveProperty('value', '叶县政务服务中心');
    fireEvent.change(screen.getByTestId('commitment-recognisingCode'), {
      target: { value: '11410400MB1234567X' },
    });
    fireEvent.click(screen.getByTestId('repair-submit-accept'));
    await waitFor(() => expect(useRouter.getState().route).toEqual({ page: 'repair', id: 'repair-0001' }));
    expect(fake().callsTo('repairs:create')).toHaveLength(sent + 1);
    expect(fake().callsTo('repairs:create').at(-1)).toMatchObject({
      subjectId: company.id,
      targetTable: 'credit_records',
      targetId: 'demo-r-0005',
      handlerName: '李明',
      handlerPhone: null,
      reasons: '罚款已全部缴清，申请终止公示',
      requestedOutcome: 'stop-publication',
      attachments: [{ sha256: 'a'.repeat(64), name: '申请表.pdf', kind: 'application-form' }],
      commitment: {
        committer: { name: company.name, kind: 'legal-person', identifier: company.identifierMasked },
        caseNumber: 'YX-2026-0200',
        validUntil: null,
        recognisingUnit: { name: '国家税务总局平顶山市税务局', code: '11410400MB1234567X' },
        acceptingUnit: { name: '叶县政务服务中心', code: '11410422MB1234567X' },
      },
      accept: true,
    });
    expect(session()).toMatchObject({ open: false, dirty: false });
  });

  it('asks before another application replaces what the clerk typed; 继续填写 keeps it', async () => {
    await openFromCheck();
    // What the check and the lookups filled in is the start, not the clerk's input.
    fireEvent.click(screen.getByTestId('repair-next'));
    await waitFor(() => expect(stepShown()).toBe('2'));
    expect(session().dirty).toBe(false);
    type('repair-handler-name', '李明');
    expect(session().dirty).toBe(true);
    act(() => session().start());
    expect(await screen.findByTestId('repair-discard')).toBeTruthy();
    fireEvent.click(screen.getByTestId('repair-discard-keep'));
    await waitFor(() => expect(screen.queryByTestId('repair-discard')).toBeNull());
    expect(stepShown()).toBe('2');
    expect(screen.getByTestId('repair-handler-name')).toHaveProperty('value', '李明');
  });
});
