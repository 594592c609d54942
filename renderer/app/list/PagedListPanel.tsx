import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import type { ServerList } from './DataList';
import type { Page, PagedListState } from './paged-list-store';

type Props<Filters, Response extends Page<unknown>, SortField extends string> = {
  state: PagedListState<Filters, Response, SortField>;
  /** The columns the core sorts this list by. */
  sortFields: readonly SortField[];
  /** Prefix of the test ids: <prefix>-error, <prefix>-empty. */
  testId: string;
  texts: { loading: string; empty: string };
  /** The list's grid, given where the list is and how to move it. */
  children: (server: ServerList<SortField>) => ReactNode;
};

/** The body every paged list page shares: its error, then its grid paged and sorted by the core. */
export function PagedListPanel<Filters, Response extends Page<unknown>, SortField extends string>({
  state,
  sortFields,
  testId,
  texts,
  children,
}: Props<Filters, Response, SortField>) {
  const server: ServerList<SortField> = {
    page: state.page,
    rowsPerPage: state.rowsPerPage,
    total: state.total,
    loading: state.loading,
    sort: state.sort,
    sortFields,
    emptyText: texts.empty,
    loadingText: texts.loading,
    emptyTestId: `${testId}-empty`,
    setPage: state.setPage,
    setRowsPerPage: state.setRowsPerPage,
    setSort: state.setSort,
  };
  return (
    <Stack spacing={1}>
      {state.error !== null && (
        <Alert severity="error" data-testid={`${testId}-error`}>
          {state.error}
        </Alert>
      )}
      {children(server)}
    </Stack>
  );
}
