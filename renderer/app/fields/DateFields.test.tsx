import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import '../../testing/dom-setup';
import type { Bounds } from './beijing-time';
import { DateField, DateTimeField } from './DateFields';
import { DatePickersProvider } from './DatePickersProvider';

const Form = ({ kind, initial, bounds }: { kind: 'day' | 'wall'; initial: string; bounds?: Bounds }) => {
  const [value, setValue] = useState(initial);
  const Field = kind === 'day' ? DateField : DateTimeField;
  return (
    <DatePickersProvider>
      <Field label="实施时间" value={value} onChange={setValue} bounds={bounds} testId="field" />
      <output data-testid="held">{value}</output>
    </DatePickersProvider>
  );
};

describe('date fields', () => {
  it('shows the Beijing value as 年-月-日 时:分 in 24 hours and says at the field when it is too early', () => {
    const bounds = { min: '2026-11-27 09:30', minLabel: '核查时间' };
    render(<Form kind="wall" initial="2026-11-27 09:29" bounds={bounds} />);
    expect(screen.getByTestId<HTMLInputElement>('field').value).toBe('2026-11-27 09:29');
    expect(screen.getByText('不能早于核查时间（2026-11-27 09:30）')).toBeTruthy();
  });

  it('refuses 1900 by default and opens a Chinese calendar', () => {
    render(<Form kind="day" initial="1900-01-01" />);
    expect(screen.getByText('不能早于 1949-01-01')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /选择日期/ }));
    expect(screen.getByRole('dialog').textContent).toContain('1900年1月');
  });

  it('hands the form a cleared value as empty', () => {
    render(<Form kind="day" initial="2026-11-27" />);
    fireEvent.click(screen.getByRole('button', { name: '清除' }));
    expect(screen.getByTestId('held').textContent).toBe('');
  });
});
