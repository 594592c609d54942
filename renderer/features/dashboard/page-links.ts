// Drill-down onto the pages the rows belong to: the same rows under those pages' own filters. Only where the page
// can express the figure's filter exactly (核查记录 has no district filter; 信用修复 no "at risk" filter).
import type { DashboardFigure, DashboardFigures } from '../../../shared/domain/dashboard';
import type { Route } from '../../app/route';
import { useCommitmentsView } from '../../app/commitments/commitments-list';
import { useRecordsView } from '../../app/records/records-list';
import type { Drill } from './dashboard-view';

export type PageLink = { route: Route; apply: () => void };

export function pageLinkOf(drill: Drill, figures: DashboardFigures): PageLink | null {
  if (drill.filter.districtCode !== undefined) return null;
  const matterCode = drill.filter.matterCode ?? '';
  const checks = (patch: { verdict?: 'punishment' | 'incentive'; openOnly?: boolean }): PageLink => ({
    route: { page: 'records' },
    apply: () =>
      useRecordsView.getState().setFilters({
        from: drill.filter.from ?? figures.period.from,
        to: drill.filter.to ?? figures.period.to,
        matterCode,
        verdict: patch.verdict ?? '',
        openOnly: patch.openOnly ?? false,
      }),
  });
  const links: Partial<Record<DashboardFigure, () => PageLink>> = {
    checks: () => checks({}),
    'punishment-hits': () => checks({ verdict: 'punishment' }),
    'incentive-hits': () => checks({ verdict: 'incentive' }),
    'open-feedback': () => checks({ openOnly: true }),
    'commitments-due-soon': () => ({
      route: { page: 'commitments' },
      apply: () =>
        useCommitmentsView
          .getState()
          .setFilters({ due: 'due-soon', matterCode, type: '', fulfilment: '', query: '' }),
    }),
    'commitments-overdue': () => ({
      route: { page: 'commitments' },
      apply: () =>
        useCommitmentsView
          .getState()
          .setFilters({ due: 'overdue', matterCode, type: '', fulfilment: '', query: '' }),
    }),
  };
  return links[drill.figure]?.() ?? null;
}
