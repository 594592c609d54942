// Deterministic generator of the demo data set (resources/demo/demo-data.json).
// 演示数据：全部主体、代码与记录均为合成数据，不对应任何真实主体。
//
// Run: npm run demo:generate   (node --experimental-strip-types, Node ≥ 22.6)
// The output depends only on SEED and the constants below: running it twice gives byte-identical JSON.
// Schema validation (zod) lives in resources/demo/demo-data.test.ts; this script checks identifiers, dates and
// references itself and refuses to write an inconsistent file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CreditRecord, ListEntry, Subject } from '../shared/domain/subject';
import {
  USCC_CHARSET,
  citizenIdCheckChar,
  orgCodeCheckChar,
  usccCheckChar,
} from '../shared/identifiers/check-chars.ts';

const SEED = 0x50d5_2026;
const AS_OF = '2026-11-01';
const UPDATED_AT = '2026-11-01T00:00:00.000Z';
const NOTICE = '演示数据：全部主体、代码与记录均为合成数据，不对应任何真实主体。';
const OUTPUT = fileURLToPath(new URL('../resources/demo/demo-data.json', import.meta.url));

// ---------------------------------------------------------------------------------------------------------------
// Seeded randomness

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(SEED);
const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
const chance = (p: number): boolean => random() < p;
function pick<T>(items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}
function weighted<T>(items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  const last = items[items.length - 1];
  if (last === undefined) throw new Error('weighted pick from an empty list');
  return last[0];
}
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

// ---------------------------------------------------------------------------------------------------------------
// Dates (calendar dates as UTC day numbers; never after AS_OF)

const DAY = 86_400_000;
const toDays = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY;
const fromDays = (days: number): string => new Date(days * DAY).toISOString().slice(0, 10);
const addDays = (iso: string, days: number): string => fromDays(toDays(iso) + days);
function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  // 29 February plus a year is 28 February, not 1 March.
  if (target.getUTCDate() !== d) return fromDays(Date.UTC(y + years, m, 0) / DAY);
  return target.toISOString().slice(0, 10);
}
const between = (from: string, to: string): string => fromDays(int(toDays(from), toDays(to)));
const minDate = (a: string, b: string): string => (a < b ? a : b);
const maxDate = (a: string, b: string): string => (a > b ? a : b);
const yearOf = (iso: string): number => Number(iso.slice(0, 4));
function isRealDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  return fromDays(toDays(iso)) === iso;
}

// ---------------------------------------------------------------------------------------------------------------
// Places (GB/T 2260 codes of 平顶山市, see /work/shared/DOMAIN.md)

