import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { SyncStatus } from '../../../shared/domain/sync';
import { formatDateTime } from '../../app/format';
import { syncTexts } from './texts';

/** Why the last sync failed, as the core reported it; the next sync retries by itself. */
export const LastErrorAlert = ({ lastError }: { lastError: SyncStatus['lastError'] }) => {
  if (lastError === null) return null;
  const texts = syncTexts.lastError;
  return (
    <Alert severity="warning" data-testid="sync-error" data-code={lastError.code}>
      <AlertTitle>{texts.title}</AlertTitle>
      {lastError.message}
      <div>{texts.at(formatDateTime(lastError.at))}</div>
    </Alert>
  );
};
