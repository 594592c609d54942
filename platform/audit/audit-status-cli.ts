import { CHAIN_MESSAGES } from '../../node-shared/audit/chain';
import type { Db } from '../../node-shared/db/connection';
import { formatBeijing } from '../../shared/time';
import { listChainHeads, type DeviceChainSummary } from './chain-heads.repo';

/** One device: a line with its state, then each break on a line of its own (where, what, when found). */
const linesOf = (device: DeviceChainSummary): string[] => {
  const name = `${device.number === null ? '—' : String(device.number).padStart(3, '0')} ${device.name}`;
  if (device.breaks.length === 0)
    return [`${name}\t已接收 ${device.received} 条\t完整，已确认至第 ${device.headSeq} 条`];
  return [
    `${name}\t已接收 ${device.received} 条\t断链 ${device.breaks.length} 处（已核验至第 ${device.headSeq} 条）：`,
    ...device.breaks.map(
      (found) => `\t· ${CHAIN_MESSAGES[found.reason](found.seq)}（${formatBeijing(found.at)} 发现）`,
    ),
  ];
};

/**
 * `--audit-status`: each enrolled device's audit chain as the platform verified it, with every break found.
 * Exit code 1 when any chain is broken, so a scheduled check can alert.
 */
export function auditStatusCli(db: Db): { text: string; broken: boolean } {
  const devices = listChainHeads(db);
  if (devices.length === 0) return { text: '尚无已登记的设备', broken: false };
  return {
    text: ['审计日志哈希链（按设备）', ...devices.flatMap(linesOf)].join('\n'),
    broken: devices.some((device) => device.breaks.length > 0),
  };
}
