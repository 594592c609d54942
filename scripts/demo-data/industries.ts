// Industries of enterprises and kinds of shops, with the records they typically carry
import {
  LICENCES,
  PENALTIES,
  type LicenceTemplate,
  type PenaltyTemplate,
} from '../../platform/generate/synthetic/index.ts';

export type IndustryKey =
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
export type Industry = {
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
export const INDUSTRY_KEYS = Object.keys(INDUSTRIES) as IndustryKey[];
export const industryOf = (key: IndustryKey): Industry => INDUSTRIES[key];

export type ShopKind = {
  suffix: string;
  licences: readonly LicenceTemplate[];
  penalties: readonly PenaltyTemplate[];
};
export const SHOPS: readonly ShopKind[] = [
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
