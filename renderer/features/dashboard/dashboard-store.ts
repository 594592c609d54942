import { isRangeInvalid } from '../../app/filters/DateRangeFilter';
import { create } from 'zustand';
import type {
  DashboardFigure,
  DashboardFigures,
  DashboardFilter,
  DashboardRows,
} from '../../../shared/domain/dashboard';
import { saveExportFile } from '../../app/download';
import { client } from '../../transport/client';

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

type State = {
  filters: DashboardFilters;
  figures: DashboardFigures | null;
  loading: boolean;
  error: string | null;
  drill: Drill | null;
  rows: DashboardRows | null;
  rowsError: string | null;
  exporting: boolean;
  exportMessage: string | null;
  setFilters: (patch: Partial<DashboardFilters>) => void;
  clearFilters: () => void;
  load: () => Promise<void>;
  open: (drill: Drill) => Promise<void>;
  close: () => void;
  exportExcel: () => Promise<void>;
};

export const useDashboardStore = create<State>()((set, get) => {
  // Only the latest answer is shown, whatever order answers arrive in.
  let loadSerial = 0;
  let rowsSerial = 0;
  return {
    filters: noDashboardFilters,
    figures: null,
    loading: false,
    error: null,
    drill: null,
    rows: null,
    rowsError: null,
    exporting: false,
    exportMessage: null,
    setFilters: (patch) => {
      set((state) => ({ filters: { ...state.filters, ...patch }, drill: null, rows: null }));
      void get().load();
    },
    clearFilters: () => {
      set({ filters: noDashboardFilters, drill: null, rows: null });
      void get().load();
    },
    load: async () => {
      const { filters, drill } = get();
      if (isRangeInvalid(filters)) return;
      loadSerial += 1;
      const current = loadSerial;
      set({ loading: true });
      const result = await client.call('dashboard:get', toFilter(filters));
      if (current !== loadSerial) return;
      if (!result.ok) {
        set({ loading: false, error: result.error.message });
        return;
      }
      set({ loading: false, error: null, figures: result.value });
      // An open drill-down follows the refresh.
      if (drill !== null) await get().open(drill);
    },
    open: async (drill) => {
      rowsSerial += 1;
      const current = rowsSerial;
      set({ drill, rowsError: null });
      const result = await client.call('dashboard:rows', {
        ...drill.filter,
        figure: drill.figure,
        limit: DRILL_ROWS,
        offset: 0,
      });
      if (current !== rowsSerial) return;
      if (result.ok) set({ rows: result.value, rowsError: null });
      else set({ rows: null, rowsError: result.error.message });
    },
    close: () => {
      rowsSerial += 1;
      set({ drill: null, rows: null, rowsError: null });
    },
    exportExcel: async () => {
      set({ exporting: true, exportMessage: null });
      const result = await client.call('dashboard:export', toFilter(get().filters));
      if (result.ok) saveExportFile(result.value);
      set({ exporting: false, exportMessage: result.ok ? null : result.error.message });
    },
  };
});
