import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TablePagination from '@mui/material/TablePagination';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import { useCallback, useEffect } from 'react';
import { CommitmentFiltersBar } from './CommitmentFiltersBar';
import { CommitmentForm } from './form/CommitmentForm';
import { useCommitmentFormStore } from './commitment-form-store';
import { useCommitmentsStore } from './commitments-store';
import { CommitmentsTable } from './CommitmentsTable';
import { commitmentsTexts } from './texts';
import { useCommitmentsChanged } from './use-workflow-changed';

/**
 * Alt+C (event.code, whatever the layout or IME) opens a new commitment while this page is shown; a form already
 * open is kept (a half-filled draft is never thrown away by a key).
 */
const useNewCommitmentShortcut = (openBlank: () => void): void => {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.isComposing) return;
      if (event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === 'KeyC') {
        event.preventDefault();
        if (!useCommitmentFormStore.getState().open) openBlank();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openBlank]);
};

/** 告知承诺: the verifications the clerk owes, by deadline; or the form of a new commitment. */
export const CommitmentsPage = () => {
  const formOpen = useCommitmentFormStore((state) => state.open);
  const openBlank = useCommitmentFormStore((state) => state.openBlank);
  useNewCommitmentShortcut(openBlank);
  if (formOpen) return <CommitmentForm />;
  return <CommitmentsList onNew={openBlank} />;
};

const CommitmentsList = ({ onNew }: { onNew: () => void }) => {
  const { items, total, page, rowsPerPage, loading, error } = useCommitmentsStore();
  const load = useCommitmentsStore((state) => state.load);
  const setPage = useCommitmentsStore((state) => state.setPage);
  const setRowsPerPage = useCommitmentsStore((state) => state.setRowsPerPage);
  const reload = useCallback(() => void load(), [load]);
  useEffect(reload, [reload]);
  useCommitmentsChanged(reload);
  return (
    <Stack spacing={1.5} data-testid="commitments-page">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="h2" component="h1" sx={{ flexGrow: 1 }}>
          {commitmentsTexts.pageTitle}
        </Typography>
        <Button size="small" onClick={reload}>
          {commitmentsTexts.refresh}
        </Button>
        <Button
          variant="contained"
          startIcon={<AddIcon />}
          onClick={onNew}
          aria-keyshortcuts="Alt+C"
          data-testid="new-commitment"
        >
          {commitmentsTexts.newCommitment}
        </Button>
      </Stack>
      <CommitmentFiltersBar />
      {error !== null && (
        <Alert severity="error" data-testid="commitments-error">
          {error}
        </Alert>
      )}
      <Paper variant="outlined">
        {loading && <LinearProgress aria-label={commitmentsTexts.loading} />}
        <CommitmentsTable items={items} />
        {!loading && items.length === 0 && error === null && (
          <Typography color="text.secondary" sx={{ p: 2 }} data-testid="commitments-empty">
            {commitmentsTexts.empty}
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
      <Typography variant="caption" color="text.secondary" data-testid="commitments-shortcuts">
        {commitmentsTexts.shortcuts}
      </Typography>
    </Stack>
  );
};
