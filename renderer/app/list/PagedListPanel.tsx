import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import TablePagination from '@mui/material/TablePagination';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { Page, PagedListState } from './paged-list-store';

type Props<Filters, Response extends Page<unknown>> = {
  state: PagedListState<Filters, Response>;
  /** Prefix of the test ids: <prefix>-error, <prefix>-empty. */
  testId: string;
  texts: { loading: string; empty: string };
  /** The table of the rows. */
  children: ReactNode;
};

/** The body every list page shares: its error, a progress bar while loading, the table, "none", the pager. */
export function PagedListPanel<Filters, Response extends Page<unknown>>({
  state,
  testId,
  texts,
  children,
}: Props<Filters, Response>) {
  const { items, total, page, rowsPerPage, loading, error, setPage, setRowsPerPage } = state;
  return (
    <>
      {error !== null && (
        <Alert severity="error" data-testid={`${testId}-error`}>
          {error}
        </Alert>
      )}
      <Paper variant="outlined">
        {loading && <LinearProgress aria-label={texts.loading} />}
        {children}
        {!loading && items.length === 0 && error === null && (
          <Typography color="text.secondary" sx={{ p: 2 }} data-testid={`${testId}-empty`}>
            {texts.empty}
          </Typography>
        )}
        <TablePagination
          component="div"
          count={total}
          page={page}
          rowsPerPage={rowsPerPage}
          rowsPerPageOptions={[20, 50, 100]}
          onPageChange={(_event, next) => setPage(next)}
          onRowsPerPageChange={(event) => setRowsPerPage(Number(event.target.value))}
        />
      </Paper>
    </>
  );
}
