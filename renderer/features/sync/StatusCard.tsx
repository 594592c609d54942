import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SyncStatus } from '../../../shared/domain/sync';
import { useAppStore } from '../../app/app-store';
import { formatDateTime } from '../../app/format';
import { formatCount } from './sync-format';
import { SyncRunPanel } from './SyncRunPanel';
import { syncTexts } from './texts';

/** value null: not known (e.g. how far behind while the platform cannot be asked). */
type Stat = { label: string; value: number | null; testId: string; hint?: string; warn?: boolean };

const StatBox = ({ label, value, testId, hint, warn = false }: Stat) => (
  <Box title={hint} sx={{ minWidth: 0 }}>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    <Typography
      variant="h2"
      component="div"
      data-testid={testId}
      data-count={value ?? 'unknown'}
      color={warn && value !== null && value > 0 ? 'warning.main' : 'text.primary'}
    >
      {value === null ? syncTexts.status.unknown : syncTexts.status.count(formatCount(value))}
    </Typography>
  </Box>
);

/** How far this client is from the platform in both directions, and the button to close the gap. */
export const StatusCard = ({ status }: { status: SyncStatus }) => {
  const texts = syncTexts.status;
  // Offline (or never synced) the platform cannot be asked how far ahead it is: unknown, not 0.
  const online = useAppStore((state) => state.connectivity?.state === 'online');
  const behindKnown = online && status.lastSyncAt !== null;
  const stats: Stat[] = [
    {
      label: texts.behind,
      value: behindKnown ? status.behind : null,
      testId: 'sync-behind',
      hint: behindKnown ? texts.behindHint : texts.behindUnknownHint,
    },
    { label: texts.pending, value: status.outbox.pending, testId: 'sync-pending', hint: texts.pendingHint },
    { label: texts.delivered, value: status.outbox.delivered, testId: 'sync-delivered' },
    { label: texts.rejected, value: status.outbox.rejected, testId: 'sync-rejected-count', warn: true },
  ];
  if (status.outbox.conflict > 0) {
    stats.push({
      label: texts.conflict,
      value: status.outbox.conflict,
      testId: 'sync-conflict-count',
      warn: true,
    });
  }
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="sync-status">
      <Stack spacing={1.5}>
        <Typography variant="h3" component="h2">
          {texts.title}
        </Typography>
        <Typography variant="body2" data-testid="sync-last">
          <Typography component="span" variant="body2" color="text.secondary">
            {texts.lastSync}：
          </Typography>
          {status.lastSyncAt === null ? texts.never : formatDateTime(status.lastSyncAt)}
        </Typography>
        {status.enrolled && (
          // What the mode means is written out, not left to a mouse-only tooltip: a keyboard user reads it too.
          <div>
            <Typography variant="body2" data-testid="sync-mode" data-live={status.live}>
              <Typography component="span" variant="body2" color="text.secondary">
                {texts.mode}：
              </Typography>
              {status.live ? texts.live : texts.periodic}
            </Typography>
            <Typography variant="caption" color="text.secondary" component="div" data-testid="sync-mode-hint">
              {status.live ? texts.liveHint : texts.periodicHint}
            </Typography>
          </div>
        )}
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(96px, 1fr))', gap: 1.5 }}>
          {stats.map((stat) => (
            <StatBox key={stat.testId} {...stat} />
          ))}
        </Box>
        <SyncRunPanel enrolled={status.enrolled} />
      </Stack>
    </Paper>
  );
};
