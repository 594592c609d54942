import { create } from 'zustand';
import type { ListSort } from '../../../shared/domain/list-sort';

/** Where a list is (filters, page, order): client state, kept across navigation. Its rows are in the query cache. */
export type ListView<Filters, SortField extends string = never> = {
  filters: Filters;
  page: number;
  rowsPerPage: number;
  /** The column the core sorts by; null: the list's own order. */
  sort: ListSort<SortField> | null;
  setFilters: (patch: Partial<Filters>) => void;
  clearFilters: () => void;
  setPage: (page: number) => void;
  setRowsPerPage: (rows: number) => void;
  setSort: (sort: ListSort<SortField> | null) => void;
};

/**
 * The view of a filtered, paged, sorted list (核查记录, 告知承诺, 信用修复, 审计日志): returning from a detail shows
 * the same page. A new filter, page size or order starts again at the first page.
 */
export const createListViewStore = <Filters extends object, SortField extends string = never>(
  noFilters: Filters,
) =>
  create<ListView<Filters, SortField>>()((set) => ({
    filters: noFilters,
    page: 0,
    rowsPerPage: 20,
    sort: null,
    setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch }, page: 0 })),
    clearFilters: () => set({ filters: noFilters, page: 0 }),
    setPage: (page) => set({ page }),
    setRowsPerPage: (rowsPerPage) => set({ rowsPerPage, page: 0 }),
    setSort: (sort) => set({ sort, page: 0 }),
  }));
