import type { CommitmentList, CommitmentSortField } from '../../../shared/domain/commitment';
import { createListViewStore } from '../list/list-view-store';
import { usePagedList } from '../list/use-paged-list';
import { toListRequest, type CommitmentFilters } from './list-request';

export type { CommitmentFilters, DueTab } from './list-request';

export const noCounts: CommitmentList['counts'] = { open: 0, dueSoon: 0, overdue: 0 };

/** Where the clerk's to-do of verifications is: its tab, filters, page and order. */
export const useCommitmentsView = createListViewStore<CommitmentFilters, CommitmentSortField>({
  due: 'all',
  matterCode: '',
  type: '',
  fulfilment: '',
  query: '',
});

/** The commitments of the view, from the query cache (workflow-changed of the area makes them old). */
export const useCommitmentsList = () => {
  const view = useCommitmentsView();
  return usePagedList('commitments:list', view, {
    ...toListRequest(view.filters, view.page, view.rowsPerPage),
    ...view.sort,
  });
};
