import { isRangeInvalid } from '../../app/filters/DateRangeFilter';
import type { AuditFilters, AuditSortField } from '../../../shared/domain/audit';
import { createListViewStore } from '../../app/list/list-view-store';
import { useAskedOnOpen } from '../../app/list/use-asked-on-open';
import { usePagedList } from '../../app/list/use-paged-list';
import { useCoreQuery } from '../../app/query/query-client';

/** The filter bar's values; '' means no filter. */
export type AuditFilterValues = {
  from: string;
  to: string;
  actor: string;
  action: string;
  caseNumber: string;
  text: string;
};

/** Where the 审计日志 list is: its filters, page and order. */
export const useAuditView = createListViewStore<AuditFilterValues, AuditSortField>({
  from: '',
  to: '',
  actor: '',
  action: '',
  caseNumber: '',
  text: '',
});

/** The filters as the contract takes them (empty ones left out); shared by the list and the export. */
export const toAuditFilters = (values: AuditFilterValues): AuditFilters =>
  Object.fromEntries(
    Object.entries(values)
      .map(([key, value]) => [key, value.trim()] as const)
      .filter(([, value]) => value !== ''),
  );

/** 审计日志: the entries of the view, newest first, asked again on opening; an inverted period matches nothing. */
export const useAuditList = () => {
  const view = useAuditView();
  const { filters, page, rowsPerPage, sort } = view;
  return usePagedList(
    'audit:list',
    view,
    isRangeInvalid(filters)
      ? null
      : { ...toAuditFilters(filters), limit: rowsPerPage, offset: page * rowsPerPage, ...sort },
  );
};

/** The chain banner: verified again each time it is asked (on opening the page and on 重新校验). */
export const useAuditChain = () => {
  useAskedOnOpen('audit:chain');
  const query = useCoreQuery('audit:chain', {});
  return {
    view: query.data ?? null,
    loading: query.isFetching,
    error: query.error?.message ?? null,
    recheck: () => void query.refetch(),
  };
};
