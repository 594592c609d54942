import type { Settings } from '../../../shared/domain/app';
import { settingsTexts } from './texts';

export type SettingsDraft = {
  operatorName: string;
  department: string;
  departmentCode: string;
  districtCode: string;
  staleAfterHours: string;
};
export type SettingsErrors = Partial<Record<keyof SettingsDraft, string>>;

export const toDraft = (settings: Settings): SettingsDraft => ({
  operatorName: settings.operatorName,
  department: settings.department,
  departmentCode: settings.departmentCode,
  districtCode: settings.districtCode,
  staleAfterHours: String(settings.staleAfterHours),
});

/** The contract's limits (Settings in shared/domain/app.ts) with this page's messages. */
export const toSettings = (
  draft: SettingsDraft,
): { ok: true; value: Settings } | { ok: false; errors: SettingsErrors } => {
  const errors: SettingsErrors = {};
  const operatorName = draft.operatorName.trim();
  const department = draft.department.trim();
  const departmentCode = draft.departmentCode.trim();
  const hours = Number(draft.staleAfterHours.trim());
  if (operatorName === '') errors.operatorName = settingsTexts.operatorRequired;
  else if (operatorName.length > 50) errors.operatorName = settingsTexts.operatorTooLong;
  if (department.length > 100) errors.department = settingsTexts.departmentTooLong;
  if (departmentCode.length > 32) errors.departmentCode = settingsTexts.departmentCodeTooLong;
  if (draft.staleAfterHours.trim() === '' || !Number.isInteger(hours) || hours < 1 || hours > 24 * 365) {
    errors.staleAfterHours = settingsTexts.staleInvalid;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      operatorName,
      department,
      departmentCode,
      districtCode: draft.districtCode,
      staleAfterHours: hours,
    },
  };
};
