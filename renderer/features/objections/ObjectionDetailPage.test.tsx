import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fake } from '../../testing/dom-setup';
import { decidedObjectionDetail, sampleObjectionDetail } from '../../testing/objection-samples';
import { renderLive } from '../../testing/render-live';
import { ObjectionDetailPage } from './ObjectionDetailPage';

beforeEach(() => {
  fake().calls.length = 0;
});

describe('an open objection', () => {
  it('shows its deadline with the notice that it is not confirmed, and withdraws only with a reason', async () => {
    fake().answer('objections:get', sampleObjectionDetail());
    renderLive(<ObjectionDetailPage id="YY-2026-000123" />);
    const deadline = await screen.findByTestId('objection-deadline');
    expect(deadline.textContent).toContain('转认定单位 · 剩余 3 个工作日（截至 2026-12-10）');
    expect(screen.getByTestId('objection-deadline-notice').textContent).toContain('尚待确认');
    expect(screen.getByTestId('objection-pending').textContent).toContain('下次同步时提交');
    expect(screen.queryByTestId('objection-notice-open')).toBeNull();

    fireEvent.click(screen.getByTestId('objection-withdraw'));
    fireEvent.click(screen.getByTestId('objection-withdraw-confirm'));
    expect(await screen.findByText('请填写撤回的原因')).toBeTruthy();
    expect(fake().callsTo('objections:step')).toHaveLength(0);
    fake().answer('objections:step', {
      ...sampleObjectionDetail(),
      objection: {
        ...sampleObjectionDetail().objection,
        state: 'withdrawn',
        closingReason: '已自行与认定单位核实',
      },
      countdown: null,
    });
    fireEvent.change(screen.getByTestId('objection-withdraw-reason'), {
      target: { value: '已自行与认定单位核实' },
    });
    fireEvent.click(screen.getByTestId('objection-withdraw-confirm'));
    await waitFor(() =>
      expect(fake().callsTo('objections:step')).toEqual([
        { id: 'YY-2026-000123', baseVersion: 1, event: 'withdraw', reason: '已自行与认定单位核实' },
      ]),
    );
    expect((await screen.findByTestId('objection-decision')).textContent).toContain('申请人已撤回');
    expect(screen.queryByTestId('objection-window-actions')).toBeNull();
  });

  it('prints the receipt with the deadline marked 待确认 and records the output', async () => {
    fake().answer('objections:get', sampleObjectionDetail());
    fake().answer('objections:document-print', { printed: true });
    fake().answer('objections:document-printed', { recorded: true });
    renderLive(<ObjectionDetailPage id="YY-2026-000123" />);
    fireEvent.click(await screen.findByTestId('objection-receipt-open'));
    const receipt = screen.getByTestId('objection-receipt');
    expect(within(receipt).getByTestId('receipt-number').textContent).toBe('YY-2026-000123');
    expect(within(receipt).getByTestId('receipt-deadline').textContent).toBe(
      '转认定单位：2026-12-10前（工作日计算）（期限待确认）',
    );
    expect(within(receipt).getByTestId('receipt-applicant').textContent).toContain('李明（代理人');
    expect(receipt.textContent).not.toContain('410402199001011234');
    fireEvent.click(screen.getByTestId('objection-receipt-print'));
    await waitFor(() =>
      expect(fake().callsTo('objections:document-printed')).toEqual([
        { id: 'YY-2026-000123', document: 'receipt', how: 'print' },
      ]),
    );
  });
});

describe('a decided objection', () => {
  it('shows the result per record and its reason, and the 告知书 says what was corrected', async () => {
    fake().answer('objections:get', decidedObjectionDetail());
    fake().answer('objections:document-pdf', { saved: true, path: 'D:\\办件\\告知书.pdf' });
    fake().answer('objections:document-printed', { recorded: true });
    renderLive(<ObjectionDetailPage id="YY-2026-000123" />);
    const decision = await screen.findByTestId('objection-decision');
    expect(decision.textContent).toContain('处理结果：“行政处罚：未按规定申报纳税”更正');
    expect(decision.textContent).toContain('理由：经核查，决定文书号登记有误，予以更正');
    expect(screen.getByTestId('objection-target-correction').textContent).toBe(
      '决定文书号由“平税罚〔2025〕21号”更正为“平税罚〔2025〕12号”',
    );
    expect(screen.getAllByTestId('objection-timeline-step')).toHaveLength(3);
    fireEvent.click(screen.getByTestId('objection-notice-open'));
    const notice = screen.getByTestId('objection-notice');
    expect(within(notice).getByTestId('notice-targets').textContent).toContain(
      '决定文书号：平税罚〔2025〕12号',
    );
    expect(within(notice).getByTestId('notice-reason').textContent).toBe(
      '经核查，决定文书号登记有误，予以更正',
    );
    fireEvent.click(screen.getByTestId('objection-notice-pdf'));
    expect((await screen.findByTestId('objection-notice-notice')).textContent).toContain('告知书.pdf');
    expect(fake().callsTo('objections:document-printed')).toEqual([
      { id: 'YY-2026-000123', document: 'notice', how: 'pdf' },
    ]);
  });
});
