import type { CheckListRequest, CheckSortField, VerdictCode } from '../../../shared/domain/check';
import { createListViewStore, type ListView } from '../list/list-view-store';
import { usePagedList } from '../list/use-paged-list';

export type RecordFilters = {
  from: string;
  to: string;
  matterCode: string;
  verdict: VerdictCode | '';
  openOnly: boolean;
};

/** Where the 核查记录 list is: its filters, page and order. */
export const useRecordsView = createListViewStore<RecordFilters, CheckSortField>({
  from: '',
  to: '',
  matterCode: '',
  verdict: '',
  openOnly: false,
});

/** The core's request for this view; a period that ends before it starts matches nothing (null). */
const toRequest = ({
  filters,
  page,
  rowsPerPage,
  sort,
}: ListView<RecordFilters, CheckSortField>): CheckListRequest | null =>
  filters.from !== '' && filters.to !== '' && filters.from > filters.to
    ? null
    : {
        ...(filters.from === '' ? {} : { from: filters.from }),
        ...(filters.to === '' ? {} : { to: filters.to }),
        ...(filters.matterCode === '' ? {} : { matterCode: filters.matterCode }),
        ...(filters.verdict === '' ? {} : { verdict: filters.verdict }),
        ...(filters.openOnly ? { openFeedback: true } : {}),
        limit: rowsPerPage,
        offset: page * rowsPerPage,
        ...sort,
      };

/** 核查记录: the stored checks of the view, from the query cache (a check recorded anywhere makes them old). */
export const useRecordsList = () => {
  const view = useRecordsView();
  return usePagedList('check:list', view, toRequest(view));
};
