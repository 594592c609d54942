// The districts of 平顶山市 (GB/T 2260, DOMAIN.md) and what a generated row needs of them. 高新区 and 示范区 carry
// codes DOMAIN.md marks (?): they are kept as data here, like everything else in this table.
import { weighted, type Weighted } from './synthetic';

export type Region = {
  code: string;
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
};

const CITY_MSA = '平顶山市市场监督管理局';

// code, company prefix, shop prefix, address prefix, market regulator, court, court code, abbreviation,
// weight among organisations, among individual businesses, among natural persons (birthplace of the ID)
type Row = [string, string, string, string, string, string, string, string, number, number, number];
// prettier-ignore
const ROWS: readonly Row[] = [
  ['410400', '平顶山市', '平顶山市', '河南省平顶山市新华区', CITY_MSA, '平顶山市中级人民法院', '豫04', '平', 14, 0, 0],
  ['410402', '平顶山市', '新华区', '河南省平顶山市新华区', CITY_MSA, '平顶山市新华区人民法院', '豫0402', '平', 15, 6, 8],
  ['410403', '平顶山市', '卫东区', '河南省平顶山市卫东区', CITY_MSA, '平顶山市卫东区人民法院', '豫0403', '平', 12, 5, 7],
  ['410404', '平顶山市', '石龙区', '河南省平顶山市石龙区', CITY_MSA, '平顶山市石龙区人民法院', '豫0404', '平', 3, 2, 2],
  ['410411', '平顶山市', '湛河区', '河南省平顶山市湛河区', CITY_MSA, '平顶山市湛河区人民法院', '豫0411', '平', 11, 5, 6],
  ['410421', '宝丰县', '宝丰县', '河南省平顶山市宝丰县', '宝丰县市场监督管理局', '宝丰县人民法院', '豫0421', '宝', 8, 3, 5],
  ['410422', '叶县', '叶县', '河南省平顶山市叶县', '叶县市场监督管理局', '叶县人民法院', '豫0422', '叶', 8, 4, 8],
  ['410423', '鲁山县', '鲁山县', '河南省平顶山市鲁山县', '鲁山县市场监督管理局', '鲁山县人民法院', '豫0423', '鲁', 6, 3, 8],
  ['410425', '郏县', '郏县', '河南省平顶山市郏县', '郏县市场监督管理局', '郏县人民法院', '豫0425', '郏', 6, 3, 6],
  ['410481', '舞钢市', '舞钢市', '河南省舞钢市', '舞钢市市场监督管理局', '舞钢市人民法院', '豫0481', '舞', 7, 2, 3],
  ['410482', '汝州市', '汝州市', '河南省汝州市', '汝州市市场监督管理局', '汝州市人民法院', '豫0482', '汝', 10, 4, 9],
  ['410471', '平顶山', '高新区', '河南省平顶山市高新区', CITY_MSA, '平顶山市新华区人民法院', '豫0402', '平', 5, 1, 0],
  ['410472', '平顶山', '示范区', '河南省平顶山市城乡一体化示范区', CITY_MSA, '平顶山市湛河区人民法院', '豫0411', '平', 3, 1, 0],
];

const regions: readonly Region[] = ROWS.map(
  ([code, companyPrefix, shopPrefix, addressPrefix, marketRegulator, court, courtCode, abbreviation]) => ({
    code,
    companyPrefix,
    shopPrefix,
    addressPrefix,
    marketRegulator,
    court,
    courtCode,
    abbreviation,
  }),
);

const by = (weightAt: 8 | 9 | 10): Weighted<Region> =>
  weighted(regions.map((region, index) => [region, ROWS[index]?.[weightAt] ?? 0] as const));

export const organisationRegions = by(8);
export const shopRegions = by(9);
export const birthRegions = by(10);

export const ROADS = [
  '建设路',
  '中兴路',
  '开源路',
  '光明路',
  '和平路',
  '人民路',
  '文化路',
  '工业路',
  '长青路',
  '团结路',
  '友谊路',
  '新华路',
  '育英路',
  '湖滨路',
  '体育路',
  '迎宾大道',
  '凌云路',
  '东环路',
  '西环路',
  '南环路',
  '矿工路',
  '姚孟路',
  '神马大道',
  '香山路',
] as const;
