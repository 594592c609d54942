import { MAX_LOCK_AFTER_MINUTES, MIN_LOCK_AFTER_MINUTES } from '../../../shared/auth/inactivity';
import type { Settings } from '../../../shared/domain/app';
import { settingsTexts } from './texts';

/** What the page edits: the operator is no longer a setting (it is whoever is signed in). */
export type EditableSettings = Omit<Settings, 'operatorName'>;

export type SettingsDraft = {
  department: string;
  departmentCode: string;
  districtCode: string;
  staleAfterHours: string;
  lockAfterMinutes: string;
};
export type SettingsErrors = Partial<Record<keyof SettingsDraft, string>>;

export const toDraft = (settings: EditableSettings): SettingsDraft => ({
  department: settings.department,
  departmentCode: settings.departmentCode,
  districtCode: settings.districtCode,
  staleAfterHours: String(settings.staleAfterHours),
  lockAfterMinutes: String(settings.lockAfterMinutes),
});

const integerIn = (text: string, min: number, max: number): number | null => {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max ? value : null;
};

/** The contract's limits (Settings in shared/domain/app.ts) with this page's messages. */
export const toSettings = (
  draft: SettingsDraft,
): { ok: true; value: EditableSettings } | { ok: false; errors: SettingsErrors } => {
  const errors: SettingsErrors = {};
  const department = draft.department.trim();
  const departmentCode = draft.departmentCode.trim();
  const hours = integerIn(draft.staleAfterHours, 1, 24 * 365);
  const minutes = integerIn(draft.lockAfterMinutes, MIN_LOCK_AFTER_MINUTES, MAX_LOCK_AFTER_MINUTES);
  if (department.length > 100) errors.department = settingsTexts.departmentTooLong;
  if (departmentCode.length > 32) errors.departmentCode = settingsTexts.departmentCodeTooLong;
  if (hours === null) errors.staleAfterHours = settingsTexts.staleInvalid;
  if (minutes === null) errors.lockAfterMinutes = settingsTexts.lockInvalid;
  if (hours === null || minutes === null || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      department,
      departmentCode,
      districtCode: draft.districtCode,
      staleAfterHours: hours,
      lockAfterMinutes: minutes,
    },
  };
};
