import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fake } from '../../testing/dom-setup';
import { renderInApp } from '../../testing/render';
import { fractionOf } from './draw-form';
import { sampleDetail, samplePool } from './inspection-samples';
import { PoolPanel } from './PoolPanel';

const type = (testId: string, value: string) => {
  const input = screen.getByTestId(testId);
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
};

const draw = () => fireEvent.click(screen.getByTestId('inspection-draw'));

const renderPanel = () => {
  const onDrawn = vi.fn();
  renderInApp(<PoolPanel pool={samplePool()} onDrawn={onDrawn} />);
  return onDrawn;
};

describe('双随机抽取 (react-hook-form on the inspections:draw request)', () => {
  it('refuses at its field, in Chinese, a percentage that is not 0–100 with at most two decimals, and draws nothing', async () => {
    const before = fake().callsTo('inspections:draw').length;
    renderPanel();
    type('pool-chosen-A', '12.345');
    expect(await screen.findByText('请填写 0–100 之间的百分数，最多两位小数（如 20 表示 20%）')).toBeTruthy();
    type('pool-chosen-A', '120');
    draw();
    expect(await screen.findByText('请填写 0–100 之间的百分数，最多两位小数（如 20 表示 20%）')).toBeTruthy();
    type('pool-chosen-A', '二十');
    draw();
    expect(await screen.findByText('请填写 0–100 之间的百分数，最多两位小数（如 20 表示 20%）')).toBeTruthy();
    // A percentage outside the grade's range in the table is refused there too, as the core would.
    type('pool-chosen-A', '25');
    draw();
    expect(await screen.findByText('本次比例须在 0%–20% 之间')).toBeTruthy();
    expect(fake().callsTo('inspections:draw')).toHaveLength(before);
  });

  it('refuses a seed the contract cannot take (汉字, spaces) at the seed field, and draws nothing', async () => {
    const before = fake().callsTo('inspections:draw').length;
    renderPanel();
    type('inspection-seed', '现场摇号 2026');
    draw();
    expect(
      await screen.findByText('随机种子只能由英文字母、数字和符号组成，1–200 个，不含空格和汉字'),
    ).toBeTruthy();
    expect(screen.getByTestId('inspection-seed').getAttribute('aria-invalid')).toBe('true');
    expect(fake().callsTo('inspections:draw')).toHaveLength(before);
  });

  it('sends the typed percentages as the contract’s fractions (12.5 → 0.125) with the seed, and hands over the draw', async () => {
    fake().answer('inspections:draw', sampleDetail());
    const onDrawn = renderPanel();
    // No count beside a ratio that cannot be drawn with: not a percentage, or outside the grade's range.
    for (const refused of ['150', 'abc', '-1', '99']) {
      type('pool-chosen-A', refused);
      expect(screen.getByTestId('pool-expected-A').textContent).toBe('—');
    }
    type('pool-chosen-A', '12.5');
    // 40 subjects at 12.5 %: ⌈5⌉.
    expect(screen.getByTestId('pool-expected-A').textContent).toBe('5');
    type('inspection-seed', ' PDS-2026 ');
    draw();
    await waitFor(() => expect(onDrawn).toHaveBeenCalledOnce());
    expect(fake().callsTo('inspections:draw').at(-1)).toEqual({
      regionCode: '410402',
      matterCode: 'PDS-XK-002',
      seed: 'PDS-2026',
      chosenRatios: { A: 0.125 },
    });
    expect(onDrawn.mock.calls[0]?.[0]).toMatchObject({ draw: { id: 'draw-1' } });
    // The seed is for one draw: the form is blank again.
    await waitFor(() => expect(screen.getByTestId('inspection-seed')).toHaveProperty('value', ''));
  });

  it('leaves blanks to the table (its max) and the seed to the core', async () => {
    fake().answer('inspections:draw', sampleDetail());
    const onDrawn = renderPanel();
    expect(screen.getByTestId('pool-expected-A').textContent).toBe('8');
    draw();
    await waitFor(() => expect(onDrawn).toHaveBeenCalledOnce());
    expect(fake().callsTo('inspections:draw').at(-1)).toEqual({
      regionCode: '410402',
      matterCode: 'PDS-XK-002',
      chosenRatios: {},
    });
  });

  it('converts percentages to fractions as typed, without binary artefacts', () => {
    expect(fractionOf('12.5')).toBe(0.125);
    expect(fractionOf('20')).toBe(0.2);
    expect(fractionOf('14.29')).toBe(0.1429);
    expect(fractionOf('0.07')).toBe(0.0007);
    expect(fractionOf('100')).toBe(1);
  });

  it('puts the core’s refusal of a ratio at that grade’s field, and a refusal of the draw in the alert', async () => {
    fake().answer('inspections:draw', {
      ok: false,
      error: {
        code: 'BAD_REQUEST',
        message: '请求内容不正确：抽取比例：不能大于 1',
        details: [{ path: ['chosenRatios', 'A'], message: '不能大于 1' }],
      },
    });
    const onDrawn = renderPanel();
    type('pool-chosen-A', '10');
    draw();
    expect(await screen.findByText('不能大于 1')).toBeTruthy();
    expect(screen.getByTestId('pool-chosen-A').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('inspection-draw-error')).toBeNull();

    fake().answer('inspections:draw', {
      ok: false,
      error: { code: 'INSPECTION_INVALID', message: '所选区划和事项下没有可抽查的主体' },
    });
    type('pool-chosen-A', '');
    draw();
    await waitFor(() =>
      expect(screen.getByTestId('inspection-draw-error').textContent).toBe(
        '所选区划和事项下没有可抽查的主体',
      ),
    );
    expect(onDrawn).not.toHaveBeenCalled();
  });

  it('says beside 抽取 why it cannot draw: no subject in the pool, or a problem listed above', () => {
    renderInApp(<PoolPanel pool={{ ...samplePool(), subjects: [] }} onDrawn={vi.fn()} />);
    expect(screen.getByTestId('inspection-draw')).toHaveProperty('disabled', true);
    expect(screen.getByTestId('inspection-draw-reason').textContent).toBe('没有可抽查的主体，无法抽取');
    expect(screen.getByTestId('inspection-draw').getAttribute('aria-describedby')).toBe(
      'inspection-draw-reason',
    );
  });

  it('says nothing beside 抽取 while it can draw', () => {
    renderPanel();
    expect(screen.getByTestId('inspection-draw')).toHaveProperty('disabled', false);
    expect(screen.queryByTestId('inspection-draw-reason')).toBeNull();
  });
});
