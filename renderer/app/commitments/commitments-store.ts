import type { CommitmentList, CommitmentSortField } from '../../../shared/domain/commitment';
import { createPagedListStore } from '../list/paged-list-store';
import { client } from '../../transport/client';
import { toListRequest, type CommitmentFilters } from './list-request';

export type { CommitmentFilters, DueTab } from './list-request';

const noFilters: CommitmentFilters = { due: 'all', matterCode: '', type: '', fulfilment: '', query: '' };
export const noCounts: CommitmentList['counts'] = { open: 0, dueSoon: 0, overdue: 0 };

/** The clerk's to-do of verifications. */
export const useCommitmentsStore = createPagedListStore<
  CommitmentFilters,
  CommitmentList,
  CommitmentSortField
>({
  noFilters,
  fetch: (filters, page, rowsPerPage, sort) =>
    client.call('commitments:list', { ...toListRequest(filters, page, rowsPerPage), ...sort }),
});
