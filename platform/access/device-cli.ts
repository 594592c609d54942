import type { Db } from '../../node-shared/db/connection';
import { formatBeijing } from '../../shared/time';
import { listDevices, requestTokenRotation, revokeDevice } from './device-lifecycle';

/** --devices: one line per enrolled device. */
export function listDevicesCli(db: Db): string {
  const devices = listDevices(db);
  if (devices.length === 0) return '尚无登记的设备';
  return devices
    .map((device) =>
      [
        device.deviceId,
        `编号 ${device.deviceNumber ?? '—'}`,
        device.name,
        `登记于 ${formatBeijing(device.enrolledAt)}`,
        device.revokedAt !== null
          ? `已停用（${formatBeijing(device.revokedAt)}）`
          : device.rotationRequestedAt !== null
            ? '待更换令牌'
            : '正常',
      ].join('  '),
    )
    .join('\n');
}

/** --revoke-device <id>: the message and the exit code. */
export function revokeDeviceCli(db: Db, deviceId: string, now: Date): { message: string; exitCode: number } {
  return revokeDevice(db, deviceId, now) === 'done'
    ? { message: `设备 ${deviceId} 已停用：其令牌自下一次请求起被拒绝`, exitCode: 0 }
    : { message: `没有这台设备：${deviceId}`, exitCode: 1 };
}

/** --rotate-device-token <id>: the message and the exit code. */
export function rotateDeviceTokenCli(
  db: Db,
  deviceId: string,
  now: Date,
): { message: string; exitCode: number } {
  const outcome = requestTokenRotation(db, deviceId, now);
  if (outcome === 'unknown-device') return { message: `没有这台设备：${deviceId}`, exitCode: 1 };
  if (outcome === 'revoked') return { message: `设备 ${deviceId} 已停用，无法更换令牌`, exitCode: 1 };
  return {
    message: `设备 ${deviceId} 将在下一次同步时取得新令牌；新令牌首次使用后，旧令牌即被拒绝`,
    exitCode: 0,
  };
}
