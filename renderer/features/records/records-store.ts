import { create } from 'zustand';
import type { CheckListItem, CheckListRequest, VerdictCode } from '../../../shared/domain/check';
import { client } from '../../transport/client';

export type RecordFilters = {
  from: string;
  to: string;
  matterCode: string;
  verdict: VerdictCode | '';
  openOnly: boolean;
};

const noFilters: RecordFilters = { from: '', to: '', matterCode: '', verdict: '', openOnly: false };

type RecordsState = {
  filters: RecordFilters;
  page: number;
  rowsPerPage: number;
  items: CheckListItem[];
  total: number;
  loading: boolean;
  error: string | null;
  setFilters: (patch: Partial<RecordFilters>) => void;
  clearFilters: () => void;
  setPage: (page: number) => void;
  setRowsPerPage: (rows: number) => void;
  load: () => Promise<void>;
};

const toRequest = (filters: RecordFilters, page: number, rowsPerPage: number): CheckListRequest => ({
  ...(filters.from === '' ? {} : { from: filters.from }),
  ...(filters.to === '' ? {} : { to: filters.to }),
  ...(filters.matterCode === '' ? {} : { matterCode: filters.matterCode }),
  ...(filters.verdict === '' ? {} : { verdict: filters.verdict }),
  ...(filters.openOnly ? { openFeedback: true } : {}),
  limit: rowsPerPage,
  offset: page * rowsPerPage,
});

/** Kept across navigation so returning from a detail shows the same filtered page. */
export const useRecordsStore = create<RecordsState>()((set, get) => {
  // Only the answer to the latest request is shown, whatever order responses arrive in.
  let requestSerial = 0;
  return {
    filters: noFilters,
    page: 0,
    rowsPerPage: 20,
    items: [],
    total: 0,
    loading: false,
    error: null,
    setFilters: (patch) => {
      set((state) => ({ filters: { ...state.filters, ...patch }, page: 0 }));
      void get().load();
    },
    clearFilters: () => {
      set({ filters: noFilters, page: 0 });
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
      if (filters.from !== '' && filters.to !== '' && filters.from > filters.to) {
        set({ items: [], total: 0, loading: false, error: null });
        return;
      }
      requestSerial += 1;
      const serial = requestSerial;
      set({ loading: true });
      const result = await client.call('check:list', toRequest(filters, page, rowsPerPage));
      if (serial !== requestSerial) return;
      if (!result.ok) {
        set({ loading: false, error: result.error.message });
        return;
      }
      const { items, total } = result.value;
      // The list shrank under the current page (filters, records removed): show its last page instead.
      const lastPage = Math.max(0, Math.ceil(total / rowsPerPage) - 1);
      if (items.length === 0 && page > lastPage) {
        set({ page: lastPage });
        await get().load();
        return;
      }
      set({ items, total, loading: false, error: null });
    },
  };
});
