import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RepairApplication } from '../../../../shared/domain/repair';
import { fake } from '../../../testing/dom-setup';
import { renderInApp } from '../../../testing/render';
import { WindowActions } from './WindowActions';

// 不予受理 as the clerk does it: the reason on the contract's own field, through the contract-checked fake.

const application = { id: 'r-1', version: 3 } as RepairApplication;
const reason = () => screen.getByTestId('repair-refuse-reason');
const confirm = () => fireEvent.click(screen.getByTestId('repair-refuse-confirm'));

beforeEach(() => {
  fake().calls.length = 0;
  renderInApp(<WindowActions application={application} onDetail={vi.fn()} />);
  fireEvent.click(screen.getByTestId('repair-refuse'));
});

describe('不予受理', () => {
  it('asks for the reason at its field and sends nothing', async () => {
    confirm();
    expect(await screen.findByText('请填写不予受理的理由')).toBeTruthy();
    expect(reason().getAttribute('aria-invalid')).toBe('true');
    expect(fake().callsTo('repairs:step')).toHaveLength(0);
  });

  it('keeps a pasted text whole and says it is too long, instead of cutting it', async () => {
    fireEvent.change(reason(), { target: { value: '理'.repeat(1001) } });
    confirm();
    expect(await screen.findByText('说明不能超过1000字')).toBeTruthy();
    expect((reason() as HTMLTextAreaElement).value).toHaveLength(1001);
    expect(fake().callsTo('repairs:step')).toHaveLength(0);
  });

  it('sends the trimmed reason with the version shown, and shows the core’s refusal in the dialog', async () => {
    fake().answer('repairs:step', {
      ok: false,
      error: { code: 'REPAIR_TRANSITION_REFUSED', message: '该申请已被他人办理，请刷新后查看' },
    });
    fireEvent.change(reason(), { target: { value: '  材料不全，未附法院裁定书  ' } });
    confirm();
    await waitFor(() =>
      expect(fake().callsTo('repairs:step')).toEqual([
        { id: 'r-1', baseVersion: 3, event: 'refuse', reason: '材料不全，未附法院裁定书' },
      ]),
    );
    expect((await screen.findAllByText('该申请已被他人办理，请刷新后查看')).length).toBeGreaterThan(0);
  });
});
