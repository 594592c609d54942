import type { RepairSortField } from '../../../../shared/domain/repair';
import { createListViewStore } from '../../../app/list/list-view-store';
import { usePagedList } from '../../../app/list/use-paged-list';
import { toListRequest, type RepairFilters } from './list-request';

export type { RepairFilters, RepairScope } from './list-request';

/** Where the list of applications taken in at this window is; open ones by default. */
export const useRepairsView = createListViewStore<RepairFilters, RepairSortField>({
  scope: 'open',
  query: '',
});

/** The applications of the view, from the query cache (workflow-changed of the area makes them old). */
export const useRepairsList = () => {
  const view = useRepairsView();
  return usePagedList('repairs:list', view, {
    ...toListRequest(view.filters, view.page, view.rowsPerPage),
    ...view.sort,
  });
};
