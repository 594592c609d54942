// Licences, penalties and other records as 平顶山's departments publish them (双公示), by the sector a subject
// works in. `county` departments are the subject's own district market regulator. Document prefixes are
// synthetic; platform/import/examples use prefixes not listed here so the two never collide.
import type { Sector } from './industries';
import type { SubjectClass } from './subject-row';

/** Stands, in a template, for the market regulator of the subject's own district. */
export const COUNTY = 'county';
/** A department's name, or COUNTY. */
export type Department = string;

export type LicenceTemplate = {
  title: string;
  department: Department;
  prefix: string;
  certificate: string;
  /** Sectors it fits; 'persons' is the sector of natural persons. */
  sectors: readonly (Sector | 'persons')[];
};

export type PenaltyTemplate = {
  act: string;
  law: string;
  department: Department;
  prefix: string;
  sanctions: readonly string[];
  sectors: readonly (Sector | 'persons')[];
  /** 领域: a key of resources/rules/record-rules.json (some carry their own repair periods). */
  domain: string;
};

const ALL: readonly (Sector | 'persons')[] = [
  'trade',
  'construction',
  'food',
  'transport',
  'industry',
  'services',
  'health',
];

export const LICENCES: readonly LicenceTemplate[] = [
  {
    title: '食品经营许可',
    department: COUNTY,
    prefix: '市监食许',
    certificate: '食品经营许可证（经营项目：预包装食品销售、散装食品销售）',
    sectors: ['food', 'trade'],
  },
  {
    title: '食品经营许可',
    department: COUNTY,
    prefix: '市监食许',
    certificate: '食品经营许可证（经营项目：热食类食品制售）',
    sectors: ['food'],
  },
  {
    title: '建筑工程施工许可证核发',
    department: '平顶山市住房和城乡建设局',
    prefix: '平住建施许',
    certificate: '建筑工程施工许可证',
    sectors: ['construction'],
  },
  {
    title: '建筑业企业资质核准',
    department: '平顶山市住房和城乡建设局',
    prefix: '平住建资',
    certificate: '建筑业企业资质证书（施工总承包三级）',
    sectors: ['construction'],
  },
  {
    title: '建设工程规划许可证核发',
    department: '平顶山市自然资源和规划局',
    prefix: '平自然资规许',
    certificate: '建设工程规划许可证',
    sectors: ['construction'],
  },
  {
    title: '道路运输经营许可',
    department: '平顶山市交通运输局',
    prefix: '平交运许',
    certificate: '道路运输经营许可证（道路普通货物运输）',
    sectors: ['transport'],
  },
  {
    title: '排污许可证核发',
    department: '平顶山市生态环境局',
    prefix: '平环许',
    certificate: '排污许可证',
    sectors: ['industry', 'construction'],
  },
  {
    title: '危险化学品经营许可',
    department: '平顶山市应急管理局',
    prefix: '平应急危化许',
    certificate: '危险化学品经营许可证',
    sectors: ['industry', 'trade'],
  },
  {
    title: '药品经营许可（零售）',
    department: '平顶山市市场监督管理局',
    prefix: '平市监药许',
    certificate: '药品经营许可证（零售）',
    sectors: ['health'],
  },
  {
    title: '医疗机构执业登记',
    department: '平顶山市卫生健康委员会',
    prefix: '平卫医许',
    certificate: '医疗机构执业许可证',
    sectors: ['health'],
  },
  {
    title: '城镇污水排入排水管网许可',
    department: '平顶山市城市管理局',
    prefix: '平城管排许',
    certificate: '城镇污水排入排水管网许可证',
    sectors: ['food', 'industry', 'services'],
  },
  {
    title: '烟草专卖零售许可',
    department: '平顶山市烟草专卖局',
    prefix: '平烟专许',
    certificate: '烟草专卖零售许可证',
    sectors: ['trade', 'food'],
  },
  {
    title: '出版物零售业务许可',
    department: '平顶山市文化广电和旅游局',
    prefix: '平文旅许',
    certificate: '出版物经营许可证',
    sectors: ['services', 'trade'],
  },
  {
    title: '道路运输从业人员从业资格',
    department: '平顶山市交通运输局',
    prefix: '平交从资',
    certificate: '道路运输从业人员从业资格证',
    sectors: ['persons'],
  },
  {
    title: '特种作业人员操作资格',
    department: '平顶山市应急管理局',
    prefix: '平应急特作',
    certificate: '特种作业操作证',
    sectors: ['persons'],
  },
];

