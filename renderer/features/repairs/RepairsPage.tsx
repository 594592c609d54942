import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TablePagination from '@mui/material/TablePagination';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { RepairFiltersBar } from './list/RepairFiltersBar';
import { useRepairsStore } from './list/repairs-store';
import { RepairsTable } from './list/RepairsTable';
import { useNewRepairStore } from './new/new-repair-store';
import { NewRepairWizard } from './new/NewRepairWizard';
import { repairsTexts } from './texts';
import { useRepairsChanged } from './use-repairs-changed';

/** 信用修复: the applications taken in here, or the new application while one is being filled in. */
export const RepairsPage = () => {
  const creating = useNewRepairStore((state) => state.open);
  const start = useNewRepairStore((state) => state.start);
  const { items, total, page, rowsPerPage, loading, error } = useRepairsStore();
  const load = useRepairsStore((state) => state.load);
  const setPage = useRepairsStore((state) => state.setPage);
  const setRowsPerPage = useRepairsStore((state) => state.setRowsPerPage);
  useEffect(() => {
    if (!creating) void load();
  }, [load, creating]);
  useRepairsChanged(() => {
    if (!useNewRepairStore.getState().open) void load();
  });
  if (creating) return <NewRepairWizard />;
  return (
    <Stack spacing={1.5} data-testid="repairs-page">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="h2" component="h1" sx={{ flex: 1 }}>
          {repairsTexts.pageTitle}
        </Typography>
        <Button size="small" onClick={() => void load()} data-testid="repairs-refresh">
          {repairsTexts.refresh}
        </Button>
        <Button variant="contained" startIcon={<AddIcon />} onClick={start} data-testid="repair-new-button">
          {repairsTexts.newApplication}
        </Button>
      </Stack>
      <RepairFiltersBar />
      {error !== null && (
        <Alert severity="error" data-testid="repairs-error">
          {error}
        </Alert>
      )}
      <Paper variant="outlined">
        {loading && <LinearProgress aria-label={repairsTexts.loading} />}
        <RepairsTable items={items} />
        {!loading && items.length === 0 && error === null && (
          <Typography color="text.secondary" sx={{ p: 2 }} data-testid="repairs-empty">
            {repairsTexts.empty}
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
