import { create } from 'zustand';
import type { CommitmentList, CommitmentListItem } from '../../../shared/domain/commitment';
import { client } from '../../transport/client';
import { toListRequest, type CommitmentFilters } from './list-request';

export type { CommitmentFilters, DueTab } from './list-request';

const noFilters: CommitmentFilters = { due: 'all', matterCode: '', type: '', fulfilment: '', query: '' };
const noCounts: CommitmentList['counts'] = { open: 0, dueSoon: 0, overdue: 0 };

type CommitmentsState = {
  filters: CommitmentFilters;
  page: number;
  rowsPerPage: number;
  items: CommitmentListItem[];
  total: number;
  counts: CommitmentList['counts'];
  loading: boolean;
  error: string | null;
  setFilters: (patch: Partial<CommitmentFilters>) => void;
  clearFilters: () => void;
  setPage: (page: number) => void;
  setRowsPerPage: (rows: number) => void;
  load: () => Promise<void>;
};

/** The clerk's to-do of verifications; kept across navigation so returning from a detail shows the same page. */
export const useCommitmentsStore = create<CommitmentsState>()((set, get) => {
  // Only the answer to the latest request is shown, whatever order responses arrive in.
  let requestSerial = 0;
  return {
    filters: noFilters,
    page: 0,
    rowsPerPage: 20,
    items: [],
    total: 0,
    counts: noCounts,
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
      requestSerial += 1;
      const serial = requestSerial;
      set({ loading: true });
      const result = await client.call('commitments:list', toListRequest(filters, page, rowsPerPage));
      if (serial !== requestSerial) return;
      if (!result.ok) {
        set({ loading: false, error: result.error.message });
        return;
      }
      const { items, total, counts } = result.value;
      // The list shrank under the current page: show its last page instead.
      const lastPage = Math.max(0, Math.ceil(total / rowsPerPage) - 1);
      if (items.length === 0 && page > lastPage) {
        set({ page: lastPage });
        await get().load();
        return;
      }
      set({ items, total, counts, loading: false, error: null });
    },
  };
});
