import { create } from 'zustand';
import type { ListSort } from '../../../shared/domain/list-sort';
import type { Result } from '../../../shared/result';

export type Page<Item> = { items: Item[]; total: number };

export type PagedListState<Filters, Response extends Page<unknown>, SortField extends string = never> = {
  filters: Filters;
  page: number;
  rowsPerPage: number;
  /** The column the core sorts by; null: the list's own order. */
  sort: ListSort<SortField> | null;
  items: Response['items'];
  total: number;
  /** The whole last answer, for what a list carries beside its rows (e.g. counts per tab). */
  response: Response | null;
  loading: boolean;
  error: string | null;
  setFilters: (patch: Partial<Filters>) => void;
  clearFilters: () => void;
  setPage: (page: number) => void;
  setRowsPerPage: (rows: number) => void;
  setSort: (sort: ListSort<SortField> | null) => void;
  load: () => Promise<void>;
};

export type PagedListOptions<Filters, Response, SortField extends string = never> = {
  noFilters: Filters;
  /** The request for these filters, page and order; null when nothing can match (then no request is made). */
  fetch: (
    filters: Filters,
    page: number,
    rowsPerPage: number,
    sort: ListSort<SortField> | null,
  ) => Promise<Result<Response>> | null;
};

/**
 * A filtered, paged, sorted list kept across navigation (returning from a detail shows the same page): 核查记录,
 * 告知承诺, 信用修复. Only the answer to the latest request is shown, whatever order answers arrive in; a list
 * that shrank under the current page shows its last page instead.
 */
export function createPagedListStore<
  Filters extends object,
  Response extends Page<unknown>,
  SortField extends string = never,
>(options: PagedListOptions<Filters, Response, SortField>) {
  return create<PagedListState<Filters, Response, SortField>>()((set, get) => {
    let serial = 0;
    return {
      filters: options.noFilters,
      page: 0,
      rowsPerPage: 20,
      sort: null,
      items: [],
      total: 0,
      response: null,
      loading: false,
      error: null,
      setFilters: (patch) => {
        set((state) => ({ filters: { ...state.filters, ...patch }, page: 0 }));
        void get().load();
      },
      clearFilters: () => {
        set({ filters: options.noFilters, page: 0 });
        void get().load();
      },
      setPage: (page) => {
        set({ page });
        void get().load();
      },
      setRowsPerPage: (rowsPerPage) => {
        set({ rowsPerPage, page: 0 });
        void get().load();
      },
      setSort: (sort) => {
        set({ sort, page: 0 });
        void get().load();
      },
      load: async () => {
        const { filters, page, rowsPerPage, sort } = get();
        serial += 1;
        const current = serial;
        const request = options.fetch(filters, page, rowsPerPage, sort);
        if (request === null) {
          set({ items: [], total: 0, response: null, loading: false, error: null });
          return;
        }
        set({ loading: true });
        const result = await request;
        if (current !== serial) return;
        if (!result.ok) {
          set({ loading: false, error: result.error.message });
          return;
        }
        const { items, total } = result.value;
        const lastPage = Math.max(0, Math.ceil(total / rowsPerPage) - 1);
        if (items.length === 0 && page > lastPage) {
          set({ page: lastPage });
          await get().load();
          return;
        }
        set({ items, total, response: result.value, loading: false, error: null });
      },
    };
  });
}
