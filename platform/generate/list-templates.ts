// How entries of each list type look, and who may be on it. The list types themselves come from the platform's
// list_types table (the catalogue, resources/catalogue/list-types.json); a type without a template here gets a
// generic one from its kind, so a catalogue that grows never breaks the generator.
import type { SubjectClass } from './subject-row';
import type { Region } from './synthetic';
import { caseNumber, CITY_MSA, DEBTOR_GROUNDS, documentNumber, TAX_BUREAU } from './synthetic';

export type ListTypeRow = {
  code: string;
  name: string;
  kind: 'red' | 'serious' | 'abnormal';
  authority: string;
};

export type ListTemplate = {
  /** Relative frequency among generated entries. */
  weight: number;
  /** Who can be on the list: natural persons never on 经营异常名录, red lists for enterprises, … */
  classes: readonly SubjectClass[];
  listingUnit: (region: Region) => string;
  reasons: readonly string[];
  /** Document number for a year and a serial, or null when such entries carry none. */
  documentNumber: ((region: Region, year: number, serial: number) => string) | null;
  /** Term in years from the listing day (the larger of the pair drawn), or null when open-ended. */
  termYears: readonly [number, number] | null;
  /** Share of entries removed before their term (移出). */
  removedShare: number;
};

const ORGANISATIONS: readonly SubjectClass[] = ['91', '93', '12', '52'];
const MARKET_ENTITIES: readonly SubjectClass[] = ['91', '92', '93'];
const EVERYONE: readonly SubjectClass[] = ['91', '92', '93', '12', '52', 'citizen'];

export const LIST_TEMPLATES: Readonly<Record<string, ListTemplate>> = {
  A_TAXPAYER: {
    weight: 14,
    classes: ['91', '93'],
    listingUnit: () => TAX_BUREAU,
    reasons: ['上一年度纳税信用评价结果为A级'],
    documentNumber: null,
    termYears: [1, 1],
    removedShare: 0.02,
  },
  CONTRACT_CREDIT_ENTERPRISE: {
    weight: 6,
    classes: ['91'],
    listingUnit: () => CITY_MSA,
    reasons: ['列入守合同重信用企业公示名单'],
    documentNumber: null,
    termYears: [2, 2],
    removedShare: 0.02,
  },
  CUSTOMS_ADVANCED_CERTIFIED: {
    weight: 1,
    classes: ['91'],
    listingUnit: () => '郑州海关',
    reasons: ['经认证为海关高级认证企业'],
    documentNumber: null,
    termYears: null,
    removedShare: 0.05,
  },
  DISHONEST_JUDGMENT_DEBTOR: {
    weight: 18,
    classes: EVERYONE,
    listingUnit: (region) => region.court,
    reasons: DEBTOR_GROUNDS.map((ground) => ground.reason),
    documentNumber: (region, year, serial) => caseNumber(region.courtCode, year, serial),
    termYears: [2, 2],
    removedShare: 0.12,
  },
  MAJOR_TAX_VIOLATION: {
    weight: 4,
    classes: EVERYONE,
    listingUnit: () => TAX_BUREAU,
    reasons: ['虚开增值税专用发票', '逃避缴纳税款', '骗取出口退税'],
    documentNumber: (_region, year, serial) => documentNumber('平税稽罚', year, serial),
    termYears: [3, 3],
    removedShare: 0.05,
  },
  GOV_PROCUREMENT_SERIOUS_VIOLATION: {
    weight: 4,
    classes: MARKET_ENTITIES,
    listingUnit: () => '平顶山市财政局',
    reasons: ['提供虚假材料谋取中标、成交', '与采购人、其他供应商恶意串通', '向采购人、采购代理机构行贿'],
    documentNumber: (_region, year, serial) => documentNumber('平财购罚', year, serial),
    termYears: [1, 3],
    removedShare: 0.03,
  },
  WAGE_ARREARS_DISHONEST: {
    weight: 6,
    classes: EVERYONE,
    listingUnit: () => '平顶山市人力资源和社会保障局',
    reasons: [
      '克扣、无故拖欠农民工工资达到认定拒不支付劳动报酬罪数额标准',
      '因拖欠农民工工资违法行为引发群体性事件',
    ],
    documentNumber: (_region, year, serial) => documentNumber('平人社监罚', year, serial),
    termYears: [3, 3],
    removedShare: 0.08,
  },
  WORK_SAFETY_SERIOUS_DISHONEST: {
    weight: 3,
    classes: MARKET_ENTITIES,
    listingUnit: () => '平顶山市应急管理局',
    reasons: ['发生较大生产安全事故，负有责任', '未按规定整改重大事故隐患'],
    documentNumber: (_region, year, serial) => documentNumber('平应急罚', year, serial),
    termYears: [3, 3],
    removedShare: 0.05,
  },
  ABNORMAL_OPERATION: {
    weight: 40,
    classes: MARKET_ENTITIES,
    listingUnit: (region) => region.marketRegulator,
    reasons: [
      '未按照规定期限公示年度报告',
      '通过登记的住所或者经营场所无法联系',
      '未在责令的期限内公示有关信息',
      '公示信息隐瞒真实情况、弄虚作假',
    ],
    documentNumber: (region, year, serial) => documentNumber(`${region.abbreviation}市监异`, year, serial),
    termYears: null,
    removedShare: 0.25,
  },
};

/** A template for a list type the table above does not know, by its kind. */
export function genericTemplate(type: ListTypeRow): ListTemplate {
  return {
    weight: 2,
    classes: type.kind === 'serious' ? EVERYONE : type.kind === 'red' ? ORGANISATIONS : MARKET_ENTITIES,
    listingUnit: () => type.authority,
    reasons: [`列入${type.name}`],
    documentNumber: null,
    termYears: null,
    removedShare: 0.05,
  };
}
