import { CHAIN_MESSAGES } from '../../node-shared/audit/chain';
import type { Db } from '../../node-shared/db/connection';
import { listChainHeads, type DeviceChainSummary } from './chain-heads.repo';

const lineOf = (device: DeviceChainSummary): string => {
  const name = `${device.number === null ? '—' : String(device.number).padStart(3, '0')} ${device.name}`;
  const state =
    device.broken === null
      ? `完整，已确认至第 ${device.headSeq} 条`
      : `断链：${CHAIN_MESSAGES[device.broken.reason](device.broken.seq)}（${device.broken.at} 发现；此前已确认至第 ${device.headSeq} 条）`;
  return `${name}\t已接收 ${device.received} 条\t${state}`;
};

/**
 * `--audit-status`: each enrolled device's audit chain as the platform verified it. Exit code 1 when any chain
 * is broken, so a scheduled check can alert.
 */
export function auditStatusCli(db: Db): { text: string; broken: boolean } {
  const devices = listChainHeads(db);
  if (devices.length === 0) return { text: '尚无已登记的设备', broken: false };
  return {
    text: ['审计日志哈希链（按设备）', ...devices.map(lineOf)].join('\n'),
    broken: devices.some((device) => device.broken !== null),
  };
}
