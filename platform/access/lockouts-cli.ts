import type { Db } from '../../node-shared/db/connection';
import { formatBeijing, toBeijingIso } from '../../shared/time';
import { liftLockouts, recentLockouts, type Lockout } from './lockouts.repo';

const LISTED = 200;
const scopeLabels: Record<Lockout['scope'], string> = { user: '用户名', address: '来源地址' };

const stateOf = (lockout: Lockout, now: string): string => {
  if (lockout.liftedAt !== null && lockout.liftedBy !== null)
    return `已由 ${lockout.liftedBy} 于 ${formatBeijing(lockout.liftedAt)} 解除`;
  return lockout.lockedUntil > now ? '锁定中' : '已到期';
};

/** `--lockouts`: the most recent login lockouts, newest first, one a line. */
export function listLockoutsCli(db: Db, now: Date): string {
  const lockouts = recentLockouts(db, LISTED);
  if (lockouts.length === 0) return '没有登录锁定记录';
  const at = toBeijingIso(now);
  const lines = lockouts.map((lockout) =>
    [
      formatBeijing(lockout.lockedAt),
      `${scopeLabels[lockout.scope]} ${lockout.subject}`,
      `失败 ${lockout.failures} 次`,
      `锁定至 ${formatBeijing(lockout.lockedUntil)}`,
      stateOf(lockout, at),
    ].join('  '),
  );
  return ['锁定时间  对象  失败次数  锁定至  状态', ...lines].join('\n');
}

/** `--unlock <username or address> --by <operator>`: lifts the locks in force on it, recorded with who did. */
export function unlockCli(db: Db, subject: string, by: string | undefined, now: Date): string {
  if (by === undefined || by.trim() === '') throw new Error('请用 --by 写明解除锁定的操作人员');
  const lifted = liftLockouts(db, subject, toBeijingIso(now), by.trim());
  return lifted === 0 ? `${subject} 当前没有生效的登录锁定` : `已解除 ${subject} 的登录锁定（${lifted} 条）`;
}
