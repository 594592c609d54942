import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FeedbackItem } from '../../../../shared/domain/check';
import type { AppError } from '../../../../shared/result';
import { appInfoKey } from '../../app-info';
import { wallOf } from '../../fields/beijing-time';
import { createQueryClient } from '../../query/query-client';
import { sampleCheckDetail, sampleHit, SAMPLE_CHECK_ID } from '../../../testing/check-samples';
import { fake } from '../../../testing/dom-setup';
import { renderInApp } from '../../../testing/render';
import { sampleAppInfo } from '../../../testing/samples';
import { FeedbackForm } from './FeedbackForm';

const checkedAt = new Date(Date.now() - 3_600_000).toISOString();

beforeEach(() => {
  fake().answer('app:info', sampleAppInfo());
});

/** A cache that has read app:info, as the feedback panel waits for before it shows a form. */
const settingsRead = () => {
  const queries = createQueryClient();
  queries.setQueryData(appInfoKey, sampleAppInfo());
  return queries;
};

const renderForm = (onRecorded = vi.fn()) => {
  renderInApp(
    <FeedbackForm
      checkId={SAMPLE_CHECK_ID}
      checkedAt={checkedAt}
      hit={sampleHit()}
      onRecorded={onRecorded}
    />,
    { queries: settingsRead() },
  );
  return onRecorded;
};

const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
const helperOf = (testId: string): string =>
  screen.getByTestId(testId).closest('.MuiFormControl-root')?.querySelector('.MuiFormHelperText-root')
    ?.textContent ?? '';
const measuresHelper = (): string =>
  screen
    .getAllByTestId('feedback-measure')[0]
    ?.closest('fieldset, .MuiFormControl-root')
    ?.querySelector('.MuiFormHelperText-root')?.textContent ?? '';
const actionHelper = (): string =>
  screen
    .getByTestId('feedback-action-none')
    .closest('.MuiFormControl-root')
    ?.querySelector('.MuiFormHelperText-root')?.textContent ?? '';
const submit = () => fireEvent.click(screen.getByTestId('feedback-submit'));
const refuse = (error: AppError) => fake().answer('check:feedback', { ok: false, error });

describe('反馈 (react-hook-form with the contract’s feedback item)', () => {
  it('says at each field, in Chinese, what is missing or wrong, and sends nothing', async () => {
    const sent = fake().callsTo('check:feedback').length;
    renderForm();
    for (const box of screen.getAllByTestId('feedback-measure')) fireEvent.click(box);
    type('feedback-legal-basis', '');
    type('feedback-department', ' ');
    type('feedback-amount', '-5');
    type('feedback-acted-at', '1900-01-01 10:00');
    submit();
    await waitFor(() => expect(helperOf('feedback-result')).toBe('请填写处理结果'));
    expect(measuresHelper()).toBe('请至少选择一项措施');
    expect(helperOf('feedback-legal-basis')).toBe('请填写法律依据');
    expect(helperOf('feedback-department')).toBe('请填写实施部门');
    expect(helperOf('feedback-amount')).toBe('金额应为不小于0的数字');
    expect(helperOf('feedback-acted-at')).toBe(`不能早于核查时间（${wallOf(new Date(checkedAt))}）`);
    expect(fake().callsTo('check:feedback')).toHaveLength(sent);
    expect(screen.queryByTestId('feedback-error')).toBeNull();
  });

  it('asks for the reason when no measure was taken, then sends the item as the contract has it', async () => {
    fake().answer('check:feedback', sampleCheckDetail(checkedAt));
    const onRecorded = renderForm();
    fireEvent.click(screen.getByTestId('feedback-action-none'));
    type('feedback-result', ' 未处理 ');
    submit();
    await waitFor(() => expect(helperOf('feedback-reason')).toBe('未采取措施时须填写理由'));
    type('feedback-reason', '申请人已履行完毕');
    type('feedback-amount', '1,000');
    submit();
    await waitFor(() => expect(onRecorded).toHaveBeenCalled());
    const item = fake().callsTo('check:feedback').at(-1)?.items[0];
    expect(item).toMatchObject<Partial<FeedbackItem>>({
      hitKey: 'e-debtor',
      action: 'none',
      measureCodes: [],
      reason: '申请人已履行完毕',
      result: '未处理',
      amount: 1000,
      // With no measure taken, the bases of all considered, each document once.
      legalBasis: '《意见》；《政府采购法》',
      department: '叶县政务服务中心',
      districtCode: '410422',
    });
    // The Beijing wall time of the field, as the contract's instant.
    expect(item?.actedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000\+08:00$/);
    expect(wallOf(new Date(item?.actedAt ?? ''))).toBe(item?.actedAt.slice(0, 16).replace('T', ' '));
  });

  it('follows the chosen measures with their bases until the clerk edits the basis', () => {
    renderForm();
    const basis = () => screen.getByTestId<HTMLTextAreaElement>('feedback-legal-basis').value;
    expect(basis()).toBe('《意见》；《政府采购法》');
    fireEvent.click(screen.getAllByTestId('feedback-measure')[0] as HTMLElement);
    expect(basis()).toBe('《意见》');
    type('feedback-legal-basis', '手写依据');
    fireEvent.click(screen.getAllByTestId('feedback-measure')[0] as HTMLElement);
    expect(basis()).toBe('手写依据');
  });

  it('puts a refusal of the contract at the field its issue names', async () => {
    refuse({
      code: 'BAD_REQUEST',
      message: '请求内容不正确：区划代码应为6位数字',
      details: [{ path: ['items', 0, 'districtCode'], message: '区划代码应为6位数字' }],
    });
    renderForm();
    type('feedback-result', '不予通过资格审查');
    submit();
    await waitFor(() => expect(helperOf('feedback-district')).toBe('区划代码应为6位数字'));
    expect(screen.queryByTestId('feedback-error')).toBeNull();
  });

  it('puts the core’s own refusal of the item at the field its path names, else in the alert', async () => {
    refuse({
      code: 'FEEDBACK_INVALID',
      message: '该名单记录在本事项下无可适用的惩戒措施',
      details: { index: 0, hitKey: 'e-debtor', path: ['items', 0, 'action'] },
    });
    renderForm();
    type('feedback-result', '不予通过资格审查');
    submit();
    await waitFor(() => expect(actionHelper()).toBe('该名单记录在本事项下无可适用的惩戒措施'));
    expect(screen.queryByTestId('feedback-error')).toBeNull();

    refuse({
      code: 'FEEDBACK_INVALID',
      message: '反馈对应的名单记录不存在或无需反馈',
      details: { index: 0, hitKey: 'e-debtor', path: ['items', 0, 'hitKey'] },
    });
    submit();
    expect((await screen.findByTestId('feedback-error')).textContent).toBe(
      '反馈对应的名单记录不存在或无需反馈',
    );
  });
});
