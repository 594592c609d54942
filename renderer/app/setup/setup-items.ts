import type { AppInfo } from '../../../shared/domain/app';
import type { AuthStatus } from '../../../shared/domain/auth';
import { regionName } from '../../../shared/domain/regions';
import { setupTexts } from './texts';

export type SetupItem = {
  key: 'department' | 'departmentCode' | 'district' | 'platform' | 'enrolment';
  label: string;
  done: boolean;
  /** What is set now, or what to do. */
  detail: string;
  /** Where it is set. */
  page: 'settings' | 'sync';
};

/**
 * The first-run checklist: what a PC needs before its records and feedback carry the right office (受理单位 and its
 * code, 区划) and before it syncs (the platform from the deployment configuration, the enrolment). 区划 is
 * always set (the city by default) and is shown for a look, never as missing. With the demo data and no platform,
 * only the office is asked for.
 */
export function setupItems(info: AppInfo, device: AuthStatus['device'] | null): SetupItem[] {
  const { settings } = info;
  const platformUrl = device?.configuredPlatformUrl ?? info.connectivity.platformUrl;
  const texts = setupTexts.items;
  const office: SetupItem[] = [
    {
      key: 'department',
      label: texts.department,
      done: settings.department.trim() !== '',
      detail: settings.department.trim() || texts.departmentMissing,
      page: 'settings',
    },
    {
      key: 'departmentCode',
      label: texts.departmentCode,
      done: settings.departmentCode.trim() !== '',
      detail: settings.departmentCode.trim() || texts.departmentCodeMissing,
      page: 'settings',
    },
    {
      key: 'district',
      label: texts.district,
      done: true,
      detail: texts.districtDetail(regionName(settings.districtCode)),
      page: 'settings',
    },
  ];
  // The demo data set works without a platform (PLATFORM_URL=none, 培训模式): only the office is asked for.
  if (info.demoData && platformUrl === null) return office;
  return [
    ...office,
    {
      key: 'platform',
      label: texts.platform,
      done: platformUrl !== null,
      detail: platformUrl ?? texts.platformMissing,
      page: 'settings',
    },
    {
      key: 'enrolment',
      label: texts.enrolment,
      done: device?.enrolled === true,
      detail: device?.enrolled === true ? texts.enrolled : texts.enrolmentMissing,
      page: 'sync',
    },
  ];
}

export const setupComplete = (items: SetupItem[]): boolean => items.every((item) => item.done);