export const PENALTIES: readonly PenaltyTemplate[] = [
  {
    act: '经营超过保质期的食品',
    domain: 'food-safety',
    law: '《中华人民共和国食品安全法》',
    department: COUNTY,
    prefix: '市监罚',
    sanctions: [
      '没收违法经营的食品，罚款人民币5000元',
      '没收违法所得，罚款人民币10000元',
      '罚款人民币50000元',
    ],
    sectors: ['food', 'trade'],
  },
  {
    act: '未按照规定明码标价',
    domain: 'market',
    law: '《中华人民共和国价格法》',
    department: COUNTY,
    prefix: '市监罚',
    sanctions: ['警告', '罚款人民币2000元', '罚款人民币5000元'],
    sectors: ['trade', 'food', 'services', 'health'],
  },
  {
    act: '发布虚假广告',
    domain: 'market',
    law: '《中华人民共和国广告法》',
    department: COUNTY,
    prefix: '市监罚',
    sanctions: ['责令停止发布广告，罚款人民币30000元', '责令停止发布广告，罚款人民币60000元'],
    sectors: ['services', 'health', 'trade'],
  },
  {
    act: '销售不合格产品',
    domain: 'product-quality',
    law: '《中华人民共和国产品质量法》',
    department: '平顶山市市场监督管理局',
    prefix: '平市监罚',
    sanctions: ['没收不合格产品，罚款人民币12000元', '没收违法所得，罚款人民币28000元'],
    sectors: ['trade', 'industry'],
  },
  {
    act: '未凭处方销售处方药',
    domain: 'drugs',
    law: '《中华人民共和国药品管理法》',
    department: '平顶山市市场监督管理局',
    prefix: '平市监罚',
    sanctions: ['警告', '罚款人民币10000元'],
    sectors: ['health'],
  },
  {
    act: '未取得施工许可证擅自施工',
    domain: 'construction',
    law: '《中华人民共和国建筑法》',
    department: '平顶山市住房和城乡建设局',
    prefix: '平住建罚',
    sanctions: ['责令停止施工，罚款人民币38000元', '责令限期改正，罚款人民币56000元'],
    sectors: ['construction'],
  },
  {
    act: '超过大气污染物排放标准排放大气污染物',
    domain: 'environment',
    law: '《中华人民共和国大气污染防治法》',
    department: '平顶山市生态环境局',
    prefix: '平环罚',
    sanctions: ['责令改正，罚款人民币100000元', '责令限制生产，罚款人民币200000元'],
    sectors: ['industry', 'construction'],
  },
  {
    act: '未按照规定对从业人员进行安全生产教育和培训',
    domain: 'work-safety',
    law: '《中华人民共和国安全生产法》',
    department: '平顶山市应急管理局',
    prefix: '平应急罚',
    sanctions: ['责令限期改正，罚款人民币30000元', '责令限期改正，罚款人民币50000元'],
    sectors: ['industry', 'construction', 'transport'],
  },
  {
    act: '未按照规定维护和检测运输车辆',
    domain: 'transport',
    law: '《中华人民共和国道路运输条例》',
    department: '平顶山市交通运输局',
    prefix: '平交执罚',
    sanctions: ['罚款人民币1000元', '罚款人民币3000元'],
    sectors: ['transport'],
  },
  {
    act: '未按照规定期限办理纳税申报和报送纳税资料',
    domain: 'taxation',
    law: '《中华人民共和国税收征收管理法》',
    department: '国家税务总局平顶山市税务局',
    prefix: '平税罚',
    sanctions: ['罚款人民币500元', '罚款人民币2000元'],
    sectors: ALL,
  },
  {
    act: '消防设施、器材未保持完好有效',
    domain: 'fire-safety',
    law: '《中华人民共和国消防法》',
    department: '平顶山市消防救援支队',
    prefix: '平消行罚',
    sanctions: ['罚款人民币5000元', '罚款人民币10000元'],
    sectors: ALL,
  },
  {
    act: '未取得道路运输经营许可擅自从事道路运输经营',
    domain: 'transport',
    law: '《中华人民共和国道路运输条例》',
    department: '平顶山市交通运输局',
    prefix: '平交执罚',
    sanctions: ['责令停止经营，罚款人民币10000元', '责令停止经营，没收违法所得，罚款人民币20000元'],
    sectors: ['persons'],
  },
  {
    act: '未经批准擅自占用城市道路',
    domain: 'urban-management',
    law: '《城市道路管理条例》',
    department: '平顶山市城市管理局',
    prefix: '平城管罚',
    sanctions: [
      '责令限期改正，罚款人民币200元',
      '责令限期改正，罚款人民币500元',
      '责令限期改正，罚款人民币2000元',
    ],
    sectors: ['persons', 'food', 'trade'],
  },
  {
    act: '未经许可擅自在河道管理范围内采砂',
    domain: 'water',
    law: '《中华人民共和国水法》',
    department: '平顶山市水利局',
    prefix: '平水罚',
    sanctions: ['责令停止违法行为，没收违法所得，罚款人民币30000元'],
    sectors: ['persons', 'industry'],
  },
];

