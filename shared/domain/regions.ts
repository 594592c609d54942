/**
 * GB/T 2260 codes of 平顶山市 (DOMAIN.md). The two marked (?) there are not confirmed from a primary text;
 * they are kept here as data with that flag so a deployment can correct them.
 */
export type Region = { code: string; name: string; unconfirmed?: boolean };

export const CITY_REGION: Region = { code: '410400', name: '平顶山市' };

export const regions: readonly Region[] = [
  CITY_REGION,
  { code: '410402', name: '新华区' },
  { code: '410403', name: '卫东区' },
  { code: '410404', name: '石龙区' },
  { code: '410411', name: '湛河区' },
  { code: '410421', name: '宝丰县' },
  { code: '410422', name: '叶县' },
  { code: '410423', name: '鲁山县' },
  { code: '410425', name: '郏县' },
  { code: '410481', name: '舞钢市' },
  { code: '410482', name: '汝州市' },
  { code: '410471', name: '高新区', unconfirmed: true },
  { code: '410472', name: '城乡一体化示范区', unconfirmed: true },
];

export const regionName = (code: string): string =>
  regions.find((region) => region.code === code)?.name ?? code;
