import { create } from 'zustand';
import type { RepairListItem } from '../../../../shared/domain/repair';
import { client } from '../../../transport/client';
import { toListRequest, type RepairScope } from './list-request';

export type { RepairScope } from './list-request';

type RepairsState = {
  scope: RepairScope;
  query: string;
  page: number;
  rowsPerPage: number;
  items: RepairListItem[];
  total: number;
  loading: boolean;
  error: string | null;
  setScope: (scope: RepairScope) => void;
  setQuery: (query: string) => void;
  setPage: (page: number) => void;
  setRowsPerPage: (rows: number) => void;
  load: () => Promise<void>;
};

/** Kept across navigation so returning from a detail shows the same list. */
export const useRepairsStore = create<RepairsState>()((set, get) => {
  // Only the answer to the latest request is shown, whatever order responses arrive in.
  let serial = 0;
  return {
    scope: 'open',
    query: '',
    page: 0,
    rowsPerPage: 20,
    items: [],
    total: 0,
    loading: false,
    error: null,
    setScope: (scope) => {
      set({ scope, page: 0 });
      void get().load();
    },
    setQuery: (query) => {
      set({ query, page: 0 });
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
      const { scope, query, page, rowsPerPage } = get();
      serial += 1;
      const current = serial;
      set({ loading: true });
      const result = await client.call('repairs:list', toListRequest(scope, query, page, rowsPerPage));
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
      set({ items, total, loading: false, error: null });
    },
  };
});
