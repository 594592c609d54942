import type { RepairList, RepairSortField } from '../../../../shared/domain/repair';
import { createPagedListStore } from '../../../app/list/paged-list-store';
import { client } from '../../../transport/client';
import { toListRequest, type RepairFilters } from './list-request';

export type { RepairFilters, RepairScope } from './list-request';

/** The applications taken in at this window; open ones by default. */
export const useRepairsStore = createPagedListStore<RepairFilters, RepairList, RepairSortField>({
  noFilters: { scope: 'open', query: '' },
  fetch: (filters, page, rowsPerPage, sort) =>
    client.call('repairs:list', { ...toListRequest(filters, page, rowsPerPage), ...sort }),
});
