import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import type { ServerList } from './DataList';
import type { PagedList } from './use-paged-list';

type Props<Response, SortField extends string> = {
  state: PagedList<Response, SortField>;
  /** The columns the core sorts this list by. */
  sortFields: readonly SortField[];
  /** Prefix of the test ids: <prefix>-error, <prefix>-empty. */
  testId: string;
  texts: { loading: string; empty: string };
  /** The list's grid, given where the list is and how to move it. */
  children: (server: ServerList<SortField>) => ReactNode;
};

/** The body every paged list page shares: its error, then its grid paged and sorted by the core. */
export function PagedListPanel<Response, SortField extends string>({
  state,
  sortFields,
  testId,
  texts,
  children,
}: Props<Response, SortField>) {
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
