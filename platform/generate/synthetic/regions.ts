// The districts of 平顶山市 (GB/T 2260, DOMAIN.md) and what a synthetic subject needs of them: name prefixes, the
// address, the market regulator and court, and how often subjects of each kind are registered (or born) there.
// 高新区 and 示范区 carry codes DOMAIN.md marks (?): they are kept as data here, like everything else in this
// table, and their courts are a demo assignment.
import type { NameSource } from './names';
import { weighted, type Draw, type Weighted } from './random';
import { CITY_MSA } from './record-templates';

export type Region = {
  code: string;
  name: string;
  /** Prefix of enterprise names registered here (平顶山市…有限公司, 叶县…有限公司). */
  companyPrefix: string;
  /** Prefix of individual businesses' names (新华区…便利店). */
  shopPrefix: string;
  addressPrefix: string;
  marketRegulator: string;
  court: string;
  /** Court code in enforcement case numbers: （2025）豫0411执123号. */
  courtCode: string;
  /** First character of the county departments' document numbers (叶市监罚〔2025〕…). */
  abbreviation: string;
  /** 41047x: a development zone of the city, not a district or county. */
  developmentZone: boolean;
  /** Relative numbers of organisations, individual businesses and natural persons (birthplace of the ID). */
  weights: { organisations: number; shops: number; persons: number };
};

// code, name, company prefix, shop prefix, address prefix, market regulator, court, court code, abbreviation,
// weight among organisations, among individual businesses, among natural persons
type Row = [string, string, string, string, string, string, string, string, string, number, number, number];
// prettier-ignore
const ROWS: readonly Row[] = [
  ['410400', '平顶山市', '平顶山市', '平顶山市', '河南省平顶山市新华区', CITY_MSA, '平顶山市中级人民法院', '豫04', '平', 14, 0, 0],
  ['410402', '新华区', '平顶山市', '新华区', '河南省平顶山市新华区', CITY_MSA, '平顶山市新华区人民法院', '豫0402', '平', 15, 6, 8],
  ['410403', '卫东区', '平顶山市', '卫东区', '河南省平顶山市卫东区', CITY_MSA, '平顶山市卫东区人民法院', '豫0403', '平', 12, 5, 7],
  ['410404', '石龙区', '平顶山市', '石龙区', '河南省平顶山市石龙区', CITY_MSA, '平顶山市石龙区人民法院', '豫0404', '平', 3, 2, 2],
  ['410411', '湛河区', '平顶山市', '湛河区', '河南省平顶山市湛河区', CITY_MSA, '平顶山市湛河区人民法院', '豫0411', '平', 11, 5, 6],
  ['410421', '宝丰县', '宝丰县', '宝丰县', '河南省平顶山市宝丰县', '宝丰县市场监督管理局', '宝丰县人民法院', '豫0421', '宝', 8, 3, 5],
  ['410422', '叶县', '叶县', '叶县', '河南省平顶山市叶县', '叶县市场监督管理局', '叶县人民法院', '豫0422', '叶', 8, 4, 8],
  ['410423', '鲁山县', '鲁山县', '鲁山县', '河南省平顶山市鲁山县', '鲁山县市场监督管理局', '鲁山县人民法院', '豫0423', '鲁', 6, 3, 8],
  ['410425', '郏县', '郏县', '郏县', '河南省平顶山市郏县', '郏县市场监督管理局', '郏县人民法院', '豫0425', '郏', 6, 3, 6],
  ['410481', '舞钢市', '舞钢市', '舞钢市', '河南省舞钢市', '舞钢市市场监督管理局', '舞钢市人民法院', '豫0481', '舞', 7, 2, 3],
  ['410482', '汝州市', '汝州市', '汝州市', '河南省汝州市', '汝州市市场监督管理局', '汝州市人民法院', '豫0482', '汝', 10, 4, 9],
  ['410471', '高新区', '平顶山', '高新区', '河南省平顶山市高新区', CITY_MSA, '平顶山市新华区人民法院', '豫0402', '平', 5, 1, 0],
  ['410472', '城乡一体化示范区', '平顶山', '示范区', '河南省平顶山市城乡一体化示范区', CITY_MSA, '平顶山市湛河区人民法院', '豫0411', '平', 3, 1, 0],
];

export const REGIONS: readonly Region[] = ROWS.map(
  ([
    code,
    name,
    company,
    shop,
    address,
    regulator,
    court,
    courtCode,
    abbreviation,
    organisations,
    shops,
    persons,
  ]) => ({
    code,
    name,
    companyPrefix: company,
    shopPrefix: shop,
    addressPrefix: address,
    marketRegulator: regulator,
    court,
    courtCode,
    abbreviation,
    developmentZone: code.startsWith('41047'),
    weights: { organisations, shops, persons },
  }),
);

export function regionOf(code: string): Region {
  const found = REGIONS.find((region) => region.code === code);
  if (!found) throw new Error(`unknown region ${code}`);
  return found;
}

const by = (weight: (region: Region) => number): Weighted<Region> =>
  weighted(REGIONS.map((region) => [region, weight(region)] as const));

export const organisationRegions = by((region) => region.weights.organisations);
export const shopRegions = by((region) => region.weights.shops);
export const birthRegions = by((region) => region.weights.persons);
/** The demo data set's few dozen shops are all in the districts and counties, none in a development zone. */
export const demoShopRegions = by((region) => (region.developmentZone ? 0 : region.weights.shops));

const SECTIONS = ['东段', '西段', '中段', '南段', '北段'];
/** A section of a road (东段 …) with probability `share`, else ''. */
export const roadSection = (draw: Draw, share: number): string =>
  draw.chance(share) ? draw.pick(SECTIONS) : '';

/** An address in the region: 河南省平顶山市叶县建设路东段12号. */
export const addressOf = (region: Region, road: string, section: string, number: number): string =>
  `${region.addressPrefix}${road}${section}${number}号`;

/** A road of the source, a section with probability `sectionShare`, a number: drawn in that order. */
export const drawAddress = (draw: Draw, region: Region, names: NameSource, sectionShare: number): string =>
  addressOf(region, draw.pick(names.roads), roadSection(draw, sectionShare), draw.int(1, 399));
