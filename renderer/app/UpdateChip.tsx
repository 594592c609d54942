import SystemUpdateAltIcon from '@mui/icons-material/SystemUpdateAlt';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { updateChip } from '../../shared/domain/updates';
import { useCoreQuery } from './query/query-client';

/** How often the app bar asks the shell where updates stand (the shell itself checks every 4 hours). */
const POLL_MS = 10 * 60 * 1000;

/**
 * 有新版本 in the app bar once the desktop app has downloaded and checked an update; it is installed when the
 * app next restarts (the tooltip says so). Nothing is shown otherwise, nor in the browser host (no updater).
 */
export const UpdateChip = () => {
  const status = useCoreQuery('app:update-status', {}, { refetchInterval: POLL_MS }).data ?? null;
  const chip = status === null ? null : updateChip(status);
  if (chip === null) return null;
  return (
    <Tooltip title={chip.tooltip}>
      <Chip
        data-testid="update-available"
        icon={<SystemUpdateAltIcon />}
        label={chip.label}
        aria-label={`${chip.label}，${chip.tooltip}`}
        size="small"
        color="warning"
        sx={{ fontWeight: 500, flexShrink: 0 }}
      />
    </Tooltip>
  );
};
