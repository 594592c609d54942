import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { WorkflowConflict } from '../../../../shared/domain/commitment';
import { formatDateTime } from '../../../app/format';
import { detailTexts } from '../texts';
import { describeVersion } from './conflict-versions';

const Side = ({ title, lines, testId }: { title: string; lines: string[]; testId: string }) => (
  <Box sx={{ minWidth: 0 }} data-testid={testId}>
    <Typography variant="subtitle2" component="h3">
      {title}
    </Typography>
    <Box component="ul" sx={{ m: 0, pl: 2.5, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </Box>
  </Box>
);

/** Edits the platform refused because the item had moved on: both sides, side by side, for the clerk. */
export const ConflictAlert = ({ conflicts }: { conflicts: readonly WorkflowConflict[] }) => {
  const texts = detailTexts.conflict;
  if (conflicts.length === 0) return null;
  return (
    <Alert severity="error" data-testid="commitment-conflict">
      <AlertTitle>{texts.title}</AlertTitle>
      <Typography variant="body2">{texts.hint}</Typography>
      {conflicts.map((conflict) => (
        <Box key={conflict.mutationId} sx={{ mt: 1 }}>
          <Typography variant="caption" color="text.secondary">
            {texts.at(formatDateTime(conflict.at))}
          </Typography>
          <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 2 }}>
            <Side title={texts.local} lines={describeVersion(conflict.local)} testId="conflict-local" />
            <Side title={texts.server} lines={describeVersion(conflict.server)} testId="conflict-server" />
          </Box>
        </Box>
      ))}
    </Alert>
  );
};
