import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import SyncIcon from '@mui/icons-material/Sync';
import { SyncProgressBar } from './SyncProgressBar';
import { summaryText } from './sync-format';
import { DisabledReason, disabledReasonProps } from '../../app/form/DisabledReason';
import { useSyncStore } from '../../app/sync/sync-store';
import { syncTexts } from './texts';

/** 立即同步, the progress while it runs, and how the last sync ended. */
export const SyncRunPanel = ({ enrolled }: { enrolled: boolean }) => {
  const running = useSyncStore((state) => state.running);
  const progress = useSyncStore((state) => state.progress);
  const outcome = useSyncStore((state) => state.outcome);
  const runSync = useSyncStore((state) => state.runSync);
  const texts = syncTexts.run;
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
        <Button
          variant="contained"
          startIcon={<SyncIcon />}
          {...disabledReasonProps('sync-now', enrolled ? null : texts.notEnrolled, running)}
          onClick={() => void runSync()}
          data-testid="sync-now"
        >
          {running ? texts.running : texts.now}
        </Button>
        <DisabledReason testId="sync-now" reason={enrolled ? null : texts.notEnrolled} />
      </Stack>
      {running && <SyncProgressBar progress={progress} />}
      {!running && outcome !== null && (
        <Alert
          severity={outcome.ok ? 'success' : 'error'}
          data-testid="sync-result"
          data-ok={outcome.ok ? 'true' : 'false'}
        >
          {outcome.ok ? summaryText(outcome.summary) : outcome.message}
        </Alert>
      )}
    </Stack>
  );
};
