import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SyncProgress } from '../../../shared/domain/sync';
import { formatCount, formatRate, progressPercent } from './sync-format';
import { syncTexts } from './texts';

/** Determinate once the platform has said how much there is, indeterminate before (and before any event). */
export const SyncProgressBar = ({ progress }: { progress: SyncProgress | null }) => {
  const texts = syncTexts.progress;
  const percent = progress === null ? null : progressPercent(progress.done, progress.total);
  return (
    <Box data-testid="sync-progress" data-phase={progress?.phase ?? ''}>
      <LinearProgress
        aria-label={texts.label}
        variant={percent === null ? 'indeterminate' : 'determinate'}
        value={percent ?? undefined}
      />
      {progress !== null && (
        <Stack direction="row" spacing={2} sx={{ mt: 0.5 }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid="sync-phase">
            {texts.phase[progress.phase]}
          </Typography>
          {progress.phase === 'index' ? (
            // The rows are in; the build has no count to show.
            <Typography variant="body2" color="text.secondary">
              {texts.indexing}
            </Typography>
          ) : (
            <>
              <Typography variant="body2" data-testid="sync-counts">
                {texts.counts(
                  formatCount(progress.done),
                  progress.total === null ? null : formatCount(progress.total),
                )}
              </Typography>
              <Typography variant="body2" color="text.secondary" data-testid="sync-rate">
                {texts.rate(formatRate(progress.ratePerSecond))}
              </Typography>
            </>
          )}
        </Stack>
      )}
    </Box>
  );
};
