import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AppError } from '../../../../shared/result';
import { wallOf } from '../../fields/beijing-time';
import { sampleCheckDetail, SAMPLE_CHECK_ID } from '../../../testing/check-samples';
import { fake } from '../../../testing/dom-setup';
import { renderInApp } from '../../../testing/render';
import { ExternalQueryForm } from './ExternalQueryForm';

const checkedAt = new Date(Date.now() - 3_600_000).toISOString();
const duty = {
  required: true,
  channels: [
    { name: '信用中国', address: 'www.creditchina.gov.cn' },
    { name: '信用河南', address: 'credit.henan.gov.cn' },
  ],
  basis: '平顶山市信用核查事项清单',
};
const SHA = 'a'.repeat(64);

const renderForm = (onRecorded = vi.fn()) => {
  renderInApp(
    <ExternalQueryForm checkId={SAMPLE_CHECK_ID} checkedAt={checkedAt} duty={duty} onRecorded={onRecorded} />,
  );
  return onRecorded;
};
const helperOf = (element: HTMLElement): string =>
  element.closest('.MuiFormControl-root')?.querySelector('.MuiFormHelperText-root')?.textContent ?? '';
const summaryHelper = () => helperOf(screen.getByTestId('external-summary'));
const outcomeHelper = () => helperOf(screen.getByLabelText('未发现失信记录'));
const submit = () => fireEvent.click(screen.getByTestId('external-submit'));
const refuse = (error: AppError) => fake().answer('check:external-query', { ok: false, error });

describe('外部查询 (react-hook-form with the contract’s ExternalQueryRequest)', () => {
  it('says at the field what is missing, in Chinese, and sends nothing', async () => {
    const sent = fake().callsTo('check:external-query').length;
    renderForm();
    fireEvent.change(screen.getByTestId('external-queried-at'), { target: { value: '1900-01-01 10:00' } });
    submit();
    await waitFor(() => expect(outcomeHelper()).toBe('请选择查询结果'));
    const dayBefore = wallOf(new Date(Date.parse(checkedAt) - 24 * 3_600_000));
    expect(helperOf(screen.getByTestId('external-queried-at'))).toBe(
      `不能早于本次核查前一日（${dayBefore}）`,
    );
    // 查到失信记录 needs what the page showed: the contract's own rule, at 查询结果说明.
    fireEvent.click(screen.getByLabelText('发现失信记录'));
    fireEvent.change(screen.getByTestId('external-queried-at'), { target: { value: wallOf(new Date()) } });
    submit();
    await waitFor(() => expect(summaryHelper()).toBe('查到失信记录时须写明查询结果'));
    expect(outcomeHelper()).toBe('');
    expect(fake().callsTo('check:external-query')).toHaveLength(sent);
    expect(screen.queryByTestId('external-error')).toBeNull();
  });

  it('sends the request as the contract has it: the check, the Beijing time as an instant, the files', async () => {
    fake().answer('files:add', { sha256: SHA, size: 8 });
    fake().answer('check:external-query', sampleCheckDetail(checkedAt));
    const onRecorded = renderForm();
    fireEvent.change(screen.getByTestId('external-channel'), { target: { value: '信用河南' } });
    fireEvent.click(screen.getByLabelText('发现失信记录'));
    fireEvent.change(screen.getByTestId('external-summary'), {
      target: { value: ' 列入重大税收违法失信主体 ' },
    });
    const shot = new File(['89504e47'], '信用河南查询结果.png', { type: 'image/png' });
    fireEvent.change(screen.getByTestId('external-files'), { target: { files: [shot] } });
    expect((await screen.findByTestId('external-file')).textContent).toContain('信用河南查询结果.png');
    submit();
    await waitFor(() => expect(onRecorded).toHaveBeenCalled());
    const request = fake().callsTo('check:external-query').at(-1);
    expect(request).toMatchObject({
      checkId: SAMPLE_CHECK_ID,
      channel: '信用河南',
      outcome: 'found',
      summary: '列入重大税收违法失信主体',
      attachments: [{ sha256: SHA, size: 8, name: '信用河南查询结果.png', mime: 'image/png' }],
    });
    expect(request?.queriedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000\+08:00$/);
  });

  it('puts a refusal of the contract at its field, and the core’s other refusals in the alert', async () => {
    refuse({
      code: 'BAD_REQUEST',
      message: '请求内容不正确：查询结果说明过长',
      details: [{ path: ['summary'], message: '查询结果说明过长' }],
    });
    renderForm();
    fireEvent.click(screen.getByLabelText('未发现失信记录'));
    submit();
    await waitFor(() => expect(summaryHelper()).toBe('查询结果说明过长'));
    expect(screen.queryByTestId('external-error')).toBeNull();

    refuse({ code: 'EXTERNAL_QUERY_INVALID', message: '查询时间不能晚于当前时间' });
    submit();
    expect((await screen.findByTestId('external-error')).textContent).toContain('查询时间不能晚于当前时间');
  });
});
