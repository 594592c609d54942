import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fake } from '../../testing/dom-setup';
import { InspectionsPage } from './InspectionsPage';

const draw = {
  id: 'draw-1',
  number: 'SSJ-2026-0001',
  drawnAt: '2026-12-05T10:00:00.000+08:00',
  actor: '赵敏（zhaomin）',
  regionName: '叶县',
  matterName: '食品经营许可',
  seed: '2026120510',
  poolSize: 87,
  picked: 9,
  ratiosVersion: '2026-1',
};

describe('双随机抽查', () => {
  it('lists the past draws with their region, matter and counts, and draws nothing until a matter is chosen', async () => {
    fake().answer('inspections:list', { total: 1, items: [draw] });
    render(<InspectionsPage />);
    const row = await screen.findByTestId('inspection-past-row');
    expect(row.textContent).toContain('叶县');
    expect(row.textContent).toContain('食品经营许可');
    expect(fake().callsTo('inspections:list')).toEqual([{ limit: 50, offset: 0 }]);
    // No matter chosen: the pool cannot be asked for.
    expect(screen.getByTestId('inspection-show-pool')).toHaveProperty('disabled', true);
    expect(fake().callsTo('inspections:pool')).toHaveLength(0);
  });

  it('says in words when the core refuses (a clerk is not a supervisor)', async () => {
    fake().answer('inspections:list', {
      ok: false,
      error: { code: 'ROLE_FORBIDDEN', message: '无权查看双随机抽查记录：当前角色为窗口工作人员' },
    });
    render(<InspectionsPage />);
    expect(await screen.findByText(/无权查看双随机抽查记录/)).toBeTruthy();
  });
});
