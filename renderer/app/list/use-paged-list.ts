import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/contract/channels';
import { useCoreQuery } from '../query/query-client';
import type { ListView } from './list-view-store';
import { useAskedOnOpen } from './use-asked-on-open';

export type Page<Item> = { items: Item[]; total: number };

/** The channels that answer a page of a list. */
export type ListChannel = {
  [C in Channel]: ResponseOf<C> extends Page<unknown> ? C : never;
}[Channel];

type ItemOf<Response> = Response extends Page<infer Item> ? Item : never;

/** A list page as its panel shows it: where the list is (the view) and the core's answer for there. */
export type PagedList<Response, SortField extends string> = Pick<
  ListView<unknown, SortField>,
  'page' | 'rowsPerPage' | 'sort' | 'setPage' | 'setRowsPerPage' | 'setSort'
> & {
  items: ItemOf<Response>[];
  total: number;
  /** The whole answer, for what a list carries beside its rows (e.g. counts per tab); null before the first. */
  response: Response | null;
  /** True while the core is asked (the rows shown meanwhile are the previous answer's). */
  loading: boolean;
  error: string | null;
  refresh: () => void;
};

/**
 * One page of a list through the query cache: another page, filter or order keeps the rows shown until the core
 * answers (no flicker), the core's events make the answer old (staleAfter), and a list opened again is asked again
 * while it shows what it had (not every change of the core is announced). `request` null: nothing can match (an
 * inverted period), nothing is asked. A list that shrank under the current page moves to its last page.
 */
export function usePagedList<C extends ListChannel, Filters, SortField extends string>(
  channel: C,
  view: ListView<Filters, SortField>,
  request: RequestOf<C> | null,
): PagedList<ResponseOf<C>, SortField> {
  useAskedOnOpen(channel);
  const queries = useQueryClient();
  const query = useCoreQuery(channel, request, { keepPrevious: true });
  const response = request === null ? null : (query.data ?? null);
  const page = response as Page<ItemOf<ResponseOf<C>>> | null;
  const total = page?.total ?? 0;
  const { page: current, rowsPerPage, setPage } = view;
  const lastPage = Math.max(0, Math.ceil(total / rowsPerPage) - 1);
  const shrunk = page !== null && !query.isPlaceholderData && page.items.length === 0 && current > lastPage;
  useEffect(() => {
    if (shrunk) setPage(lastPage);
  }, [shrunk, lastPage, setPage]);
  return {
    page: current,
    rowsPerPage,
    sort: view.sort,
    setPage,
    setRowsPerPage: view.setRowsPerPage,
    setSort: view.setSort,
    items: page?.items ?? [],
    total,
    response,
    loading: request !== null && query.isFetching,
    error: request === null ? null : (query.error?.message ?? null),
    // 刷新 makes every answer of the list old, not only this page's: a filter changed back asks again too.
    refresh: () => void queries.invalidateQueries({ queryKey: [channel] }),
  };
}
