import { Settings, type SettingsUpdate } from '../../../shared/domain/app';
import { DEFAULT_LOCK_AFTER_MINUTES } from '../../../shared/auth/inactivity';
import { CITY_REGION } from '../../../shared/domain/regions';
import { requestErrorMap } from '../../../shared/contract/request-messages';
import { err, ok, type Result } from '../../../shared/result';
import type { Db } from '../../../node-shared/db/connection';
import { getMeta, setMeta } from './meta.repo';

export type SettingsService = {
  get: () => Settings;
  update: (update: SettingsUpdate) => Result<Settings>;
  /**
   * The deployment's default 受理单位 and district, into settings whose unit nobody has filled (neither name nor
   * code): never over what an administrator or an enrolment set.
   */
  adoptDefaultUnit: (unit: { name: string; code: string; districtCode: string }) => void;
};

export function createSettingsService(db: Db, defaults: { staleAfterHours: number }): SettingsService {
  const fallback: Settings = {
    staleAfterHours: defaults.staleAfterHours,
    operatorName: '窗口工作人员',
    department: '',
    departmentCode: '',
    districtCode: CITY_REGION.code,
    lockAfterMinutes: DEFAULT_LOCK_AFTER_MINUTES,
  };
  const get = (): Settings => {
    const stored = getMeta(db, 'settings');
    if (stored === null) return fallback;
    // Settings written by an older version may miss fields: fill them from the defaults.
    const parsed = Settings.safeParse({ ...fallback, ...(JSON.parse(stored) as object) });
    return parsed.success ? parsed.data : fallback;
  };
  const update = (change: SettingsUpdate): Result<Settings> => {
    // A field sent as undefined (IPC keeps it) is a field not changed, not one emptied.
    const given = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
    const next = Settings.safeParse({ ...get(), ...given }, { error: requestErrorMap });
    if (!next.success) return err('SETTINGS_INVALID', '设置内容不正确，请检查后重试', next.error.issues);
    setMeta(db, 'settings', JSON.stringify(next.data));
    return ok(next.data);
  };
  return {
    get,
    update,
    adoptDefaultUnit: (unit) => {
      const current = get();
      if (current.department !== '' || current.departmentCode !== '') return;
      update({ department: unit.name, departmentCode: unit.code, districtCode: unit.districtCode });
    },
  };
}
