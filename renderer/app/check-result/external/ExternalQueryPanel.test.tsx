import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { CheckDetail, ExternalQueryRecord } from '../../../../shared/domain/check';
import { sampleCheckDetail, SAMPLE_CHECK_ID } from '../../../testing/check-samples';
import { fake } from '../../../testing/dom-setup';
import { renderInApp } from '../../../testing/render';
import { ExternalQueryPanel } from './ExternalQueryPanel';

const checkedAt = new Date(Date.now() - 3_600_000).toISOString();
const duty = {
  required: true,
  channels: [
    { name: '信用中国', address: 'www.creditchina.gov.cn' },
    { name: '信用河南', address: '“信用河南”网站' },
    { name: '中国政府采购网', address: 'www.ccgp.gov.cn' },
  ],
  basis: '财库〔2016〕125号',
};
const open = (): CheckDetail => {
  const detail = sampleCheckDetail(checkedAt, { standing: { supersededBy: null, externalQueryOpen: true } });
  return { ...detail, result: { ...detail.result, externalQuery: duty } };
};
const SUMMARY =
  '“信用中国”显示该主体“郑州示例建材有限公司”有失信记录1条。\n失信记录：\n1. 失信被执行人（郑州市中级人民法院，2026年3月12日，失信被执行人名单）\n查询编号：SIM-1（经市平台查询）';
const answered = (): CheckDetail => {
  const record: ExternalQueryRecord = {
    id: 'q-1',
    checkId: SAMPLE_CHECK_ID,
    channel: '信用中国',
    queriedAt: new Date().toISOString(),
    outcome: 'found',
    summary: SUMMARY,
    attachments: [
      {
        sha256: 'b'.repeat(64),
        name: '信用中国查询结果（市平台查询编号1234abcd）.json',
        mime: 'application/json',
        size: 420,
      },
    ],
    recordedAt: new Date().toISOString(),
    operator: '王芳（wangfang）',
  };
  const detail = open();
  return { ...detail, externalQueries: [record], standing: { supersededBy: null, externalQueryOpen: false } };
};

/** The panel as the check result holds it: the detail it is given back replaces the one it shows. */
const Holder = ({ initial }: { initial: CheckDetail }) => {
  const [detail, setDetail] = useState(initial);
  return <ExternalQueryPanel detail={detail} onDetail={setDetail} />;
};

describe('外部查询: 向市平台查询 above 手工录入', () => {
  it('offers the platform for 信用中国 and 信用河南 only, the manual form below for every channel', () => {
    renderInApp(<Holder initial={open()} />);
    const online = screen.getByTestId('external-online');
    expect(
      within(online)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['向市平台查询（信用中国）', '向市平台查询（信用河南）']);
    expect(screen.getByRole('heading', { name: '手工录入' })).toBeTruthy();
    expect(screen.getByTestId('external-query-form')).toBeTruthy();
  });

  it('shows progress while the platform queries, then the answer attached and the check no longer waiting', async () => {
    let release: (detail: CheckDetail) => void = () => undefined;
    fake().answer(
      'check:external-query-online',
      () => new Promise<CheckDetail>((resolve) => (release = resolve)),
    );
    renderInApp(<Holder initial={open()} />);
    fireEvent.click(screen.getByTestId('external-online-信用中国'));
    const progress = await screen.findByTestId('external-online-progress');
    expect(progress.textContent).toContain('正在经市平台查询“信用中国”');
    expect(screen.getByTestId('external-online-信用河南').hasAttribute('disabled')).toBe(true);
    expect(fake().callsTo('check:external-query-online').at(-1)).toEqual({
      checkId: SAMPLE_CHECK_ID,
      channel: '信用中国',
    });
    release(answered());
    const record = await screen.findByTestId('external-query-record');
    expect(record.getAttribute('data-outcome')).toBe('found');
    expect(screen.getByTestId('external-query-summary').textContent).toBe(SUMMARY);
    expect(record.textContent).toContain('信用中国查询结果（市平台查询编号1234abcd）.json');
    expect(screen.getByTestId('external-query-state').getAttribute('data-open')).toBe('false');
    expect(screen.queryByTestId('external-online')).toBeNull();
  });

  it('says in Chinese why the platform could not query, and keeps the manual form', async () => {
    const message =
      '外部网站未在规定时间内答复，请稍后重试或手工查询后录入。可在下方“手工录入”中留存网站的查询结果';
    fake().answer('check:external-query-online', {
      ok: false,
      error: { code: 'EXTERNAL_QUERY_FAILED', message, details: { platformCode: 'EXTERNAL_TIMEOUT' } },
    });
    renderInApp(<Holder initial={open()} />);
    fireEvent.click(screen.getByTestId('external-online-信用河南'));
    await waitFor(() => expect(screen.getByTestId('external-online-error').textContent).toBe(message));
    expect(screen.queryByTestId('external-online-progress')).toBeNull();
    expect(screen.getByTestId('external-online-信用河南').hasAttribute('disabled')).toBe(false);
    expect(screen.getByTestId('external-query-form')).toBeTruthy();
    expect(screen.getByTestId('external-query-state').getAttribute('data-open')).toBe('true');
  });
});
