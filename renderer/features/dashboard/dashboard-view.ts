import { create } from 'zustand';
import type { DashboardFigure, DashboardFilter } from '../../../shared/domain/dashboard';

export type DashboardFilters = { from: string; to: string; matterCode: string; districtCode: string };

/** Empty period fields: the core's default (the rule table's last N days). */
export const noDashboardFilters: DashboardFilters = { from: '', to: '', matterCode: '', districtCode: '' };

/** What the drill-down shows: a figure's rows, under the page filters or narrowed to a day or a matter. */
export type Drill = { figure: DashboardFigure; filter: DashboardFilter; title: string };

/** Rows shown on the dashboard; the rest are in the workbook (and on the pages the rows belong to). */
export const DRILL_ROWS = 50;

export const toFilter = (filters: DashboardFilters): DashboardFilter => ({
  ...(filters.from === '' ? {} : { from: filters.from }),
  ...(filters.to === '' ? {} : { to: filters.to }),
  ...(filters.matterCode === '' ? {} : { matterCode: filters.matterCode }),
  ...(filters.districtCode === '' ? {} : { districtCode: filters.districtCode }),
});

type View = {
  filters: DashboardFilters;
  drill: Drill | null;
  setFilters: (patch: Partial<DashboardFilters>) => void;
  clearFilters: () => void;
  open: (drill: Drill) => void;
  close: () => void;
};

/**
 * Where the dashboard is (its filters and the drill-down open), kept across navigation; the figures and rows are
 * in the query cache. Other filters close the drill-down.
 */
export const useDashboardView = create<View>()((set) => ({
  filters: noDashboardFilters,
  drill: null,
  setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch }, drill: null })),
  clearFilters: () => set({ filters: noDashboardFilters, drill: null }),
  open: (drill) => set({ drill }),
  close: () => set({ drill: null }),
}));
