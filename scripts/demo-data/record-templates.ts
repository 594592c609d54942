// Licences and penalties that enterprises and shops typically carry, and the departments that decide them.
import type { Region } from '../../platform/generate/synthetic/index.ts';

/** `department: 'county-msa'` stands for the market regulator of the subject's region (and prefixes its abbreviation). */
export type LicenceTemplate = { title: string; department: string; prefix: string; subject: string };
export type PenaltyTemplate = {
  department: string;
  prefix: string;
  act: string;
  law: string;
  sanctions: readonly string[];
  /** 领域: a key of resources/rules/record-rules.json (work-safety … carry their own repair periods). */
  domain?: string;
};

const MSA_FOOD_LICENCE: LicenceTemplate = {
  title: '食品经营许可',
  department: 'county-msa',
  prefix: '市监食许',
  subject: '食品经营许可证（经营项目：预包装食品销售、散装食品销售）',
};
export const LICENCES = {
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

export const PENALTIES = {
  foodExpired: {
    department: 'county-msa',
    prefix: '市监罚',
    act: '经营超过保质期的食品',
    law: '《中华人民共和国食品安全法》',
    domain: 'food-safety',
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
    domain: 'market',
    sanctions: ['警告', '罚款人民币2000元', '罚款人民币5000元'],
  },
  falseAdvert: {
    department: 'county-msa',
    prefix: '市监罚',
    act: '发布虚假广告',
    law: '《中华人民共和国广告法》',
    domain: 'market',
    sanctions: ['责令停止发布广告，罚款人民币30000元', '责令停止发布广告，罚款人民币60000元'],
  },
  substandard: {
    department: '平顶山市市场监督管理局',
    prefix: '平市监罚',
    act: '销售不合格产品',
    law: '《中华人民共和国产品质量法》',
    domain: 'product-quality',
    sanctions: ['没收不合格产品，罚款人民币12000元', '没收违法所得，罚款人民币28000元'],
  },
  pharmacy: {
    department: '平顶山市市场监督管理局',
    prefix: '平市监罚',
    act: '未凭处方销售处方药',
    law: '《中华人民共和国药品管理法》',
    domain: 'drugs',
    sanctions: ['警告', '罚款人民币10000元'],
  },
  noPermit: {
    department: '平顶山市住房和城乡建设局',
    prefix: '平住建罚',
    act: '未取得施工许可证擅自施工',
    law: '《中华人民共和国建筑法》',
    domain: 'construction',
    sanctions: ['责令停止施工，罚款人民币38000元', '责令限期改正，罚款人民币56000元'],
  },
  quality: {
    department: '平顶山市住房和城乡建设局',
    prefix: '平住建罚',
    act: '未按照工程设计图纸和施工技术标准施工',
    law: '《建设工程质量管理条例》',
    domain: 'construction',
    sanctions: ['责令改正，罚款人民币120000元', '责令改正，罚款人民币200000元'],
  },
  emission: {
    department: '平顶山市生态环境局',
    prefix: '平环罚',
    act: '超过大气污染物排放标准排放大气污染物',
    law: '《中华人民共和国大气污染防治法》',
    domain: 'environment',
    sanctions: ['责令改正，罚款人民币100000元', '责令限制生产，罚款人民币200000元'],
  },
  eia: {
    department: '平顶山市生态环境局',
    prefix: '平环罚',
    act: '建设项目环境影响报告表未经批准擅自开工建设',
    law: '《中华人民共和国环境影响评价法》',
    domain: 'environment',
    sanctions: ['责令停止建设，罚款人民币80000元'],
  },
  safetyTraining: {
    department: '平顶山市应急管理局',
    prefix: '平应急罚',
    act: '未按照规定对从业人员进行安全生产教育和培训',
    law: '《中华人民共和国安全生产法》',
    domain: 'work-safety',
    sanctions: ['责令限期改正，罚款人民币30000元', '责令限期改正，罚款人民币50000元'],
  },
  vehicle: {
    department: '平顶山市交通运输局',
    prefix: '平交执罚',
    act: '未按照规定维护和检测运输车辆',
    law: '《中华人民共和国道路运输条例》',
    domain: 'transport',
    sanctions: ['罚款人民币1000元', '罚款人民币3000元'],
  },
  lateFiling: {
    department: '国家税务总局平顶山市税务局',
    prefix: '平税罚',
    act: '未按照规定期限办理纳税申报和报送纳税资料',
    law: '《中华人民共和国税收征收管理法》',
    domain: 'taxation',
    sanctions: ['罚款人民币500元', '罚款人民币2000元'],
  },
  fire: {
    department: '平顶山市消防救援支队',
    prefix: '平消行罚',
    act: '消防设施、器材未保持完好有效',
    law: '《中华人民共和国消防法》',
    domain: 'fire-safety',
    sanctions: ['罚款人民币5000元', '罚款人民币10000元'],
  },
  drainage: {
    department: '平顶山市城市管理局',
    prefix: '平城管罚',
    act: '未取得污水排入排水管网许可证向城镇排水设施排放污水',
    law: '《城镇排水与污水处理条例》',
    domain: 'urban-management',
    sanctions: ['责令停止违法行为，罚款人民币20000元'],
  },
} satisfies Record<string, PenaltyTemplate>;

/** Penalties of natural persons (the demo's 简易程序 and 普通程序 examples). */
export const PERSON_PENALTIES = {
  roadOccupation: {
    department: '平顶山市城市管理局',
    prefix: '平城管罚',
    act: '未经批准擅自占用城市道路摆摊经营',
    law: '《城市道路管理条例》',
    domain: 'urban-management',
    sanctions: ['责令限期改正，当场处以罚款人民币200元'],
  },
  sandMining: {
    department: '平顶山市水利局',
    prefix: '平水罚',
    act: '未经许可擅自在河道管理范围内采砂',
    law: '《中华人民共和国水法》',
    domain: 'water',
    sanctions: ['责令停止违法行为，罚款人民币20000元'],
  },
} satisfies Record<string, PenaltyTemplate>;

export function departmentOf(template: { department: string }, r: Region): string {
  return template.department === 'county-msa' ? r.marketRegulator : template.department;
}
export function prefixOf(template: { department: string; prefix: string }, r: Region): string {
  return template.department === 'county-msa' ? `${r.abbreviation}${template.prefix}` : template.prefix;
}
