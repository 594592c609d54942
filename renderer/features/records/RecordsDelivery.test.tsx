import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CheckListItem } from '../../../shared/domain/check';
import { useRecordsView } from '../../app/records/records-list';
import { fake } from '../../testing/dom-setup';
import { renderLive } from '../../testing/render-live';
import { sampleCheckDetail } from '../../testing/check-samples';
import { useRouter } from '../../app/router';
import { RecordsPage } from './RecordsPage';
import { RecordDetail } from './RecordDetail';

const itemOf = (n: number, delivery: CheckListItem['delivery']): CheckListItem => ({
  checkId: `check-${n}`,
  checkedAt: '2026-12-06T09:30:00.000+08:00',
  caseNumber: `YX-2026-${String(n).padStart(4, '0')}`,
  matterCode: 'M001',
  matterName: '政府采购供应商资格审查',
  subjectName: `平顶山市第${n}商贸有限公司`,
  identifierMasked: '91410402613341561G',
  verdict: 'punishment',
  found: true,
  stale: false,
  overridden: false,
  feedbackState: { required: 1, recorded: 1, open: false },
  externalQueryOpen: false,
  recheck: false,
  superseded: false,
  delivery,
});

beforeEach(() => {
  useRecordsView.setState(useRecordsView.getInitialState());
  useRouter.setState({ route: { page: 'records' } });
});

describe('核查记录: whether each check’s feedback reached the province', () => {
  it('shows the delivery state in words, with the time or the last error on hover', async () => {
    fake().answer('check:list', {
      total: 4,
      items: [
        itemOf(1, { state: 'delivered', deliveredAt: '2026-12-06T10:05:00.000+08:00', lastError: null }),
        itemOf(2, {
          state: 'retrying',
          deliveredAt: null,
          lastError: '省联合奖惩系统暂时无法接收（状态码 503）',
        }),
        itemOf(3, { state: 'dead', deliveredAt: null, lastError: '省联合奖惩系统拒收该记录（状态码 422）' }),
        itemOf(4, null),
      ],
    });
    renderLive(<RecordsPage />);
    const rows = await screen.findAllByTestId('record-row');
    expect(screen.getByRole('columnheader', { name: /报送/ })).toBeTruthy();
    const chip = (index: number) => within(rows[index] as HTMLElement).queryByTestId('record-delivery');
    expect(chip(0)?.textContent).toBe('已报送');
    expect(chip(0)?.getAttribute('title')).toBe('已于 2026-12-06 10:05 报送省联合奖惩系统');
    expect(chip(1)?.textContent).toBe('报送失败，重试中');
    expect(chip(1)?.getAttribute('title')).toContain('状态码 503');
    expect(chip(2)?.textContent).toBe('报送失败（已停止重试）');
    // No feedback, nothing to deliver: no chip.
    expect(chip(3)).toBeNull();
    fireEvent.click(rows[0] as HTMLElement);
    expect(useRouter.getState().route).toEqual({ page: 'record', checkId: 'check-1' });
  });

  it('says on the record itself when its feedback was delivered', async () => {
    const detail = sampleCheckDetail(undefined, {
      delivery: { state: 'delivered', deliveredAt: '2026-12-06T10:05:00.000+08:00', lastError: null },
    });
    fake().answer('check:get', detail);
    renderLive(<RecordDetail checkId={detail.result.checkId} />);
    const notice = await screen.findByTestId('record-delivery-notice');
    expect(notice.textContent).toBe('反馈报送：已于 2026-12-06 10:05 报送省联合奖惩系统');
  });

  it('says on the record when the platform stopped retrying, and what to do', async () => {
    const detail = sampleCheckDetail(undefined, {
      delivery: {
        state: 'dead',
        deliveredAt: null,
        lastError: '无法连接省联合奖惩系统（连接被拒绝或网络不通）',
      },
    });
    fake().answer('check:get', detail);
    renderLive(<RecordDetail checkId={detail.result.checkId} />);
    const notice = await screen.findByTestId('record-delivery-notice');
    expect(notice.textContent).toContain('报送失败（已停止重试）：无法连接省联合奖惩系统');
    expect(notice.textContent).toContain('请联系市平台管理员处理');
  });
});
