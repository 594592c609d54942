import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import '../../testing/dom-setup';
import { renderInApp } from '../../testing/render';
import { EnrolForm } from './EnrolForm';

const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('登记本机 (react-hook-form with the contract’s EnrolRequest)', () => {
  it('puts the contract’s messages under their fields and sends nothing', async () => {
    const enrolWith = vi.fn();
    renderInApp(<EnrolForm platformUrl="https://xy.example.gov.cn" enrolWith={enrolWith} />);
    type('enrol-code', '12');
    fireEvent.click(screen.getByTestId('enrol-submit'));
    expect(await screen.findByText('请输入市平台发放的登记码')).toBeTruthy();
    expect(screen.getByText('请填写本机名称')).toBeTruthy();
    expect(enrolWith).not.toHaveBeenCalled();
  });

  it('sends what was typed, trimmed, says it worked and clears the spent code', async () => {
    const enrolWith = vi.fn().mockResolvedValue({ ok: true, deviceId: '叶县 3号窗口' });
    renderInApp(<EnrolForm platformUrl="https://xy.example.gov.cn" enrolWith={enrolWith} />);
    type('enrol-code', ' ABCD-1234 ');
    type('enrol-device', ' 叶县 3号窗口 ');
    fireEvent.click(screen.getByTestId('enrol-submit'));
    expect((await screen.findByTestId('enrol-result')).textContent).toContain('登记成功');
    expect(enrolWith).toHaveBeenCalledWith({ code: 'ABCD-1234', deviceName: '叶县 3号窗口' });
    await waitFor(() => expect(screen.getByTestId<HTMLInputElement>('enrol-code').value).toBe(''));
    expect(screen.getByTestId<HTMLInputElement>('enrol-device').value).toBe(' 叶县 3号窗口 ');
  });
});
