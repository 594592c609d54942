import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtureResult } from '../../../shared/inspection/inspection.fixtures';
import { fake } from '../../testing/dom-setup';
import { renderInApp } from '../../testing/render';
import { sampleResults } from './inspection-samples';
import { ResultsPanel } from './ResultsPanel';

const change = (testId: string, value: string) => {
  const input = screen.getByTestId(testId);
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
};

/** The panel of the fixture draw with its one subject's form open. */
const openForm = async () => {
  fake().answer('inspections:results', sampleResults());
  renderInApp(<ResultsPanel drawId="draw-1" />);
  fireEvent.click(await screen.findByTestId('result-edit'));
  return screen.findByTestId('result-form');
};

const save = () => fireEvent.click(screen.getByTestId('result-submit'));

describe('检查结果 entry (react-hook-form on the inspections:record-result request)', () => {
  it('names at its field what the draw’s rules refuse (处理情况 for a problem found), and sends nothing', async () => {
    const before = fake().callsTo('inspections:record-result').length;
    const form = await openForm();
    save();
    expect(await within(form).findByText('请选择检查结果')).toBeTruthy();
    change('result-outcome', 'rectification-ordered');
    save();
    expect(await within(form).findByText('检查发现问题的，请填写处理情况')).toBeTruthy();
    expect(screen.getByTestId('result-error').textContent).toBe('请按标出的提示修改后再保存');
    expect(screen.getByTestId('result-handling').getAttribute('aria-invalid')).toBe('true');
    expect(fake().callsTo('inspections:record-result')).toHaveLength(before);
  });

  it('asks why at its field when the inspectors are not the drawn ones, and sends nothing', async () => {
    const before = fake().callsTo('inspections:record-result').length;
    const form = await openForm();
    change('result-outcome', 'no-problem');
    fireEvent.click(screen.getByTestId('result-inspector-i1'));
    fireEvent.click(screen.getByTestId('result-inspector-i3'));
    expect(screen.getByTestId('result-substitution-reason')).toBeTruthy();
    save();
    expect(await within(form).findByText('实际检查人员与随机抽取的不一致，请填写更换理由')).toBeTruthy();
    expect(fake().callsTo('inspections:record-result')).toHaveLength(before);
  });

  it('saves the result as the contract takes it, shows the core’s answer and says so', async () => {
    const form = await openForm();
    fake().answer('inspections:record-result', (request) => {
      const view = sampleResults();
      const subject = view.subjects[0];
      if (subject === undefined) throw new Error('one subject');
      const current = fixtureResult({
        inspectedOn: request.inspectedOn,
        outcome: { code: 'rectification-ordered', label: '发现问题已责令整改', problemFound: true },
        handling: request.handling,
      });
      return { ...view, recorded: 1, pending: 0, subjects: [{ ...subject, current, history: [current] }] };
    });
    change('result-outcome', 'rectification-ordered');
    change('result-handling', ' 未公示许可证，已责令改正 ');
    save();
    await waitFor(() => expect(form.isConnected).toBe(false));
    expect(fake().callsTo('inspections:record-result').at(-1)).toEqual({
      drawId: 'draw-1',
      subjectId: 's1',
      correctsId: null,
      correctionReason: '',
      inspectedOn: '2026-12-06',
      inspectorIds: ['i2', 'i1'],
      substitutionReason: '',
      outcomeCode: 'rectification-ordered',
      handling: '未公示许可证，已责令改正',
    });
    expect(screen.getByTestId('results-notice').textContent).toBe(
      '已保存“平顶山市鹰城食品有限公司”的检查结果',
    );
    expect(screen.getByTestId('results-summary').textContent).toBe('已录入全部 1 户的检查结果');
    await waitFor(() =>
      expect(screen.getByTestId('result-outcome-cell').textContent).toBe('发现问题已责令整改'),
    );
  });

  it('puts the core’s refusal at its field: a rule of the draw, and an issue of the request', async () => {
    const form = await openForm();
    fake().answer('inspections:record-result', {
      ok: false,
      error: {
        code: 'INSPECTION_RESULT_INVALID',
        message: '检查日期不能早于抽取日期（2026-12-01）',
        details: [{ field: 'inspectedOn', message: '检查日期不能早于抽取日期（2026-12-01）' }],
      },
    });
    change('result-outcome', 'no-problem');
    save();
    expect(await within(form).findByText('检查日期不能早于抽取日期（2026-12-01）')).toBeTruthy();
    expect(screen.getByTestId('result-error').textContent).toBe('请按标出的提示修改后再保存');

    fake().answer('inspections:record-result', {
      ok: false,
      error: {
        code: 'BAD_REQUEST',
        message: '请求内容不正确：处理情况不能含有控制字符',
        details: [{ path: ['handling'], message: '处理情况不能含有控制字符' }],
      },
    });
    save();
    expect(await within(form).findByText('处理情况不能含有控制字符')).toBeTruthy();
    expect(screen.getByTestId('result-handling').getAttribute('aria-invalid')).toBe('true');

    fake().answer('inspections:record-result', {
      ok: false,
      error: { code: 'INSPECTION_RESULT_STALE', message: '该主体的检查结果已由他人录入，请刷新后再更正' },
    });
    save();
    await waitFor(() =>
      expect(screen.getByTestId('result-error').textContent).toBe(
        '该主体的检查结果已由他人录入，请刷新后再更正',
      ),
    );
  });

  it('says why 打印 and the exports wait: nothing recorded yet', async () => {
    fake().answer('inspections:results', sampleResults());
    renderInApp(<ResultsPanel drawId="draw-1" />);
    const reason = await screen.findByTestId('results-print-reason');
    expect(reason.textContent).toBe('录入检查结果后才能打印和导出公示');
    for (const id of ['results-print', 'results-export-csv', 'results-export-xlsx']) {
      expect(screen.getByTestId(id)).toHaveProperty('disabled', true);
      expect(screen.getByTestId(id).getAttribute('aria-describedby')).toBe('results-print-reason');
    }
  });
});
