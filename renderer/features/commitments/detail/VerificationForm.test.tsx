import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LIABILITY_REQUIRED, UNFULFILLED_REQUIRED } from '../../../../shared/commitment/validation';
import type { Commitment } from '../../../../shared/domain/commitment';
import { beijingDay } from '../../../../shared/time';
import { fake } from '../../../testing/dom-setup';
import { renderInApp } from '../../../testing/render';
import { sampleCommitmentDetail } from '../../../testing/samples';
import { VerificationForm } from './VerificationForm';

// 核查 as the clerk does it: react-hook-form on the contract's Verification, through the contract-checked fake.

const pending: Commitment = {
  ...sampleCommitmentDetail().commitment,
  state: 'pending',
  verification: null,
  verifiedBy: null,
  recordId: null,
};

const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
const invalid = (testId: string) => screen.getByTestId(testId).getAttribute('aria-invalid');
const submit = () => fireEvent.click(screen.getByTestId('verify-submit'));
const show = (onVerified = vi.fn()) =>
  renderInApp(<VerificationForm commitment={pending} onVerified={onVerified} />);

/** Not kept, and false: what was not kept and the liability pursued are asked for. */
const broken = (): void => {
  fireEvent.click(screen.getByTestId('verify-unfulfilled'));
  fireEvent.click(screen.getByTestId('verify-false'));
};

beforeEach(() => {
  fake().calls.length = 0;
});

describe('核查 (react-hook-form with the contract’s verification)', () => {
  it('ticks no 履行状态 in advance: saving untouched asks for one at the field and sends nothing', async () => {
    show();
    for (const option of ['fulfilled', 'partial', 'unfulfilled'])
      expect(screen.getByTestId<HTMLInputElement>(`verify-${option}`).checked).toBe(false);
    // Nothing chosen, nothing said of a failure: no details asked, no 失信 warning.
    expect(screen.queryByTestId('verify-unfulfilled-content')).toBeNull();
    expect(screen.queryByText('保存后，本条承诺将作为承诺人的失信信息记入信用记录。')).toBeNull();
    submit();
    expect(await screen.findByText('请选择履行状态')).toBeTruthy();
    expect(fake().callsTo('commitments:verify')).toHaveLength(0);
  });

  it('asks for what was not kept and the liability pursued at their fields, in Chinese, and sends nothing', async () => {
    show();
    broken();
    submit();
    expect(await screen.findByText(UNFULFILLED_REQUIRED)).toBeTruthy();
    expect(screen.getByText(LIABILITY_REQUIRED)).toBeTruthy();
    expect(invalid('verify-unfulfilled-content')).toBe('true');
    expect(invalid('verify-liability')).toBe('true');
    expect(screen.queryByTestId('verify-error')).toBeNull();
    expect(fake().callsTo('commitments:verify')).toHaveLength(0);
  });

  it('puts a BAD_REQUEST refusal of the core at its field, with no banner', async () => {
    fake().answer('commitments:verify', {
      ok: false,
      error: {
        code: 'BAD_REQUEST',
        message: '请求内容不正确：违诺责任追究情况过长',
        details: [{ path: ['verification', 'liabilityPursued'], message: '违诺责任追究情况过长' }],
      },
    });
    show();
    broken();
    type('verify-unfulfilled-content', '未补交材料');
    type('verify-liability', '撤销许可');
    submit();
    expect(await screen.findByText('违诺责任追究情况过长')).toBeTruthy();
    expect(invalid('verify-liability')).toBe('true');
    expect(screen.queryByTestId('verify-error')).toBeNull();
  });

  it('shows a rule the core names a field for at that field, and any other refusal above the button', async () => {
    fake().answer('commitments:verify', {
      ok: false,
      error: {
        code: 'COMMITMENT_INVALID',
        message: '核查日期不能晚于今天',
        details: { field: 'verifiedOn' },
      },
    });
    show();
    fireEvent.click(screen.getByTestId('verify-fulfilled'));
    submit();
    expect(await screen.findByText('核查日期不能晚于今天')).toBeTruthy();
    expect(invalid('verify-on')).toBe('true');
    expect(screen.queryByTestId('verify-error')).toBeNull();
    fake().answer('commitments:verify', {
      ok: false,
      error: { code: 'COMMITMENT_INVALID', message: '该承诺已有更新，请刷新后重新核查' },
    });
    submit();
    expect((await screen.findByTestId('verify-error')).textContent).toContain(
      '该承诺已有更新，请刷新后重新核查',
    );
  });

  it('sends a kept commitment without failure details, with the version the clerk saw', async () => {
    const verified = sampleCommitmentDetail();
    fake().answer('commitments:verify', verified);
    const onVerified = vi.fn();
    show(onVerified);
    broken();
    type('verify-unfulfilled-content', '未补交材料');
    // Changed back to kept: what was typed for a broken one is not sent.
    fireEvent.click(screen.getByTestId('verify-fulfilled'));
    fireEvent.click(screen.getByTestId('verify-false'));
    submit();
    await waitFor(() => expect(onVerified).toHaveBeenCalledWith(verified));
    expect(fake().callsTo('commitments:verify')).toEqual([
      {
        id: pending.id,
        baseVersion: pending.version,
        verification: {
          fulfilment: 'fulfilled',
          unfulfilledContent: null,
          liabilityPursued: null,
          falseCommitment: false,
          verifiedOn: beijingDay(new Date()),
        },
      },
    ]);
  });
});