export type OtherCategory = 'honor' | 'commitment' | 'evaluation' | 'judicial' | 'other';
export type RecordCategory = 'license' | 'penalty' | OtherCategory;

// Mostly licences and penalties (双公示), as a public credit report shows them; natural persons mostly
// penalties and court judgments.
export const CATEGORY_WEIGHTS: Readonly<
  Record<SubjectClass, readonly (readonly [RecordCategory, number])[]>
> = {
  '91': [
    ['license', 60],
    ['penalty', 28],
    ['honor', 3],
    ['commitment', 4],
    ['evaluation', 3],
    ['judicial', 1],
    ['other', 1],
  ],
  '92': [
    ['license', 58],
    ['penalty', 33],
    ['commitment', 5],
    ['judicial', 1],
    ['other', 3],
  ],
  '93': [
    ['license', 60],
    ['penalty', 25],
    ['honor', 3],
    ['commitment', 5],
    ['evaluation', 3],
    ['judicial', 2],
    ['other', 2],
  ],
  '12': [
    ['license', 70],
    ['penalty', 10],
    ['honor', 5],
    ['commitment', 5],
    ['other', 10],
  ],
  '52': [
    ['license', 50],
    ['penalty', 10],
    ['honor', 10],
    ['commitment', 10],
    ['other', 20],
  ],
  citizen: [
    ['license', 25],
    ['penalty', 50],
    ['commitment', 5],
    ['judicial', 20],
  ],
};

export const COMMITMENT_TYPES = [
  '审批替代型',
  '容缺受理型',
  '证明事项型',
  '信用修复型',
  '行业自律型',
  '主动型',
] as const;

export const COMMITMENT_DEPARTMENTS = [
  '平顶山市行政审批和政务信息管理局',
  '平顶山市市场监督管理局',
  '平顶山市交通运输局',
  '平顶山市住房和城乡建设局',
  '平顶山市人力资源和社会保障局',
] as const;

export const JUDICIAL_GROUNDS = [
  '有履行能力而拒不履行生效法律文书确定义务',
  '违反财产报告制度',
  '违反限制消费令',
] as const;
