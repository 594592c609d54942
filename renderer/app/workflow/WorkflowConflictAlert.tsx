import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { WorkflowConflict } from '../../../shared/domain/commitment';
import { formatDateTime } from '../format';
import { workflowConflictTexts as texts } from './texts';

/** The item's own words for a conflict (its area knows what "the version" of a commitment or application is). */
export type ConflictWording = { title: string; hint: string; local: string; server: string };

type Props = {
  conflicts: readonly WorkflowConflict[];
  wording: ConflictWording;
  /** Each side in plain lines: what this client sent, the platform's version it answered with. */
  describeLocal: (value: unknown) => string[];
  describeServer: (value: unknown) => string[];
  /** 'commitment-conflict' | 'repair-conflict': the alert; -item, -local, -server, -rejected, -reason within. */
  testId: string;
};

const Lines = ({ title, lines, testId }: { title: string; lines: string[]; testId: string }) => (
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

const At = ({ at }: { at: string }) => (
  <Typography variant="caption" color="text.secondary">
    {texts.at(formatDateTime(at))}
  </Typography>
);

/**
 * Edits of a commitment or a repair application the platform did not take, never dropped: a conflict (the item
 * had moved on there) with both versions side by side; a rejection with the platform's reason and what was tried.
 */
export const WorkflowConflictAlert = ({
  conflicts,
  wording,
  describeLocal,
  describeServer,
  testId,
}: Props) => {
  const clashes = conflicts.filter((conflict) => conflict.state === 'conflict');
  const rejections = conflicts.filter((conflict) => conflict.state === 'rejected');
  if (conflicts.length === 0) return null;
  return (
    <Stack spacing={1}>
      {clashes.length > 0 && (
        <Alert severity="error" data-testid={testId}>
          <AlertTitle>{wording.title}</AlertTitle>
          <Typography variant="body2">{wording.hint}</Typography>
          {clashes.map((conflict) => (
            <Box key={conflict.mutationId} sx={{ mt: 1 }} data-testid={`${testId}-item`}>
              <At at={conflict.at} />
              <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 2 }}>
                <Lines
                  title={wording.local}
                  lines={describeLocal(conflict.local)}
                  testId={`${testId}-local`}
                />
                <Lines
                  title={wording.server}
                  lines={describeServer(conflict.server)}
                  testId={`${testId}-server`}
                />
              </Box>
            </Box>
          ))}
        </Alert>
      )}
      {rejections.length > 0 && (
        <Alert severity="error" data-testid={`${testId}-rejected`}>
          <AlertTitle>{texts.rejectedTitle}</AlertTitle>
          {rejections.map((rejection) => (
            <Box key={rejection.mutationId} sx={{ mb: 1 }} data-testid={`${testId}-item`}>
              <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid={`${testId}-reason`}>
                {texts.rejected(rejection.message === '' ? texts.noReason : rejection.message)}
              </Typography>
              <At at={rejection.at} />
              <Lines title={texts.tried} lines={describeLocal(rejection.local)} testId={`${testId}-local`} />
            </Box>
          ))}
          <Typography variant="body2">{texts.rejectedHint}</Typography>
        </Alert>
      )}
    </Stack>
  );
};
