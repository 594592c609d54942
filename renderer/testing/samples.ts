import type { AppInfo } from '../../shared/domain/app';

/** What app:info answers on a PC set up for an office, for component tests; override what a test is about. */
export const sampleAppInfo = (patch: Partial<AppInfo> = {}): AppInfo => ({
  version: '0.1.0',
  host: 'browser',
  dataDir: '/数据/信用核查工作台',
  cacheAsOf: '2026-12-06T09:00:00.000+08:00',
  demoData: false,
  trainingMode: false,
  settings: {
    staleAfterHours: 72,
    department: '叶县政务服务中心',
    departmentCode: '11410422MB1234567X',
    districtCode: '410422',
    lockAfterMinutes: 15,
    operatorName: '窗口',
  },
  connectivity: {
    state: 'online',
    platformUrl: 'https://xy.example.gov.cn',
    checkedAt: '2026-12-06T09:00:00.000+08:00',
  },
  ...patch,
});
