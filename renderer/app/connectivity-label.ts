import type { ConnectivityStatus } from '../../shared/domain/app';
import type { Tone } from '../theme/tokens';
import { formatDateTime } from './format';
import { appTexts } from './texts';

export type ConnectivityShown = { label: string; tone: Tone; detail: string; state: string };

/** 在线 / 离线 / 离线 · 未连接市平台, or 本机服务未连接 when the local service is down; shared by every place showing it. */
export const describeConnectivity = (
  reachable: boolean,
  status: ConnectivityStatus | null,
): ConnectivityShown => {
  const texts = appTexts.connectivity;
  if (!reachable) return { label: texts.serviceDown, tone: 'error', detail: '', state: 'service-down' };
  if (status === null) return { label: texts.unknown, tone: 'default', detail: '', state: 'unknown' };
  const detail = [
    status.platformUrl === null ? '' : texts.platform(status.platformUrl),
    texts.checkedAt(formatDateTime(status.checkedAt)),
  ]
    .filter((line) => line !== '')
    .join('；');
  const tone: Tone = status.state === 'online' ? 'success' : 'warning';
  return { label: texts[status.state], tone, detail, state: status.state };
};
