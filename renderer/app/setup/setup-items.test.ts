import { describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../shared/domain/app';
import { sampleAppInfo } from '../../testing/samples';
import { setupComplete, setupItems } from './setup-items';

const info = (settings: Partial<AppInfo['settings']>, platformUrl: string | null = null): AppInfo => {
  const sample = sampleAppInfo();
  return sampleAppInfo({
    settings: { ...sample.settings, department: '', departmentCode: '', districtCode: '410400', ...settings },
    connectivity: { ...sample.connectivity, state: 'no-platform', platformUrl },
  });
};

describe('the first-run checklist', () => {
  it('lists what a fresh PC lacks, in Chinese, and where to set it', () => {
    const items = setupItems(info({}), { enrolled: false, configuredPlatformUrl: null });
    expect(items.filter((item) => !item.done).map((item) => item.label)).toEqual([
      '受理单位名称',
      '受理单位代码',
      '市平台地址',
      '本机登记',
    ]);
    expect(items.find((item) => item.key === 'district')?.detail).toBe('平顶山市（县区窗口请改为本县区）');
    expect(items.find((item) => item.key === 'enrolment')?.page).toBe('sync');
    expect(setupComplete(items)).toBe(false);
    for (const item of items) expect(`${item.label}${item.detail}`).not.toMatch(/[A-Za-z]/);
  });

  it('is complete once the office, its code, the platform and the enrolment are there', () => {
    const items = setupItems(
      info({ department: '叶县政务服务中心', departmentCode: '11410422MB1234567X', districtCode: '410422' }),
      { enrolled: true, configuredPlatformUrl: 'https://xy.example.gov.cn' },
    );
    expect(setupComplete(items)).toBe(true);
    expect(items.find((item) => item.key === 'district')?.detail).toBe('叶县（县区窗口请改为本县区）');
  });

  it('counts a blank office name as missing', () => {
    const items = setupItems(info({ department: '   ', departmentCode: 'X' }, 'https://p'), {
      enrolled: true,
      configuredPlatformUrl: 'https://p',
    });
    expect(items.filter((item) => !item.done).map((item) => item.key)).toEqual(['department']);
  });
});

describe('with the demo data and no platform', () => {
  it('asks only for the office', () => {
    const items = setupItems(
      { ...info({}), demoData: true },
      { enrolled: false, configuredPlatformUrl: null },
    );
    expect(items.map((item) => item.key)).toEqual(['department', 'departmentCode', 'district']);
  });
});
