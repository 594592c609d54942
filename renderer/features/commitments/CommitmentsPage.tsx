import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import { useEffect } from 'react';
import { CommitmentSortField } from '../../../shared/domain/commitment';
import { PagedListPanel } from '../../app/list/PagedListPanel';
import { CommitmentFiltersBar } from './CommitmentFiltersBar';
import { CommitmentForm } from './form/CommitmentForm';
import { useCommitmentSession } from '../../app/commitments/commitment-session';
import { noCounts, useCommitmentsList } from '../../app/commitments/commitments-list';
import { CommitmentsTable } from '../../app/commitments/CommitmentsTable';
import { commitmentsTexts } from './texts';

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
        if (!useCommitmentSession.getState().open) openBlank();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openBlank]);
};

/** 告知承诺: the verifications the clerk owes, by deadline; or the form of a new commitment. */
export const CommitmentsPage = () => {
  const formOpen = useCommitmentSession((state) => state.open);
  const formKey = useCommitmentSession((state) => state.formKey);
  const openBlank = useCommitmentSession((state) => state.openBlank);
  useNewCommitmentShortcut(openBlank);
  // Each new start is a new form (react-hook-form starts from the session's draft as it mounts).
  if (formOpen) return <CommitmentForm key={formKey} />;
  return <CommitmentsList onNew={openBlank} />;
};

const CommitmentsList = ({ onNew }: { onNew: () => void }) => {
  // A change of the area (here, in another window or by a sync) makes the list old (staleAfter).
  const list = useCommitmentsList();
  return (
    <Stack spacing={1.5} data-testid="commitments-page">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="h2" component="h1" sx={{ flexGrow: 1 }}>
          {commitmentsTexts.pageTitle}
        </Typography>
        <Button size="small" onClick={list.refresh}>
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
      <CommitmentFiltersBar counts={list.response?.counts ?? noCounts} />
      <PagedListPanel
        state={list}
        sortFields={CommitmentSortField.options}
        testId="commitments"
        texts={commitmentsTexts}
      >
        {(server) => <CommitmentsTable items={list.items} server={server} />}
      </PagedListPanel>
      <Typography variant="caption" color="text.secondary" data-testid="commitments-shortcuts">
        {commitmentsTexts.shortcuts}
      </Typography>
    </Stack>
  );
};
