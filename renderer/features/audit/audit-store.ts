import { isRangeInvalid } from '../../app/filters/DateRangeFilter';
import type {
  AuditChainView,
  AuditFilters,
  AuditList,
  AuditListRequest,
  AuditSortField,
} from '../../../shared/domain/audit';
import { create } from 'zustand';
import { createPagedListStore } from '../../app/list/paged-list-store';
import { client } from '../../transport/client';

/** The filter bar's values; '' means no filter. */
export type AuditFilterValues = {
  from: string;
  to: string;
  actor: string;
  action: string;
  caseNumber: string;
  text: string;
};

const noFilters: AuditFilterValues = { from: '', to: '', actor: '', action: '', caseNumber: '', text: '' };

/** The filters as the contract takes them (empty ones left out); shared by the list and the export. */
export const toAuditFilters = (values: AuditFilterValues): AuditFilters =>
  Object.fromEntries(
    Object.entries(values)
      .map(([key, value]) => [key, value.trim()] as const)
      .filter(([, value]) => value !== ''),
  );

const toRequest = (values: AuditFilterValues, page: number, rowsPerPage: number): AuditListRequest => ({
  ...toAuditFilters(values),
  limit: rowsPerPage,
  offset: page * rowsPerPage,
});

/** 审计日志: the entries matching the filters, newest first; a period ending before it starts matches nothing. */
export const useAuditStore = createPagedListStore<AuditFilterValues, AuditList, AuditSortField>({
  noFilters,
  fetch: (filters, page, rowsPerPage, sort) =>
    isRangeInvalid(filters)
      ? null
      : client.call('audit:list', { ...toRequest(filters, page, rowsPerPage), ...sort }),
});

type ChainState = {
  view: AuditChainView | null;
  loading: boolean;
  error: string | null;
  load: () => Promise<void>;
};

/** The chain banner: verified again each time it is asked (on opening the page and on 重新校验). */
export const useAuditChainStore = create<ChainState>()((set) => ({
  view: null,
  loading: false,
  error: null,
  load: async () => {
    set({ loading: true });
    const result = await client.call('audit:chain', {});
    set(
      result.ok
        ? { view: result.value, loading: false, error: null }
        : { loading: false, error: result.error.message },
    );
  },
}));
