import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TablePagination from '@mui/material/TablePagination';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { useAppStore } from '../../app/app-store';
import { RecordFiltersBar } from './RecordFiltersBar';
import { useRecordsStore } from './records-store';
import { RecordsTable } from './RecordsTable';
import { recordsTexts } from './texts';

/** 核查记录: every stored check, filterable, newest first. */
export const RecordsPage = () => {
  const { items, total, page, rowsPerPage, loading, error } = useRecordsStore();
  const load = useRecordsStore((state) => state.load);
  const setPage = useRecordsStore((state) => state.setPage);
  const setRowsPerPage = useRecordsStore((state) => state.setRowsPerPage);
  // A check recorded anywhere (this window or another) refreshes the list.
  const recordedChecks = useAppStore((state) => state.recordedChecks);
  useEffect(() => {
    void load();
  }, [load, recordedChecks]);
  return (
    <Stack spacing={1.5} data-testid="records-page">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h2" component="h1">
          {recordsTexts.pageTitle}
        </Typography>
        <Button size="small" onClick={() => void load()}>
          {recordsTexts.refresh}
        </Button>
      </Stack>
      <RecordFiltersBar />
      {error !== null && (
        <Alert severity="error" data-testid="records-error">
          {error}
        </Alert>
      )}
      <Paper variant="outlined">
        {loading && <LinearProgress aria-label={recordsTexts.loading} />}
        <RecordsTable items={items} />
        {!loading && items.length === 0 && error === null && (
          <Typography color="text.secondary" sx={{ p: 2 }} data-testid="records-empty">
            {recordsTexts.empty}
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
    </Stack>
  );
};