type Region = {
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
const REGIONS: readonly Region[] = REGION_ROWS.map(
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

function region(code: string): Region {
  const found = REGIONS.find((r) => r.code === code);
  if (!found) throw new Error(`unknown region ${code}`);
  return found;
}
const companyRegion = (): Region => weighted(REGIONS.map((r) => [r, r.companyWeight] as const));
const shopRegion = (): Region => weighted(REGIONS.map((r) => [r, r.shopWeight] as const));

const ROADS = [
  ...'建设路 中兴路 开源路 光明路 和平路 人民路 文化路 工业路 长青路 团结路 友谊路 新华路 育英路 湖滨路 体育路 迎宾大道 凌云路 东环路 西环路 南环路'.split(
    ' ',
  ),
];
const address = (r: Region): string =>
  `${r.addressPrefix}${pick(ROADS)}${chance(0.3) ? pick(['东段', '西段', '中段', '南段', '北段']) : ''}${int(1, 399)}号`;

// ---------------------------------------------------------------------------------------------------------------
// Names (synthetic; trade names are drawn from uncommon character pairs to keep clear of real firms)

const SURNAMES = Array.from(
  '王李张刘陈杨赵黄周吴徐孙胡朱高郭马宋郑韩冯于董程曹袁许沈彭吕苏卢蒋贾丁魏薛叶阎潘杜夏田任范方石姚崔孟乔牛翟樊',
);
const GIVEN_MALE = '建国伟军强磊洋勇杰涛明超华平刚辉鹏飞波斌宇浩凯俊帅新振永志春海林卫东亚利'.split('');
const GIVEN_FEMALE = '芳娜敏静丽艳娟霞秀玲红桂英梅兰晓春玉文华萍燕雪琳婷慧颖洁丹倩'.split('');
function personName(male = chance(0.6)): string {
  const given = male ? GIVEN_MALE : GIVEN_FEMALE;
  return pick(SURNAMES) + pick(given) + (chance(0.75) ? pick(given) : '');
}

const TRADE_CHARS = Array.from(
  '岚汀枫澜翊岑珩璟钧朗皓晟沐砚栖梧棠溪峻澄霁曜琨瑄楠桦樾嵘骁奕烨韶稷穆瀚麓芃蕴铂拓骏禾芮翎筠珏昕璞岱泓',
);
const usedTradeNames = new Set<string>();
function tradeName(): string {
  for (;;) {
    const a = pick(TRADE_CHARS);
    const b = pick(TRADE_CHARS);
    if (a === b || usedTradeNames.has(a + b)) continue;
    usedTradeNames.add(a + b);
    return a + b;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Identifiers

const ORG_BODY_CHARS = USCC_CHARSET; // characters valid in both the org code and the USCC
const DIGITS = '0123456789';
const usedIdentifiers = new Set<string>();

function randomChars(chars: string, n: number): string {
  let out = '';
  for (let i = 0; i < n; i += 1) out += chars.charAt(int(0, chars.length - 1));
  return out;
}

/** Organisation-code body (8 chars) in the style of its issuing period. */
function orgBody(leading: string, registeredOn: string | null): string {
  const modern = registeredOn !== null && registeredOn >= '2015-10-01';
  if (leading === '52') return modern ? `MJ${randomChars(DIGITS, 6)}` : `5${randomChars(DIGITS, 7)}`;
  if (leading === '12') return `41${randomChars(DIGITS, 6)}`;
  if (leading === '92') return `MA${randomChars(ORG_BODY_CHARS, 6)}`;
  return modern
    ? `MA${randomChars(ORG_BODY_CHARS, 6)}`
    : `${pick(['0', '5', '6', '7'])}${randomChars(DIGITS, 7)}`;
}

function check(value: string | null, what: string): string {
  if (value === null) throw new Error(`no check character for ${what}`);
  return value;
}

function makeUscc(leading: string, regionCode: string, registeredOn: string | null, legacy = false): string {
  for (;;) {
    const body = orgBody(leading, registeredOn);
    const org = body + check(orgCodeCheckChar(body), body);
    const first17 = leading + regionCode + org;
    if (!first17.split('').every((c) => USCC_CHARSET.includes(c))) continue; // org check 'X' is fine, others too
    const correct = check(usccCheckChar(first17), first17);
    let last = correct;
    if (legacy) {
      // A legacy code with a wrong USCC check character (the org-code check stays right).
      const offset = int(1, USCC_CHARSET.length - 1);
      last = USCC_CHARSET.charAt((USCC_CHARSET.indexOf(correct) + offset) % USCC_CHARSET.length);
    }
    const code = first17 + last;
    if (usedIdentifiers.has(code)) continue;
    usedIdentifiers.add(code);
    return code;
  }
}

function makeCitizenId(regionCode: string, birth: string, male: boolean): string {
  for (;;) {
    const seqHead = pad(int(0, 99), 2);
    const genderDigit = male ? pick(['1', '3', '5', '7', '9']) : pick(['0', '2', '4', '6', '8']);
    const first17 = regionCode + birth.replaceAll('-', '') + seqHead + genderDigit;
    const id = first17 + check(citizenIdCheckChar(first17), first17);
    if (usedIdentifiers.has(id)) continue;
    usedIdentifiers.add(id);
    return id;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Industries and the records they typically carry

/** `department: 'county-msa'` stands for the market regulator of the subject's region (and prefixes its abbreviation). */
type LicenceTemplate = { title: string; department: string; prefix: string; subject: string };
type PenaltyTemplate = {
  department: string;
  prefix: string;
  act: string;
  law: string;
  sanctions: readonly string[];
};

const MSA_FOOD_LICENCE: LicenceTemplate = {
  title: '食品经营许可',
  department: 'county-msa',
  prefix: '市监食许',
  subject: '食品经营许可证（经营项目：预包装食品销售、散装食品销售）',
};
const LICENCES = {
  construction: {
    title: '建筑工程施工许可证核发',
    department: '平顶山市住房和城乡建设局',
    prefix: '平住建施许',
    subject: '建筑工程施工许可证',
  },
  builderQualification: {
    title: '建筑业企业资质核准',
    department: '平顶山市住房和城乡建设局',
    prefix: '平住建资',
    subject: '建筑业企业资质证书（施工总承包三级）',
  },
  realEstate: {
    title: '房地产开发企业资质核定',
    department: '平顶山市住房和城乡建设局',
    prefix: '平住建房资',
    subject: '房地产开发企业资质证书（二级）',
  },
  planning: {
    title: '建设工程规划许可证核发',
    department: '平顶山市自然资源和规划局',
    prefix: '平自然资规许',
    subject: '建设工程规划许可证',
  },
  food: MSA_FOOD_LICENCE,
  catering: {
    title: '食品经营许可',
    department: 'county-msa',
    prefix: '市监食许',
    subject: '食品经营许可证（经营项目：热食类食品制售）',
  },
  pharmacy: {
    title: '药品零售企业许可',
    department: '平顶山市市场监督管理局',
    prefix: '平市监药许',
    subject: '药品经营许可证（零售）',
  },
  transport: {
    title: '道路运输经营许可',
    department: '平顶山市交通运输局',
    prefix: '平交运许',
    subject: '道路运输经营许可证（道路普通货物运输）',
  },
  pollutant: {
    title: '排污许可证核发',
    department: '平顶山市生态环境局',
    prefix: '平环许',
    subject: '排污许可证',
  },
  hazardous: {
    title: '危险化学品经营许可',
    department: '平顶山市应急管理局',
    prefix: '平应急危化许',
    subject: '危险化学品经营许可证',
  },
  drainage: {
    title: '城镇污水排入排水管网许可',
    department: '平顶山市城市管理局',
    prefix: '平城管排许',
    subject: '城镇污水排入排水管网许可证',
  },
  entertainment: {
    title: '娱乐场所经营活动审批',
    department: '平顶山市文化广电和旅游局',
    prefix: '平文旅许',
    subject: '娱乐经营许可证',
  },
  testing: {
    title: '建设工程质量检测机构资质核准',
    department: '平顶山市住房和城乡建设局',
    prefix: '平住建检资',
    subject: '建设工程质量检测机构资质证书',
  },
  tobacco: {
    title: '烟草专卖零售许可',
    department: '平顶山市烟草专卖局',
    prefix: '平烟专许',
    subject: '烟草专卖零售许可证',
  },
} satisfies Record<string, LicenceTemplate>;

const PENALTIES = {
  foodExpired: {
    department: 'county-msa',
    prefix: '市监罚',
    act: '经营超过保质期的食品',
    law: '《中华人民共和国食品安全法》',
    sanctions: [
      '没收违法经营的食品，罚款人民币5000元',
      '没收违法所得，罚款人民币10000元',
      '罚款人民币50000元',
    ],
  },
  priceTag: {
    department: 'county-msa',
    prefix: '市监罚',
    act: '未按照规定明码标价',
    law: '《中华人民共和国价格法》',
    sanctions: ['警告', '罚款人民币2000元', '罚款人民币5000元'],
  },
  falseAdvert: {
    department: 'county-msa',
    prefix: '市监罚',
    act: '发布虚假广告',
    law: '《中华人民共和国广告法》',
    sanctions: ['责令停止发布广告，罚款人民币30000元', '责令停止发布广告，罚款人民币60000元'],
  },
  substandard: {
    department: '平顶山市市场监督管理局',
    prefix: '平市监罚',
    act: '销售不合格产品',
    law: '《中华人民共和国产品质量法》',
    sanctions: ['没收不合格产品，罚款人民币12000元', '没收违法所得，罚款人民币28000元'],
  },
  pharmacy: {
    department: '平顶山市市场监督管理局',
    prefix: '平市监罚',
    act: '未凭处方销售处方药',
    law: '《中华人民共和国药品管理法》',
    sanctions: ['警告', '罚款人民币10000元'],
  },
  noPermit: {
    department: '平顶山市住房和城乡建设局',
    prefix: '平住建罚',
    act: '未取得施工许可证擅自施工',
    law: '《中华人民共和国建筑法》',
    sanctions: ['责令停止施工，罚款人民币38000元', '责令限期改正，罚款人民币56000元'],
  },
  quality: {
    department: '平顶山市住房和城乡建设局',
    prefix: '平住建罚',
    act: '未按照工程设计图纸和施工技术标准施工',
    law: '《建设工程质量管理条例》',
    sanctions: ['责令改正，罚款人民币120000元', '责令改正，罚款人民币200000元'],
  },
  emission: {
    department: '平顶山市生态环境局',
    prefix: '平环罚',
    act: '超过大气污染物排放标准排放大气污染物',
    law: '《中华人民共和国大气污染防治法》',
    sanctions: ['责令改正，罚款人民币100000元', '责令限制生产，罚款人民币200000元'],
  },
  eia: {
    department: '平顶山市生态环境局',
    prefix: '平环罚',
    act: '建设项目环境影响报告表未经批准擅自开工建设',
    law: '《中华人民共和国环境影响评价法》',
    sanctions: ['责令停止建设，罚款人民币80000元'],
  },
  safetyTraining: {
    department: '平顶山市应急管理局',
    prefix: '平应急罚',
    act: '未按照规定对从业人员进行安全生产教育和培训',
    law: '《中华人民共和国安全生产法》',
    sanctions: ['责令限期改正，罚款人民币30000元', '责令限期改正，罚款人民币50000元'],
  },
  vehicle: {
    department: '平顶山市交通运输局',
    prefix: '平交执罚',
    act: '未按照规定维护和检测运输车辆',
    law: '《中华人民共和国道路运输条例》',
    sanctions: ['罚款人民币1000元', '罚款人民币3000元'],
  },
  lateFiling: {
    department: '国家税务总局平顶山市税务局',
    prefix: '平税罚',
    act: '未按照规定期限办理纳税申报和报送纳税资料',
    law: '《中华人民共和国税收征收管理法》',
    sanctions: ['罚款人民币500元', '罚款人民币2000元'],
  },
  fire: {
    department: '平顶山市消防救援支队',
    prefix: '平消行罚',
    act: '消防设施、器材未保持完好有效',
    law: '《中华人民共和国消防法》',
    sanctions: ['罚款人民币5000元', '罚款人民币10000元'],
  },
  drainage: {
    department: '平顶山市城市管理局',
    prefix: '平城管罚',
    act: '未取得污水排入排水管网许可证向城镇排水设施排放污水',
    law: '《城镇排水与污水处理条例》',
    sanctions: ['责令停止违法行为，罚款人民币20000元'],
  },
} satisfies Record<string, PenaltyTemplate>;

type IndustryKey =
  | 'construction'
  | 'decoration'
  | 'municipal'
  | 'materials'
  | 'trade'
  | 'logistics'
  | 'food'
  | 'pharmacy'
  | 'machinery'
  | 'newMaterials'
  | 'environment'
  | 'power'
  | 'agriculture'
  | 'it'
  | 'catering'
  | 'realEstate'
  | 'labour'
  | 'chemical'
  | 'landscape'
  | 'supplyChain'
  | 'property'
  | 'testing'
  | 'ceramics'
  | 'nylon';
type Industry = {
  suffix: string;
  weight: number;
  licences: readonly LicenceTemplate[];
  penalties: readonly PenaltyTemplate[];
  /** Employs many migrant workers (candidate for 拖欠农民工工资). */
  labourIntensive?: boolean;
  /** Mines, chemicals, metallurgy … (candidate for 安全生产严重失信). */
  hazardous?: boolean;
  /** Imports or exports (candidate for 海关高级认证). */
  trader?: boolean;
  /** Sells to government buyers (candidate for 政府采购 lists). */
  supplier?: boolean;
};

const INDUSTRIES: Record<IndustryKey, Industry> = {
  construction: {
    suffix: '建筑工程有限公司',
    weight: 10,
    licences: [LICENCES.construction, LICENCES.builderQualification, LICENCES.planning],
    penalties: [PENALTIES.noPermit, PENALTIES.quality, PENALTIES.safetyTraining],
    labourIntensive: true,
  },
  decoration: {
    suffix: '装饰工程有限公司',
    weight: 4,
    licences: [LICENCES.builderQualification],
    penalties: [PENALTIES.quality, PENALTIES.fire],
    labourIntensive: true,
    supplier: true,
  },
  municipal: {
    suffix: '市政工程有限公司',
    weight: 5,
    licences: [LICENCES.builderQualification, LICENCES.construction],
    penalties: [PENALTIES.noPermit, PENALTIES.safetyTraining],
    labourIntensive: true,
  },
  materials: {
    suffix: '建材有限公司',
    weight: 5,
    licences: [LICENCES.pollutant],
    penalties: [PENALTIES.emission, PENALTIES.substandard],
    hazardous: true,
  },
  trade: {
    suffix: '商贸有限公司',
    weight: 10,
    licences: [LICENCES.food, LICENCES.tobacco],
    penalties: [PENALTIES.foodExpired, PENALTIES.priceTag, PENALTIES.substandard, PENALTIES.lateFiling],
    supplier: true,
    trader: true,
  },
  logistics: {
    suffix: '物流有限公司',
    weight: 5,
    licences: [LICENCES.transport],
    penalties: [PENALTIES.vehicle, PENALTIES.lateFiling],
    trader: true,
  },
  food: {
    suffix: '食品有限公司',
    weight: 5,
    licences: [LICENCES.food, LICENCES.drainage],
    penalties: [PENALTIES.foodExpired, PENALTIES.substandard, PENALTIES.drainage],
    trader: true,
  },
  pharmacy: {
    suffix: '医药连锁有限公司',
    weight: 3,
    licences: [LICENCES.pharmacy],
    penalties: [PENALTIES.pharmacy, PENALTIES.priceTag],
    supplier: true,
  },
  machinery: {
    suffix: '矿山机械有限公司',
    weight: 5,
    licences: [LICENCES.pollutant],
    penalties: [PENALTIES.safetyTraining, PENALTIES.emission],
    hazardous: true,
    trader: true,
  },
  newMaterials: {
    suffix: '新材料科技有限公司',
    weight: 4,
    licences: [LICENCES.pollutant],
    penalties: [PENALTIES.emission, PENALTIES.eia],
    trader: true,
  },
  environment: {
    suffix: '环保科技有限公司',
    weight: 3,
    licences: [LICENCES.pollutant],
    penalties: [PENALTIES.eia],
    supplier: true,
  },
  power: {
    suffix: '电力工程有限公司',
    weight: 3,
    licences: [LICENCES.builderQualification],
    penalties: [PENALTIES.safetyTraining],
    labourIntensive: true,
  },
  agriculture: {
    suffix: '农业开发有限公司',
    weight: 4,
    licences: [LICENCES.food],
    penalties: [PENALTIES.lateFiling, PENALTIES.substandard],
  },
  it: {
    suffix: '信息技术有限公司',
    weight: 4,
    licences: [],
    penalties: [PENALTIES.falseAdvert, PENALTIES.lateFiling],
    supplier: true,
  },
  catering: {
    suffix: '餐饮管理有限公司',
    weight: 4,
    licences: [LICENCES.catering, LICENCES.drainage],
    penalties: [PENALTIES.foodExpired, PENALTIES.fire, PENALTIES.drainage],
  },
  realEstate: {
    suffix: '房地产开发有限公司',
    weight: 4,
    licences: [LICENCES.realEstate, LICENCES.planning, LICENCES.construction],
    penalties: [PENALTIES.noPermit, PENALTIES.falseAdvert],
  },
  labour: {
    suffix: '劳务有限公司',
    weight: 3,
    licences: [],
    penalties: [PENALTIES.safetyTraining, PENALTIES.lateFiling],
    labourIntensive: true,
  },
  chemical: {
    suffix: '化工有限公司',
    weight: 3,
    licences: [LICENCES.hazardous, LICENCES.pollutant],
    penalties: [PENALTIES.safetyTraining, PENALTIES.emission, PENALTIES.fire],
    hazardous: true,
  },
  landscape: {
    suffix: '园林绿化工程有限公司',
    weight: 3,
    licences: [],
    penalties: [PENALTIES.lateFiling],
    labourIntensive: true,
    supplier: true,
  },
  supplyChain: {
    suffix: '供应链管理有限公司',
    weight: 3,
    licences: [LICENCES.food],
    penalties: [PENALTIES.lateFiling],
    supplier: true,
    trader: true,
  },
  property: {
    suffix: '物业服务有限公司',
    weight: 3,
    licences: [],
    penalties: [PENALTIES.priceTag, PENALTIES.fire],
    supplier: true,
  },
  testing: {
    suffix: '建设工程检测有限公司',
    weight: 2,
    licences: [LICENCES.testing],
    penalties: [PENALTIES.quality],
  },
  ceramics: {
    suffix: '陶瓷有限公司',
    weight: 2,
    licences: [LICENCES.pollutant],
    penalties: [PENALTIES.emission],
    trader: true,
  },
  nylon: {
    suffix: '尼龙科技有限公司',
    weight: 2,
    licences: [LICENCES.pollutant, LICENCES.hazardous],
    penalties: [PENALTIES.emission, PENALTIES.safetyTraining],
    hazardous: true,
    trader: true,
  },
};
const INDUSTRY_KEYS = Object.keys(INDUSTRIES) as IndustryKey[];
const industryOf = (key: IndustryKey): Industry => INDUSTRIES[key];

type ShopKind = {
  suffix: string;
  licences: readonly LicenceTemplate[];
  penalties: readonly PenaltyTemplate[];
};
const SHOPS: readonly ShopKind[] = [
  {
    suffix: '便利店',
    licences: [LICENCES.food, LICENCES.tobacco],
    penalties: [PENALTIES.foodExpired, PENALTIES.priceTag],
  },
  { suffix: '农资经营部', licences: [], penalties: [PENALTIES.substandard, PENALTIES.priceTag] },
  { suffix: '烩面馆', licences: [LICENCES.catering], penalties: [PENALTIES.foodExpired, PENALTIES.fire] },
  { suffix: '副食店', licences: [LICENCES.food], penalties: [PENALTIES.foodExpired] },
  { suffix: '五金建材经营部', licences: [], penalties: [PENALTIES.priceTag] },
  { suffix: '汽车修理部', licences: [], penalties: [PENALTIES.fire] },
  { suffix: '理发店', licences: [], penalties: [PENALTIES.priceTag] },
  { suffix: '水果店', licences: [LICENCES.food], penalties: [PENALTIES.priceTag] },
  { suffix: '日用百货商行', licences: [LICENCES.tobacco], penalties: [PENALTIES.substandard] },
];

// ---------------------------------------------------------------------------------------------------------------
// The data set under construction

const subjects: Subject[] = [];
const listEntries: ListEntry[] = [];
const records: CreditRecord[] = [];
const industryOfSubject = new Map<string, Industry>();
const shopOfSubject = new Map<string, ShopKind>();
const legacySubjects: Subject[] = [];
const notable: { role: string; subject: Subject; note: string }[] = [];

const nextSubjectId = (): string => `demo-s-${pad(subjects.length + 1, 4)}`;
const nextEntryId = (): string => `demo-l-${pad(listEntries.length + 1, 4)}`;
const nextRecordId = (): string => `demo-r-${pad(records.length + 1, 4)}`;
const serials = new Map<string, number>();
/** A synthetic document number, unique per prefix and year: 平市监罚〔2025〕88号. */
function docNumber(prefix: string, year: number): string {
  const key = `${prefix}${year}`;
  const next = (serials.get(key) ?? int(3, 40)) + int(1, 17);
  serials.set(key, next);
  return `${prefix}〔${year}〕${next}号`;
}
const caseSerials = new Map<string, number>();
/** A synthetic enforcement case number: （2025）豫0402执1234号. */
function caseNumber(courtCode: string, year: number): string {
  const key = `${courtCode}${year}`;
  const next = (caseSerials.get(key) ?? int(200, 900)) + int(7, 160);
  caseSerials.set(key, next);
  return `（${year}）${courtCode}执${next}号`;
}
function departmentOf(template: { department: string }, r: Region): string {
  return template.department === 'county-msa' ? r.marketRegulator : template.department;
}
function prefixOf(template: { department: string; prefix: string }, r: Region): string {
  return template.department === 'county-msa' ? `${r.abbreviation}${template.prefix}` : template.prefix;
}

type CompanyOptions = {
  industry?: IndustryKey;
  regionCode?: string;
  registeredFrom?: string;
  registeredTo?: string;
  status?: Subject['status'];
  grade?: string | null;
  legacy?: boolean;
  joint?: boolean;
};

function addCompany(options: CompanyOptions = {}): Subject {
  const key = options.industry ?? weighted(INDUSTRY_KEYS.map((k) => [k, industryOf(k).weight] as const));
  const industry = industryOf(key);
  const r = options.regionCode ? region(options.regionCode) : companyRegion();
  const registeredOn = between(options.registeredFrom ?? '1995-01-01', options.registeredTo ?? '2025-12-31');
  const joint = options.joint ?? (r.code === '410400' && chance(0.25));
  const name = joint
    ? `河南${tradeName()}${industry.suffix.replace('有限公司', '股份有限公司')}`
    : `${r.companyPrefix}${tradeName()}${chance(0.12) ? industry.suffix.replace('有限公司', '有限责任公司') : industry.suffix}`;
  const grade =
    options.grade !== undefined
      ? options.grade
      : chance(0.6)
        ? weighted([
            ['A', 35],
            ['B', 45],
            ['C', 15],
            ['D', 5],
          ] as const)
        : null;
  const subject: Subject = {
    id: nextSubjectId(),
    name,
    identifier: makeUscc('91', r.code, registeredOn, options.legacy ?? false),
    identifierKind: 'uscc',
    kind: 'legal-person',
    regionCode: r.code,
    legalRepresentative: personName(),
    registeredOn,
    address: address(r),
    status: options.status ?? 'active',
    grade,
    updatedAt: UPDATED_AT,
  };
  subjects.push(subject);
  industryOfSubject.set(subject.id, industry);
  if (options.legacy) legacySubjects.push(subject);
  return subject;
}

const PUBLIC_INSTITUTIONS = [
  '城市建设服务中心',
  '农业技术推广中心',
  '公共就业服务中心',
  '不动产登记中心',
  '水利工程管理站',
  '机关事务服务中心',
  '园林绿化服务中心',
  '社会保险服务中心',
];
function addInstitution(name: string): Subject {
  const r = region(pick(['410400', '410402', '410411', '410421', '410422', '410482']));
  const registeredOn = between('1998-01-01', '2020-12-31');
  const subject: Subject = {
    id: nextSubjectId(),
    name: `${r.code === '410400' ? '平顶山市' : r.companyPrefix === '平顶山市' ? `平顶山市${r.name}` : r.name}${name}（示例）`,
    identifier: makeUscc('12', r.code, registeredOn),
    identifierKind: 'uscc',
    kind: 'legal-person',
    regionCode: r.code,
    legalRepresentative: personName(),
    registeredOn,
    address: address(r),
    status: 'active',
    grade: null,
    updatedAt: UPDATED_AT,
  };
  subjects.push(subject);
  return subject;
}

const SOCIAL_ORGS = [
  '社会工作服务中心',
  '志愿服务协会',
  '养老服务中心',
  '物流行业协会',
  '建筑业协会',
  '青少年活动中心',
  '食品行业协会',
];
function addSocialOrg(kind: string): Subject {
  const r = region(pick(['410400', '410400', '410403', '410421', '410481', '410482']));
  const registeredOn = between('2005-01-01', '2024-12-31');
  const place =
    r.code === '410400' ? '平顶山市' : r.companyPrefix === '平顶山市' ? `平顶山市${r.name}` : r.name;
  const subject: Subject = {
    id: nextSubjectId(),
    name: `${place}${tradeName()}${kind}`,
    identifier: makeUscc('52', r.code, registeredOn),
    identifierKind: 'uscc',
    kind: 'legal-person',
    regionCode: r.code,
    legalRepresentative: personName(),
    registeredOn,
    address: address(r),
    status: 'active',
    grade: null,
    updatedAt: UPDATED_AT,
  };
  subjects.push(subject);
  return subject;
}

function addShop(
  options: { status?: Subject['status']; shop?: ShopKind; regionCode?: string } = {},
): Subject {
  const shop = options.shop ?? pick(SHOPS);
  const r = options.regionCode ? region(options.regionCode) : shopRegion();
  const registeredOn = between('2016-01-01', '2025-12-31');
  const operator = personName();
  const subject: Subject = {
    id: nextSubjectId(),
    name: `${r.shopPrefix}${tradeName()}${shop.suffix}`,
    identifier: makeUscc('92', r.code, registeredOn),
    identifierKind: 'uscc',
    kind: 'individual-business',
    regionCode: r.code,
    legalRepresentative: operator,
    registeredOn,
    address: address(r),
    status: options.status ?? 'active',
    grade: null,
    updatedAt: UPDATED_AT,
  };
  subjects.push(subject);
  shopOfSubject.set(subject.id, shop);
  return subject;
}

function addPerson(): Subject {
  const r = pick(REGIONS.filter((x) => x.forCitizens));
  const birth = between('1955-01-01', '2000-12-31');
  const male = chance(0.6);
  const subject: Subject = {
    id: nextSubjectId(),
    name: personName(male),
    identifier: makeCitizenId(r.code, birth, male),
    identifierKind: 'citizen-id',
    kind: 'natural-person',
    regionCode: r.code,
    legalRepresentative: null,
    registeredOn: null,
    address: null,
    status: 'active',
    grade: null,
    updatedAt: UPDATED_AT,
  };
  subjects.push(subject);
  return subject;
}

// ---------------------------------------------------------------------------------------------------------------
// Records

function addLicence(subject: Subject, template: LicenceTemplate, decisionOn: string): void {
  const r = region(subject.regionCode);
  records.push({
    id: nextRecordId(),
    subjectId: subject.id,
    category: 'license',
    title: template.title,
    content: `准予行政许可：核发${template.subject}；有效期至${addYears(decisionOn, 5)}。`,
    sourceDepartment: departmentOf(template, r),
    decisionNumber: docNumber(prefixOf(template, r), yearOf(decisionOn)),
    decisionOn,
    publicationEndsOn: null,
    status: 'published',
  });
}

const REPAIRED_EVERY = 12;
let penaltiesStillPublished = 0;
function addPenalty(
  subject: Subject,
  template: PenaltyTemplate,
  decisionOn: string,
  fixed: { decisionNumber?: string; publicationYears?: number; status?: CreditRecord['status'] } = {},
): CreditRecord {
  const r = region(subject.regionCode);
  const publicationEndsOn = addYears(decisionOn, fixed.publicationYears ?? int(1, 3));
  // Publication stops automatically at the end of its period, whatever else happened; of the rest, every
  // REPAIRED_EVERY-th ordinary penalty has been repaired (信用修复) before its end.
  let status: CreditRecord['status'] = fixed.status ?? 'published';
  if (publicationEndsOn <= AS_OF) status = 'unpublished';
  else if (fixed.status === undefined && (penaltiesStillPublished += 1) % REPAIRED_EVERY === 0)
    status = 'repaired';
  const record: CreditRecord = {
    id: nextRecordId(),
    subjectId: subject.id,
    category: 'penalty',
    title: `行政处罚：${template.act}`,
    content: `违法行为：${template.act}。依据${template.law}，处罚内容：${pick(template.sanctions)}。`,
    sourceDepartment: departmentOf(template, r),
    decisionNumber: fixed.decisionNumber ?? docNumber(prefixOf(template, r), yearOf(decisionOn)),
    decisionOn,
    publicationEndsOn,
    status,
  };
  records.push(record);
  return record;
}

function addOtherRecord(
  subject: Subject,
  category: CreditRecord['category'],
  title: string,
  content: string,
  sourceDepartment: string,
  decisionOn: string,
  decisionNumber: string | null = null,
  publicationEndsOn: string | null = null,
  status: CreditRecord['status'] = 'published',
): void {
  records.push({
    id: nextRecordId(),
    subjectId: subject.id,
    category,
    title,
    content,
    sourceDepartment,
    decisionNumber,
    decisionOn,
    publicationEndsOn,
    status,
  });
}

/** Ordinary licences and penalties of an enterprise or a shop, all after it was registered. */
function addRoutineRecords(subject: Subject, licenceRate: number, penaltyRate: number): void {
  const industry = industryOfSubject.get(subject.id);
  const shop = shopOfSubject.get(subject.id);
  const licences = industry?.licences ?? shop?.licences ?? [];
  const penalties = industry?.penalties ?? shop?.penalties ?? [];
  const from = maxDate(subject.registeredOn ?? '2018-01-01', '2018-01-01');
  const to = subject.status === 'active' ? AS_OF : minDate(AS_OF, '2023-12-31');
  if (from >= to) return;
  for (const template of licences) if (chance(licenceRate)) addLicence(subject, template, between(from, to));
  const penaltyFrom = maxDate(from, '2020-01-01');
  if (penaltyFrom >= to) return;
  const count = chance(penaltyRate) ? (chance(0.25) ? 2 : 1) : 0;
  for (let i = 0; i < count && penalties.length > 0; i += 1) {
    // Recent decisions are more frequent: most penalties are still being published.
    const decisionOn = chance(0.8)
      ? between(maxDate(penaltyFrom, '2024-06-01'), to)
      : between(penaltyFrom, to);
    addPenalty(subject, pick(penalties), decisionOn);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// List entries

type EntryOptions = {
  listedOn: string;
  listingUnit: string;
  reason: string;
  documentNumber: string | null;
  expiresOn: string | null;
  removedOn?: string | null;
};
function addEntry(subject: Subject, listType: string, o: EntryOptions): ListEntry {
  const entry: ListEntry = {
    id: nextEntryId(),
    subjectId: subject.id,
    listType,
    listedOn: o.listedOn,
    listingUnit: o.listingUnit,
    reason: o.reason,
    documentNumber: o.documentNumber,
    expiresOn: o.expiresOn,
    removedOn: o.removedOn ?? null,
    status: o.removedOn ? 'removed' : 'active',
  };
  listEntries.push(entry);
  return entry;
}

// Red lists ------------------------------------------------------------------------------------------------------

function listATaxpayer(subject: Subject, evaluationYear: number): void {
  // The A-grade list of a tax year is published in April of the next year and used until the next list.
  const listedOn = `${evaluationYear + 1}-04-${pad(int(10, 28), 2)}`;
  addEntry(subject, 'A_TAXPAYER', {
    listedOn,
    listingUnit: '国家税务总局平顶山市税务局',
    reason: `${evaluationYear}年度纳税信用评价结果为A级`,
    documentNumber: null,
    expiresOn: `${evaluationYear + 2}-04-30`,
  });
  addOtherRecord(
    subject,
    'evaluation',
    `${evaluationYear}年度纳税信用等级评价`,
    `纳税信用等级：A级（评价年度${evaluationYear}年）。`,
    '国家税务总局平顶山市税务局',
    listedOn,
  );
}

function listContractCredit(subject: Subject, year: number): void {
  const listedOn = `${year}-${pad(int(5, 11), 2)}-${pad(int(1, 28), 2)}`;
  addEntry(subject, 'CONTRACT_CREDIT_ENTERPRISE', {
    listedOn,
    listingUnit: '平顶山市市场监督管理局',
    reason: `${year - 2}—${year - 1}年度守合同重信用企业公示`,
    documentNumber: null,
    expiresOn: addYears(listedOn, 2),
  });
  addOtherRecord(
    subject,
    'honor',
    '守合同重信用企业',
    `列入${year - 2}—${year - 1}年度守合同重信用企业公示名单。`,
    '平顶山市市场监督管理局',
    listedOn,
  );
}

function listCustoms(subject: Subject): void {
  const listedOn = between('2022-01-01', '2025-12-31');
  addEntry(subject, 'CUSTOMS_ADVANCED_CERTIFIED', {
    listedOn,
    listingUnit: '郑州海关',
    reason: '经海关认证为高级认证企业（AEO高级认证）',
    documentNumber: null,
    expiresOn: null,
  });
  addOtherRecord(subject, 'honor', '海关高级认证企业', '企业信用等级：高级认证企业。', '郑州海关', listedOn);
}

// Serious-failure lists ------------------------------------------------------------------------------------------

const DEBTOR_REASONS = [
  { reason: '有履行能力而拒不履行生效法律文书确定义务', termYears: null },
  { reason: '违反财产报告制度', termYears: 2 },
  { reason: '违反限制消费令', termYears: 2 },
  { reason: '以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行', termYears: 2 },
] as const;

function listDebtor(subject: Subject, listedOn: string, removedOn: string | null = null): ListEntry {
  const court = chance(0.2) ? region('410400') : region(subject.regionCode);
  // An active entry must not have run out by AS_OF: long-listed debtors are the ones without a term.
  const grounds = pick(
    DEBTOR_REASONS.filter(
      (g) => removedOn !== null || g.termYears === null || addYears(listedOn, g.termYears) > AS_OF,
    ),
  );
  const year = yearOf(listedOn) - (chance(0.4) ? 1 : 0);
  const number = caseNumber(court.courtCode, year);
  const amount = subject.kind === 'natural-person' ? int(3, 60) * 1000 : int(5, 400) * 10000;
  const expiresOn = grounds.termYears === null ? null : addYears(listedOn, grounds.termYears);
  const entry = addEntry(subject, 'DISHONEST_JUDGMENT_DEBTOR', {
    listedOn,
    listingUnit: court.court,
    reason: grounds.reason,
    documentNumber: number,
    expiresOn,
    removedOn,
  });
  addOtherRecord(
    subject,
    'judicial',
    removedOn ? '失信被执行人信息（已删除）' : '失信被执行人信息',
    `执行案号${number}；执行法院${court.court}；失信情形：${grounds.reason}；生效法律文书确定的义务：给付人民币${amount}元${removedOn ? `；已于${removedOn}履行完毕并删除失信信息` : ''}。`,
    court.court,
    listedOn,
    number,
    removedOn ?? expiresOn,
    removedOn ? 'unpublished' : 'published',
  );
  return entry;
}

function listMajorTax(subject: Subject, listedOn: string, removedOn: string | null = null): void {
  const decisionOn = addDays(listedOn, -int(20, 90));
  const number = docNumber('平税稽罚', yearOf(decisionOn));
  addEntry(subject, 'MAJOR_TAX_VIOLATION', {
    listedOn,
    listingUnit: '国家税务总局平顶山市税务局稽查局',
    reason: pick(['偷税，查补税款金额100万元以上且占应纳税额10%以上', '虚开增值税专用发票', '逃避追缴欠税']),
    documentNumber: number,
    expiresOn: addYears(listedOn, 3),
    removedOn,
  });
  addPenalty(
    subject,
    {
      department: '国家税务总局平顶山市税务局稽查局',
      prefix: '平税稽罚',
      act: '少缴应纳税款',
      law: '《中华人民共和国税收征收管理法》',
      sanctions: ['追缴税款，处少缴税款百分之五十的罚款', '追缴税款，处少缴税款一倍的罚款'],
    },
    decisionOn,
    { decisionNumber: number, publicationYears: 3, status: removedOn ? 'repaired' : 'published' },
  );
}

function listProcurement(subject: Subject, listedOn: string, years: number): void {
  const decisionOn = addDays(listedOn, -int(5, 30));
  const number = docNumber('平财购罚', yearOf(decisionOn));
  addEntry(subject, 'GOV_PROCUREMENT_SERIOUS_VIOLATION', {
    listedOn,
    listingUnit: '平顶山市财政局',
    reason: pick([
      '提供虚假材料谋取中标、成交',
      '与采购人、其他供应商恶意串通',
      '拒绝有关部门监督检查或者提供虚假情况',
    ]),
    documentNumber: number,
    expiresOn: addYears(listedOn, years),
  });
  addPenalty(
    subject,
    {
      department: '平顶山市财政局',
      prefix: '平财购罚',
      act: '政府采购活动中提供虚假材料谋取中标',
      law: '《中华人民共和国政府采购法》',
      sanctions: [`处采购金额千分之五的罚款，列入不良行为记录名单，${years}年内禁止参加政府采购活动`],
    },
    decisionOn,
    { decisionNumber: number, publicationYears: 3, status: 'published' },
  );
}

function listWageArrears(subject: Subject, listedOn: string): void {
  const decisionOn = addDays(listedOn, -int(15, 60));
  const number = docNumber('平人社监罚', yearOf(decisionOn));
  addEntry(subject, 'WAGE_ARREARS_DISHONEST', {
    listedOn,
    listingUnit: '平顶山市人力资源和社会保障局',
    reason: '克扣、无故拖欠农民工工资达到认定拒不支付劳动报酬罪数额标准，经责令限期支付逾期未支付',
    documentNumber: number,
    expiresOn: addYears(listedOn, 3),
  });
  addPenalty(
    subject,
    {
      department: '平顶山市人力资源和社会保障局',
      prefix: '平人社监罚',
      act: '拖欠农民工工资逾期未支付',
      law: '《保障农民工工资支付条例》',
      sanctions: ['责令限期支付被拖欠的农民工工资，加付赔偿金'],
    },
    decisionOn,
    { decisionNumber: number, publicationYears: 3, status: 'published' },
  );
}

function listWorkSafety(subject: Subject, listedOn: string): void {
  const decisionOn = addDays(listedOn, -int(15, 60));
  const number = docNumber('平应急罚', yearOf(decisionOn));
  addEntry(subject, 'WORK_SAFETY_SERIOUS_DISHONEST', {
    listedOn,
    listingUnit: '平顶山市应急管理局',
    reason: '发生生产安全责任事故受到行政处罚，性质恶劣、情节严重',
    documentNumber: number,
    expiresOn: addYears(listedOn, 3),
  });
  addPenalty(
    subject,
    {
      department: '平顶山市应急管理局',
      prefix: '平应急罚',
      act: '对生产安全事故负有责任',
      law: '《中华人民共和国安全生产法》',
      sanctions: ['罚款人民币500000元', '罚款人民币800000元'],
    },
    decisionOn,
    { decisionNumber: number, publicationYears: 3, status: 'published' },
  );
}

// Abnormal operation -----------------------------------------------------------------------------------------------

function listAbnormal(subject: Subject, listedOn: string, removedOn: string | null = null): void {
  const r = region(subject.regionCode);
  const reason =
    subject.kind === 'individual-business'
      ? '未按规定报送年度报告'
      : pick([
          '未按规定期限公示年度报告',
          '通过登记的住所或者经营场所无法联系',
          '未在责令的期限内公示有关企业信息',
        ]);
  addEntry(subject, 'ABNORMAL_OPERATION', {
    listedOn,
    listingUnit: r.marketRegulator,
    reason,
    documentNumber: docNumber(`${r.abbreviation}市监异`, yearOf(listedOn)),
    expiresOn: null,
    removedOn,
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Build: notable subjects first (stable ids for the README), then the rest

function note(role: string, subject: Subject, text: string): void {
  notable.push({ role, subject, note: text });
}

// Two suppliers on the 政府采购严重违法失信行为记录名单.
const procurementA = addCompany({
  industry: 'trade',
  regionCode: '410402',
  registeredFrom: '2012-01-01',
  registeredTo: '2019-12-31',
  grade: 'C',
});
listProcurement(procurementA, '2025-09-16', 3);
note(
  '政府采购严重违法失信',
  procurementA,
  '政府采购类事项命中惩戒；行政许可类事项仅提示、不适用该名单的采购措施',
);
const procurementB = addCompany({
  industry: 'supplyChain',
  regionCode: '410422',
  registeredFrom: '2016-01-01',
  registeredTo: '2021-12-31',
  grade: 'D',
});
listProcurement(procurementB, '2026-03-05', 1);
note('政府采购严重违法失信', procurementB, '第二家列入政府采购严重违法失信名单的企业（禁止期1年）');

// Red-list company, no negative information.
const redOnly = addCompany({
  industry: 'newMaterials',
  regionCode: '410471',
  registeredFrom: '2010-01-01',
  registeredTo: '2016-06-30',
  grade: 'A',
});
listATaxpayer(redOnly, 2025);
listContractCredit(redOnly, 2025);
note('红名单（守信激励）', redOnly, 'A级纳税人＋守合同重信用企业；行政许可类事项可适用容缺受理、绿色通道');

// Red and serious at once (conflict cases).
const conflictA = addCompany({
  industry: 'construction',
  regionCode: '410411',
  registeredFrom: '2005-01-01',
  registeredTo: '2012-12-31',
  grade: 'B',
});
listContractCredit(conflictA, 2025);
listDebtor(conflictA, '2026-06-18');
note('红名单＋严重失信（冲突）', conflictA, '守合同重信用企业，同时为失信被执行人');
const conflictB = addCompany({
  industry: 'machinery',
  regionCode: '410482',
  registeredFrom: '2008-01-01',
  registeredTo: '2014-12-31',
  grade: 'B',
});
listCustoms(conflictB);
listWageArrears(conflictB, '2025-12-08');
note('红名单＋严重失信（冲突）', conflictB, '海关高级认证企业，同时列入拖欠农民工工资失信联合惩戒对象名单');
const conflictC = addCompany({
  industry: 'chemical',
  regionCode: '410423',
  registeredFrom: '2006-01-01',
  registeredTo: '2013-12-31',
  grade: 'C',
});
listATaxpayer(conflictC, 2025);
listWorkSafety(conflictC, '2026-08-20');
note('红名单＋严重失信（冲突）', conflictC, 'A级纳税人，同时列入安全生产严重失信主体名单');

// A major tax violator.
const taxViolator = addCompany({
  industry: 'trade',
  regionCode: '410403',
  registeredFrom: '2014-01-01',
  registeredTo: '2020-12-31',
  grade: 'D',
});
listMajorTax(taxViolator, '2025-05-26');
note('重大税收违法失信主体', taxViolator, '政府采购、行政许可、财政资金等多类事项均有对应惩戒措施');

// An enterprise on the abnormal-operation list only.
const abnormalCompany = addCompany({
  industry: 'it',
  regionCode: '410402',
  registeredFrom: '2017-01-01',
  registeredTo: '2022-12-31',
  grade: 'C',
});
listAbnormal(abnormalCompany, '2025-07-02');
note(
  '经营异常名录（企业）',
  abnormalCompany,
  '经营异常：行政许可类事项适用“列为重点监管对象”；评先评优等适用限制',
);

// An individual business on the abnormal-operation list.
const abnormalShop = addShop({ shop: SHOPS[1], regionCode: '410422' });
listAbnormal(abnormalShop, '2025-07-15');
note('个体工商户·经营异常', abnormalShop, '个体工商户列入经营异常名录');

// A natural person who is a dishonest judgment debtor.
const debtorPerson = addPerson();
listDebtor(debtorPerson, '2026-02-11');
note('自然人·失信被执行人', debtorPerson, '身份证号在界面与打印件上应脱敏显示');

// A deregistered company with old records only.
const deregistered = addCompany({
  industry: 'logistics',
  regionCode: '410421',
  registeredFrom: '2003-01-01',
  registeredTo: '2010-12-31',
  status: 'deregistered',
  grade: null,
});
addLicence(deregistered, LICENCES.transport, '2019-04-12');
addPenalty(deregistered, PENALTIES.vehicle, '2021-09-03');
note('已注销企业', deregistered, '登记状态为注销，核查结果应转人工研判');

// Three legacy codes whose USCC check character is wrong (the org-code check is right).
for (const [industry, regionCode, from, to] of [
  ['materials', '410481', '2001-01-01', '2006-12-31'],
  ['catering', '410402', '2007-01-01', '2011-12-31'],
  ['agriculture', '410425', '2009-01-01', '2014-12-31'],
] as const) {
  const legacy = addCompany({
    industry,
    regionCode,
    registeredFrom: from,
    registeredTo: to,
    legacy: true,
    grade: 'B',
  });
  note(
    '历史代码（校验位错误）',
    legacy,
    '统一社会信用代码校验位不通过，组织机构代码校验通过；需记录理由后人工放行',
  );
}

// Fill up to ~150 legal persons: enterprises, public institutions (12…) and social organisations (52…).
for (const name of PUBLIC_INSTITUTIONS) addInstitution(name);
for (const kind of SOCIAL_ORGS) addSocialOrg(kind);
const legalPersonTarget = 150;
const DEREGISTERED_AT = new Set([9, 27, 45, 63, 81]);
const REVOKED_AT = new Set([36, 72]);
for (let i = 0; subjects.filter((s) => s.kind === 'legal-person').length < legalPersonTarget; i += 1) {
  const status: Subject['status'] = DEREGISTERED_AT.has(i)
    ? 'deregistered'
    : REVOKED_AT.has(i)
      ? 'revoked'
      : 'active';
  addCompany({
    status,
    grade: status === 'active' ? undefined : null,
    registeredTo: status === 'active' ? '2025-12-31' : '2018-12-31',
  });
}
// Individual businesses (~35) and natural persons (~15).
while (subjects.filter((s) => s.kind === 'individual-business').length < 35) {
  const n = subjects.filter((s) => s.kind === 'individual-business').length;
  addShop({ status: n === 20 || n === 27 ? 'deregistered' : n === 31 ? 'revoked' : 'active' });
}
while (subjects.filter((s) => s.kind === 'natural-person').length < 15) addPerson();

// ---------------------------------------------------------------------------------------------------------------
// List entries for the rest (only subjects not already used as notable examples)

const notableIds = new Set(notable.map((n) => n.subject.id));
const free = (filter: (s: Subject) => boolean): Subject[] =>
  subjects.filter((s) => !notableIds.has(s.id) && filter(s));
const taken = new Set<string>();
function take(pool: Subject[], n: number, filter: (s: Subject) => boolean = () => true): Subject[] {
  const out: Subject[] = [];
  const candidates = pool.filter((s) => !taken.has(s.id) && filter(s));
  while (out.length < n && candidates.length > 0) {
    const index = int(0, candidates.length - 1);
    const [chosen] = candidates.splice(index, 1);
    if (chosen) {
      out.push(chosen);
      taken.add(chosen.id);
    }
  }
  if (out.length < n) throw new Error(`not enough subjects to take ${n}`);
  return out;
}
const isActiveEnterprise = (s: Subject): boolean =>
  s.kind === 'legal-person' && s.identifier.startsWith('91') && s.status === 'active';
const enterprises = free(isActiveEnterprise);
const industryIs =
  (flag: keyof Pick<Industry, 'labourIntensive' | 'hazardous' | 'trader' | 'supplier'>) => (s: Subject) =>
    industryOfSubject.get(s.id)?.[flag] === true;
const setGrade = (s: Subject, grades: readonly string[]): void => {
  s.grade = pick(grades);
};

// Red lists: A级纳税人 (≈10 incl. notable), 守合同重信用 (≈7), 海关高级认证 (≈4).
for (const s of take(enterprises, 7)) {
  setGrade(s, ['A']);
  listATaxpayer(s, 2025);
}
for (const s of take(enterprises, 4)) {
  setGrade(s, ['A', 'B']);
  listContractCredit(s, 2025);
}
for (const s of take(enterprises, 3, industryIs('trader'))) {
  setGrade(s, ['A']);
  listCustoms(s);
  if (chance(0.5)) listATaxpayer(s, 2025);
}
// Serious lists.
for (const s of take(enterprises, 3)) {
  setGrade(s, ['C', 'D']);
  listDebtor(s, between('2024-01-01', '2026-10-15'));
}
const shops = free((s) => s.kind === 'individual-business' && s.status === 'active');
for (const s of take(shops, 1)) listDebtor(s, between('2025-01-01', '2026-09-30'));
for (const s of take(
  free((s) => s.kind === 'natural-person'),
  3,
))
  listDebtor(s, between('2023-06-01', '2026-10-20'));
for (const s of take(enterprises, 3)) {
  setGrade(s, ['D']);
  listMajorTax(s, between('2024-01-01', '2026-06-30'));
}
for (const s of take(enterprises, 1, industryIs('supplier'))) {
  setGrade(s, ['C', 'D']);
  listProcurement(s, between('2025-01-01', '2026-08-31'), 2);
}
for (const s of take(enterprises, 2, industryIs('labourIntensive'))) {
  setGrade(s, ['C', 'D']);
  listWageArrears(s, between('2024-03-01', '2026-09-30'));
}
for (const s of take(enterprises, 1, industryIs('hazardous'))) {
  setGrade(s, ['D']);
  listWorkSafety(s, between('2024-01-01', '2026-09-30'));
}
// Abnormal: 9 more enterprises (some revoked ones among them) and 4 more shops.
const abnormalPool = free(
  (s) => s.kind === 'legal-person' && s.identifier.startsWith('91') && s.status !== 'deregistered',
);
for (const s of take(abnormalPool, 9)) {
  if (s.status === 'active') setGrade(s, ['C', 'D']);
  listAbnormal(s, between('2022-07-01', '2026-10-20'));
}
for (const s of take(
  free((s) => s.kind === 'individual-business' && s.status !== 'deregistered'),
  4,
)) {
  listAbnormal(s, between('2023-07-01', '2026-10-20'));
}
// Removed entries: 8, over several list types.
for (const s of take(enterprises, 3)) {
  const listedOn = between('2022-01-01', '2024-06-30');
  listAbnormal(s, listedOn, between(addDays(listedOn, 30), addDays(listedOn, 400)));
}
for (const s of take(
  free((s) => s.kind === 'natural-person'),
  2,
)) {
  const listedOn = between('2022-03-01', '2024-12-31');
  listDebtor(s, listedOn, between(addDays(listedOn, 60), minDate(addDays(listedOn, 500), '2026-09-30')));
}
for (const s of take(enterprises, 1)) {
  const listedOn = between('2022-06-01', '2023-06-30');
  listDebtor(s, listedOn, between(addDays(listedOn, 90), addDays(listedOn, 600)));
}
for (const s of take(enterprises, 1)) {
  const listedOn = between('2022-03-01', '2023-03-31');
  listMajorTax(s, listedOn, between(addDays(listedOn, 400), addDays(listedOn, 900)));
}
for (const s of take(enterprises, 1)) {
  // An A-grade taxpayer of an earlier year, removed when the next year's result was lower.
  const listedOn = `2023-04-${pad(int(10, 28), 2)}`;
  addEntry(s, 'A_TAXPAYER', {
    listedOn,
    listingUnit: '国家税务总局平顶山市税务局',
    reason: '2022年度纳税信用评价结果为A级',
    documentNumber: null,
    expiresOn: '2024-04-30',
    removedOn: '2024-04-30',
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Routine records, honours, evaluations, commitments

for (const s of subjects) {
  if (s.kind === 'natural-person') continue;
  if (s.kind === 'individual-business') addRoutineRecords(s, 0.8, 0.3);
  else if (s.identifier.startsWith('91')) addRoutineRecords(s, 0.65, 0.45);
  else if (chance(0.5)) {
    const dept = s.identifier.startsWith('52') ? '平顶山市民政局' : '平顶山市机构编制委员会办公室';
    const title = s.identifier.startsWith('52') ? '社会组织年度检查' : '事业单位法人年度报告公示';
    addOtherRecord(s, 'other', title, `${title}：合格（演示）。`, dept, between('2024-03-01', '2026-06-30'));
  }
}
for (const s of take(free(isActiveEnterprise), 6)) {
  addOtherRecord(
    s,
    'honor',
    pick(['平顶山市文明单位', '平顶山市优秀民营企业', '平顶山市诚信经营示范单位']),
    '授予荣誉称号（演示）。',
    pick(['平顶山市人民政府', '平顶山市精神文明建设委员会', '平顶山市工商业联合会']),
    between('2023-01-01', '2026-06-30'),
  );
}
for (const s of take(free(isActiveEnterprise), 8)) {
  const grade = s.grade ?? 'B';
  addOtherRecord(
    s,
    'evaluation',
    '企业信用风险分类结果',
    `信用风险分类：${grade}类（${{ A: '低风险', B: '一般风险', C: '较高风险', D: '高风险' }[grade] ?? '—'}）。`,
    region(s.regionCode).marketRegulator,
    between('2025-01-01', '2026-10-01'),
  );
}
for (const s of take(
  free((s) => s.status === 'active' && s.kind !== 'natural-person'),
  5,
)) {
  const decisionOn = between('2025-01-01', '2026-10-01');
  addOtherRecord(
    s,
    'commitment',
    '信用承诺（审批替代型）',
    '承诺所填报信息真实有效，如有虚假愿承担相应法律责任并接受失信惩戒；履行状态：全部履行。',
    pick(['平顶山市市场监督管理局', '平顶山市住房和城乡建设局', '平顶山市交通运输局']),
    decisionOn,
    null,
    addYears(decisionOn, 1),
  );
}

// An unknown, valid USCC that is not in the data set (for trying the “no record” path). Its body is fixed, so it
// does not move when the rest of the data set changes; selfCheck() makes sure no subject has it.
const UNKNOWN_ORG_BODY = 'MA9N8K2P';
const unknownFirst17 = `91410411${UNKNOWN_ORG_BODY}${check(orgCodeCheckChar(UNKNOWN_ORG_BODY), UNKNOWN_ORG_BODY)}`;
const unknownUscc = unknownFirst17 + check(usccCheckChar(unknownFirst17), unknownFirst17);

// ---------------------------------------------------------------------------------------------------------------
// Self-checks (the zod schemas are checked by resources/demo/demo-data.test.ts)

function selfCheck(): void {
  const problems: string[] = [];
  const legacyIds = new Set(legacySubjects.map((s) => s.identifier));
  const ids = new Set<string>();
  for (const s of subjects) {
    if (ids.has(s.id)) problems.push(`duplicate id ${s.id}`);
    ids.add(s.id);
    if (s.identifierKind === 'uscc') {
      const orgOk = orgCodeCheckChar(s.identifier.slice(8, 16)) === s.identifier.charAt(16);
      const usccOk = usccCheckChar(s.identifier.slice(0, 17)) === s.identifier.charAt(17);
      if (!orgOk) problems.push(`${s.id}: org-code check fails`);
      if (usccOk === legacyIds.has(s.identifier))
        problems.push(`${s.id}: USCC check ${usccOk ? 'passes' : 'fails'}`);
      if (s.identifier.slice(2, 8) !== s.regionCode) problems.push(`${s.id}: region mismatch`);
    } else if (citizenIdCheckChar(s.identifier.slice(0, 17)) !== s.identifier.charAt(17)) {
      problems.push(`${s.id}: citizen-id check fails`);
    }
    if (s.registeredOn !== null && (!isRealDate(s.registeredOn) || s.registeredOn > AS_OF)) {
      problems.push(`${s.id}: bad registeredOn`);
    }
  }
  const dates = (label: string, values: (string | null)[], mayBeFuture: boolean[]): void => {
    values.forEach((value, i) => {
      if (value === null) return;
      if (!isRealDate(value)) problems.push(`${label}: ${value} is not a date`);
      else if (!mayBeFuture[i] && value > AS_OF) problems.push(`${label}: ${value} is after ${AS_OF}`);
    });
  };
  for (const e of listEntries) {
    if (!ids.has(e.subjectId)) problems.push(`${e.id}: unknown subject`);
    dates(e.id, [e.listedOn, e.expiresOn, e.removedOn], [false, true, false]);
    if (e.status === 'active' && e.expiresOn !== null && e.expiresOn <= AS_OF)
      problems.push(`${e.id}: expired`);
    if (e.removedOn !== null && e.removedOn < e.listedOn) problems.push(`${e.id}: removed before listed`);
    const subject = subjects.find((s) => s.id === e.subjectId);
    if (subject?.kind === 'natural-person' && e.listType !== 'DISHONEST_JUDGMENT_DEBTOR') {
      problems.push(`${e.id}: natural person on ${e.listType}`);
    }
  }
  for (const r of records) {
    if (!ids.has(r.subjectId)) problems.push(`${r.id}: unknown subject`);
    dates(r.id, [r.decisionOn, r.publicationEndsOn], [false, true]);
  }
  if (usedIdentifiers.size !== subjects.length) problems.push('identifier collision');
  if (subjects.some((s) => s.identifier === unknownUscc)) problems.push('unknown USCC is in the data set');
  if (problems.length > 0) throw new Error(`demo data is inconsistent:\n${problems.join('\n')}`);
}
selfCheck();

// ---------------------------------------------------------------------------------------------------------------
// Write, then print the notable subjects (copy them into resources/demo/README.md when the seed changes)

const data = {
  notice: NOTICE,
  generatedBy: 'scripts/generate-demo-data.ts',
  subjects,
  listEntries,
  records,
};
mkdirSync(dirname(OUTPUT), { recursive: true });
writeFileSync(OUTPUT, `${JSON.stringify(data, null, 2)}\n`, 'utf8');

const count = <T>(items: readonly T[], key: (item: T) => string): string =>
  Object.entries(
    items.reduce<Record<string, number>>((acc, item) => {
      acc[key(item)] = (acc[key(item)] ?? 0) + 1;
      return acc;
    }, {}),
  )
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
console.log(`wrote ${OUTPUT}`);
console.log(
  `subjects ${subjects.length}: ${count(subjects, (s) => s.kind)}; status: ${count(subjects, (s) => s.status)}`,
);
console.log(`list entries ${listEntries.length}: ${count(listEntries, (e) => `${e.listType}/${e.status}`)}`);
console.log(
  `records ${records.length}: ${count(records, (r) => r.category)}; status: ${count(records, (r) => r.status)}`,
);
console.log('\n| 用途 | id | 名称 | 代码 | 说明 |\n| --- | --- | --- | --- | --- |');
for (const n of notable) {
  console.log(
    `| ${n.role} | ${n.subject.id} | ${n.subject.name} | \`${n.subject.identifier}\` | ${n.note} |`,
  );
}
console.log(`| 无记录（库内不存在） | — | — | \`${unknownUscc}\` | 校验通过但不在演示数据中 |`);
