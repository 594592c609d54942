import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fake } from '../../testing/dom-setup';
import { renderLive } from '../../testing/render-live';
import { sampleDetail, samplePast, sampleResults } from './inspection-samples';
import { InspectionsPage } from './InspectionsPage';

/** As App runs it: the query cache, refreshed by the core's events. */
const renderPage = () => renderLive(<InspectionsPage />);

describe('双随机抽查 (server state through useCoreQuery)', () => {
  it('lists the past draws with their region, matter and counts, and draws nothing until a matter is chosen', async () => {
    fake().answer('inspections:list', samplePast());
    const before = fake().callsTo('inspections:pool').length;
    renderPage();
    const row = await screen.findByTestId('inspection-past-row');
    expect(row.textContent).toContain('新华区');
    expect(row.textContent).toContain('食品经营许可');
    expect(fake().callsTo('inspections:list').at(-1)).toEqual({ limit: 50, offset: 0 });
    // No matter chosen: the pool cannot be asked for.
    const showPool = screen.getByTestId('inspection-show-pool');
    expect(showPool).toHaveProperty('disabled', true);
    // …and says why, beside it and to a screen reader.
    expect(screen.getByTestId('inspection-show-pool-reason').textContent).toBe('请先选择抽查事项');
    expect(showPool.getAttribute('aria-describedby')).toBe('inspection-show-pool-reason');
    expect(fake().callsTo('inspections:pool')).toHaveLength(before);
  });

  it('says in words when the core refuses (a clerk is not a supervisor)', async () => {
    fake().answer('inspections:list', {
      ok: false,
      error: { code: 'ROLE_FORBIDDEN', message: '无权查看双随机抽查记录：当前角色为窗口工作人员' },
    });
    renderPage();
    await waitFor(() =>
      expect(screen.getByTestId('inspection-past-error').textContent).toBe(
        '无权查看双随机抽查记录：当前角色为窗口工作人员',
      ),
    );
  });

  it('opens a past draw with its results, asks the core again on 重现验证, and refreshes when a sync finishes', async () => {
    let message = '可重现：结果与存档一致';
    fake().answer('inspections:list', samplePast());
    fake().answer('inspections:get', () => sampleDetail(message));
    fake().answer('inspections:results', sampleResults());
    const gets = fake().callsTo('inspections:get').length;
    const lists = fake().callsTo('inspections:list').length;
    renderPage();
    fireEvent.click(await screen.findByTestId('inspection-past-row'));
    expect(await screen.findByTestId('inspection-result')).toBeTruthy();
    expect(screen.getByTestId('inspection-replay-answer').textContent).toContain('可重现：结果与存档一致');
    expect(fake().callsTo('inspections:get').at(-1)).toEqual({ id: 'draw-1' });
    expect(await screen.findByTestId('results-summary')).toBeTruthy();

    message = '可重现：结果与存档完全一致';
    fireEvent.click(screen.getByTestId('inspection-replay'));
    await waitFor(() =>
      expect(screen.getByTestId('inspection-replay-answer').textContent).toContain('结果与存档完全一致'),
    );
    expect(fake().callsTo('inspections:get')).toHaveLength(gets + 2);

    // A sync may bring other draws (another supervisor's): the past draws and the open one are asked again.
    fake().emit({ type: 'sync-finished', ok: true, summary: null, error: null });
    await waitFor(() => expect(fake().callsTo('inspections:list')).toHaveLength(lists + 2));
    await waitFor(() => expect(fake().callsTo('inspections:get')).toHaveLength(gets + 3));
    // An event of another area asks nothing.
    fake().emit({ type: 'workflow-changed', area: 'repairs' });
    expect(fake().callsTo('inspections:list')).toHaveLength(lists + 2);
  });
});
