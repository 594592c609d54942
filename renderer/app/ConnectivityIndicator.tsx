import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import Tooltip from '@mui/material/Tooltip';
import { useSyncStore } from './sync/sync-store';
import { useAppStore } from './app-store';
import { describeConnectivity } from './connectivity-label';
import { useRouter } from './router';
import { appTexts } from './texts';

/**
 * Visible on every page: 在线 / 离线 / 离线 · 未连接市平台, 本机服务未连接 when the local service is down, and
 * 同步中 with a spinner while a sync runs. A click opens the 同步 page.
 */
export const ConnectivityIndicator = () => {
  const reachable = useAppStore((state) => state.serviceReachable);
  const status = useAppStore((state) => state.connectivity);
  const syncing = useSyncStore((state) => state.running);
  const navigate = useRouter((state) => state.navigate);
  const shown = describeConnectivity(reachable, status);
  const showSyncing = reachable && syncing;
  const label = showSyncing ? appTexts.connectivity.syncing : shown.label;
  const detail = [shown.detail, appTexts.connectivity.openSync].filter((line) => line !== '').join('；');
  return (
    <Tooltip title={detail}>
      <Chip
        data-testid="connectivity"
        data-state={shown.state}
        data-syncing={showSyncing ? 'true' : 'false'}
        aria-live="polite"
        aria-label={`${appTexts.connectivity.label}：${label}`}
        label={label}
        icon={
          showSyncing ? (
            <CircularProgress size={14} color="inherit" data-testid="connectivity-syncing" />
          ) : undefined
        }
        onClick={() => navigate({ page: 'sync' })}
        color={shown.tone}
        variant={shown.tone === 'success' ? 'outlined' : 'filled'}
        sx={{ bgcolor: shown.tone === 'success' ? 'background.paper' : undefined, fontWeight: 500 }}
      />
    </Tooltip>
  );
};
