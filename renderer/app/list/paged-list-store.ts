import { create } from 'zustand';
import type { Result } from '../../../shared/result';

export type Page<Item> = { items: Item[]; total: number };

export type PagedListState<Filters, Response extends Page<unknown>> = {
  filters: Filters;
  page: number;
  rowsPerPage: number;
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
  load: () => Promise<void>;
};

export type PagedListOptions<Filters, Response> = {
  noFilters: Filters;
  /** The request for these filters and page; null when nothing can match (then no request is made). */
  fetch: (filters: Filters, page: number, rowsPerPage: number) => Promise<Result<Response>> | null;
};

/**
 * A filtered, paged list kept across navigation (returning from a detail shows the same page): 核查记录,
 * 告知承诺, 信用修复. Only the answer to the latest request is shown, whatever order answers arrive in; a list
 * that shrank under the current page shows its last page instead.
 */
export function createPagedListStore<Filters extends object, Response extends Page<unknown>>(
  options: PagedListOptions<Filters, Response>,
) {
  return create<PagedListState<Filters, Response>>()((set, get) => {
    let serial = 0;
    return {
      filters: options.noFilters,
      page: 0,
      rowsPerPage: 20,
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
      load: async () => {
        const { filters, page, rowsPerPage } = get();
        serial += 1;
        const current = serial;
        const request = options.fetch(filters, page, rowsPerPage);
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
