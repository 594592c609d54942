import type { ObjectionListRequest, ObjectionSortField } from '../../../shared/domain/objection';
import type { ObjectionState } from '../../../shared/objection/state-machine';
import { createListViewStore } from '../list/list-view-store';
import { usePagedList } from '../list/use-paged-list';

/** 办理中, 临近期限, 全部, or one state. */
export type ObjectionScope = 'open' | 'at-risk' | 'all' | ObjectionState;
export type ObjectionFilters = { scope: ObjectionScope; query: string };

export const toListRequest = (
  { scope, query }: ObjectionFilters,
  page: number,
  rowsPerPage: number,
): ObjectionListRequest => ({
  ...(scope === 'open'
    ? { open: true }
    : scope === 'at-risk'
      ? { open: true, atRisk: true }
      : scope === 'all'
        ? {}
        : { state: scope }),
  ...(query.trim() === '' ? {} : { query: query.trim() }),
  limit: rowsPerPage,
  offset: page * rowsPerPage,
});

/** Where the list of objections taken in at this window is; open ones by default. */
export const useObjectionsView = createListViewStore<ObjectionFilters, ObjectionSortField>({
  scope: 'open',
  query: '',
});

/** The objections of the view, from the query cache (a sync or a change of the area makes them old). */
export const useObjectionsList = () => {
  const view = useObjectionsView();
  return usePagedList('objections:list', view, {
    ...toListRequest(view.filters, view.page, view.rowsPerPage),
    ...view.sort,
  });
};
