import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { EnrolSection } from './EnrolSection';
import { LastErrorAlert } from './LastErrorAlert';
import { PendingList } from './PendingList';
import { PlatformCard } from './PlatformCard';
import { RejectedTable } from './RejectedTable';
import { ReviewsSection } from './ReviewsSection';
import { StatusCard } from './StatusCard';
import { useAskedOnOpen } from '../../app/list/use-asked-on-open';
import { useSyncStatus } from '../../app/sync/use-sync-status';
import { syncTexts } from './texts';

/** 同步: the platform this PC syncs with, how far apart they are, what was refused, and what needs 复核. */
export const SyncPage = () => {
  useAskedOnOpen('sync:status');
  const { status, statusError, refresh } = useSyncStatus();
  return (
    <Stack spacing={2} data-testid="sync-page" sx={{ maxWidth: 1200 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h2" component="h1">
          {syncTexts.pageTitle}
        </Typography>
        <Button size="small" onClick={refresh} data-testid="sync-refresh">
          {syncTexts.refresh}
        </Button>
      </Stack>
      {statusError !== null && (
        <Alert severity="error" data-testid="sync-status-error">
          {syncTexts.statusError(statusError)}
        </Alert>
      )}
      {status === null ? (
        statusError === null && <Typography color="text.secondary">{syncTexts.loading}</Typography>
      ) : (
        <>
          <Box
            sx={{
              display: 'grid',
              gap: 2,
              alignItems: 'start',
              gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' },
            }}
          >
            <PlatformCard status={status} />
            <StatusCard status={status} />
          </Box>
          <LastErrorAlert lastError={status.lastError} />
          <RejectedTable entries={status.rejected} />
          <PendingList items={status.pendingItems} total={status.outbox.pending} />
          <ReviewsSection />
          <EnrolSection status={status} />
        </>
      )}
    </Stack>
  );
};
