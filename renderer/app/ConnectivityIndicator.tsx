import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import type { ConnectivityStatus } from '../../shared/domain/app';
import type { Tone } from '../theme/tokens';
import { useAppStore } from './app-store';
import { formatDateTime } from './format';
import { appTexts } from './texts';

type Shown = { label: string; tone: Tone; detail: string };

const describe = (reachable: boolean, status: ConnectivityStatus | null): Shown => {
  const texts = appTexts.connectivity;
  if (!reachable) return { label: texts.serviceDown, tone: 'error', detail: '' };
  if (status === null) return { label: texts.unknown, tone: 'default', detail: '' };
  const detail = [
    status.platformUrl === null ? '' : texts.platform(status.platformUrl),
    texts.checkedAt(formatDateTime(status.checkedAt)),
  ]
    .filter((line) => line !== '')
    .join('；');
  const tone: Tone = status.state === 'online' ? 'success' : 'warning';
  return { label: texts[status.state], tone, detail };
};

/** Visible on every page: 在线 / 离线 / 离线 · 未连接市平台, or 本机服务未连接 when the local service is down. */
export const ConnectivityIndicator = () => {
  const reachable = useAppStore((state) => state.serviceReachable);
  const status = useAppStore((state) => state.connectivity);
  const shown = describe(reachable, status);
  return (
    <Tooltip title={shown.detail}>
      <Chip
        data-testid="connectivity"
        data-state={reachable ? (status?.state ?? 'unknown') : 'service-down'}
        role="status"
        aria-label={`${appTexts.connectivity.label}：${shown.label}`}
        label={shown.label}
        color={shown.tone}
        variant={shown.tone === 'success' ? 'outlined' : 'filled'}
        sx={{ bgcolor: shown.tone === 'success' ? 'background.paper' : undefined, fontWeight: 500 }}
      />
    </Tooltip>
  );
};
