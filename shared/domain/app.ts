import { z } from 'zod';
import { freeText } from './free-text';
import { MAX_LOCK_AFTER_MINUTES, MIN_LOCK_AFTER_MINUTES } from '../auth/inactivity';
import { isoDateTime } from './catalogue';
import { unitCode } from './contact-fields';

/** Where the core runs: the Electron main process, or the loopback browser host. */
export const HostKind = z.enum(['electron', 'browser']);

export const Settings = z.object({
  /** Cached data older than this many hours is shown as stale and every verdict needs 人工研判. */
  staleAfterHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 365),
  department: freeText({ max: 100, tooLong: '部门名称过长' }),
  /** 受理单位代码: the department's 统一社会信用代码 or own code, prefilled as the accepting unit's code. */
  departmentCode: freeText({ max: 32, tooLong: '部门代码过长' }),
  districtCode: z.string().regex(/^\d{6}$/),
  /** The session locks after this many minutes without activity (shared/auth/inactivity.ts). */
  lockAfterMinutes: z.number().int().min(MIN_LOCK_AFTER_MINUTES).max(MAX_LOCK_AFTER_MINUTES),
  /**
   * Kept for settings files written before sign-in existed; no longer shown or used: the operator recorded on
   * every act is the signed-in user.
   */
  operatorName: freeText({ max: 50, tooLong: '姓名过长' }).min(1, '请填写姓名'),
});
export type Settings = z.infer<typeof Settings>;

/** What the administrator saves: the office's code of the right shape (stored settings keep the looser one). */
export const SettingsUpdate = Settings.partial().extend({ departmentCode: unitCode().optional() });
export type SettingsUpdate = z.infer<typeof SettingsUpdate>;

/** no-platform: none configured yet; online / offline: the last probe of the configured platform. */
export const ConnectivityStatus = z.object({
  state: z.enum(['no-platform', 'online', 'offline']),
  platformUrl: z.string().nullable(),
  checkedAt: isoDateTime,
});
export type ConnectivityStatus = z.infer<typeof ConnectivityStatus>;

export const AppInfo = z.object({
  version: z.string(),
  host: HostKind,
  dataDir: z.string(),
  cacheAsOf: isoDateTime.nullable(),
  /** True while the cache holds the bundled demo data set (演示数据). */
  demoData: z.boolean(),
  /** 培训模式 (deployment.json trainingMode): every page says so; the data are fictitious. */
  trainingMode: z.boolean(),
  settings: Settings,
  connectivity: ConnectivityStatus,
});
export type AppInfo = z.infer<typeof AppInfo>;
