// Places (GB/T 2260 codes of 平顶山市, see /work/shared/DOMAIN.md)
import { weighted } from '../../platform/generate/synthetic/index.ts';
import { chance, int, pick, pickWeighted } from './draws.ts';

export type Region = {
  code: string;
  name: string;
  /** Name prefix for enterprises registered here. */
  companyPrefix: string;
  /** Address prefix. */
  addressPrefix: string;
  /** Short prefix used for individual businesses (个体工商户). */
  shopPrefix: string;
  court: string;
  courtCode: string;
  marketRegulator: string;
  /** Abbreviation used in the synthetic decision numbers of county departments. */
  abbreviation: string;
  companyWeight: number;
  shopWeight: number;
  /** Whether the code is used as the birthplace part of citizen IDs. */
  forCitizens: boolean;
};

const CITY_MSA = '平顶山市市场监督管理局';
type RegionRow = [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  number,
  number,
  boolean,
];
// prettier-ignore
const REGION_ROWS: readonly RegionRow[] = [
  // code, name, company prefix, address prefix, shop prefix, court, court code, market regulator, abbreviation,
  // company weight, shop weight, used in citizen IDs. The courts of the two development zones are a demo assignment.
  ['410400', '平顶山市', '平顶山市', '河南省平顶山市新华区', '平顶山市', '平顶山市中级人民法院', '豫04', CITY_MSA, '平', 14, 0, false],
  ['410402', '新华区', '平顶山市', '河南省平顶山市新华区', '新华区', '平顶山市新华区人民法院', '豫0402', CITY_MSA, '平', 15, 6, true],
  ['410403', '卫东区', '平顶山市', '河南省平顶山市卫东区', '卫东区', '平顶山市卫东区人民法院', '豫0403', CITY_MSA, '平', 12, 5, true],
  ['410404', '石龙区', '平顶山市', '河南省平顶山市石龙区', '石龙区', '平顶山市石龙区人民法院', '豫0404', CITY_MSA, '平', 3, 2, true],
  ['410411', '湛河区', '平顶山市', '河南省平顶山市湛河区', '湛河区', '平顶山市湛河区人民法院', '豫0411', CITY_MSA, '平', 11, 5, true],
  ['410421', '宝丰县', '宝丰县', '河南省平顶山市宝丰县', '宝丰县', '宝丰县人民法院', '豫0421', '宝丰县市场监督管理局', '宝', 8, 3, true],
  ['410422', '叶县', '叶县', '河南省平顶山市叶县', '叶县', '叶县人民法院', '豫0422', '叶县市场监督管理局', '叶', 8, 4, true],
  ['410423', '鲁山县', '鲁山县', '河南省平顶山市鲁山县', '鲁山县', '鲁山县人民法院', '豫0423', '鲁山县市场监督管理局', '鲁', 6, 3, true],
  ['410425', '郏县', '郏县', '河南省平顶山市郏县', '郏县', '郏县人民法院', '豫0425', '郏县市场监督管理局', '郏', 6, 3, true],
  ['410481', '舞钢市', '舞钢市', '河南省舞钢市', '舞钢市', '舞钢市人民法院', '豫0481', '舞钢市市场监督管理局', '舞', 7, 2, true],
  ['410482', '汝州市', '汝州市', '河南省汝州市', '汝州市', '汝州市人民法院', '豫0482', '汝州市市场监督管理局', '汝', 10, 4, true],
  ['410471', '高新区', '平顶山', '河南省平顶山市高新区', '高新区', '平顶山市新华区人民法院', '豫0402', CITY_MSA, '平', 5, 0, false],
  ['410472', '城乡一体化示范区', '平顶山', '河南省平顶山市城乡一体化示范区', '示范区', '平顶山市湛河区人民法院', '豫0411', CITY_MSA, '平', 3, 0, false],
];
export const REGIONS: readonly Region[] = REGION_ROWS.map(
  ([
    code,
    name,
    companyPrefix,
    addressPrefix,
    shopPrefix,
    court,
    courtCode,
    marketRegulator,
    abbreviation,
    companyWeight,
    shopWeight,
    forCitizens,
  ]) => ({
    code,
    name,
    companyPrefix,
    addressPrefix,
    shopPrefix,
    court,
    courtCode,
    marketRegulator,
    abbreviation,
    companyWeight,
    shopWeight,
    forCitizens,
  }),
);

export function region(code: string): Region {
  const found = REGIONS.find((r) => r.code === code);
  if (!found) throw new Error(`unknown region ${code}`);
  return found;
}
export const companyRegion = (): Region =>
  pickWeighted(weighted(REGIONS.map((r) => [r, r.companyWeight] as const)));
export const shopRegion = (): Region =>
  pickWeighted(weighted(REGIONS.map((r) => [r, r.shopWeight] as const)));

const ROADS = [
  ...'建设路 中兴路 开源路 光明路 和平路 人民路 文化路 工业路 长青路 团结路 友谊路 新华路 育英路 湖滨路 体育路 迎宾大道 凌云路 东环路 西环路 南环路'.split(
    ' ',
  ),
];
export const address = (r: Region): string =>
  `${r.addressPrefix}${pick(ROADS)}${chance(0.3) ? pick(['东段', '西段', '中段', '南段', '北段']) : ''}${int(1, 399)}号`;
