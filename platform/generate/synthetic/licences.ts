// Licences (行政许可) of synthetic records, by name. The city draws those of a subject's sector, in this order;
// the demo data set's industries name theirs.
import { COUNTY, type LicenceTemplate } from './record-templates';

const HOUSING = '平顶山市住房和城乡建设局';

export const LICENCES = {
  food: {
    title: '食品经营许可',
    department: COUNTY,
    prefix: '市监食许',
    certificate: '食品经营许可证（经营项目：预包装食品销售、散装食品销售）',
    sectors: ['food', 'trade'],
  },
  catering: {
    title: '食品经营许可',
    department: COUNTY,
    prefix: '市监食许',
    certificate: '食品经营许可证（经营项目：热食类食品制售）',
    sectors: ['food'],
  },
  construction: {
    title: '建筑工程施工许可证核发',
    department: HOUSING,
    prefix: '平住建施许',
    certificate: '建筑工程施工许可证',
    sectors: ['construction'],
  },
  builderQualification: {
    title: '建筑业企业资质核准',
    department: HOUSING,
    prefix: '平住建资',
    certificate: '建筑业企业资质证书（施工总承包三级）',
    sectors: ['construction'],
  },
  realEstate: {
    title: '房地产开发企业资质核定',
    department: HOUSING,
    prefix: '平住建房资',
    certificate: '房地产开发企业资质证书（二级）',
    sectors: [],
  },
  testing: {
    title: '建设工程质量检测机构资质核准',
    department: HOUSING,
    prefix: '平住建检资',
    certificate: '建设工程质量检测机构资质证书',
    sectors: [],
  },
  planning: {
    title: '建设工程规划许可证核发',
    department: '平顶山市自然资源和规划局',
    prefix: '平自然资规许',
    certificate: '建设工程规划许可证',
    sectors: ['construction'],
  },
  transport: {
    title: '道路运输经营许可',
    department: '平顶山市交通运输局',
    prefix: '平交运许',
    certificate: '道路运输经营许可证（道路普通货物运输）',
    sectors: ['transport'],
  },
  pollutant: {
    title: '排污许可证核发',
    department: '平顶山市生态环境局',
    prefix: '平环许',
    certificate: '排污许可证',
    sectors: ['industry', 'construction'],
  },
  hazardous: {
    title: '危险化学品经营许可',
    department: '平顶山市应急管理局',
    prefix: '平应急危化许',
    certificate: '危险化学品经营许可证',
    sectors: ['industry', 'trade'],
  },
  // One licence in two wordings: the city's, and the demo data set's (kept, so its records stay as they are).
  drugRetail: {
    title: '药品经营许可（零售）',
    department: '平顶山市市场监督管理局',
    prefix: '平市监药许',
    certificate: '药品经营许可证（零售）',
    sectors: ['health'],
  },
  pharmacy: {
    title: '药品零售企业许可',
    department: '平顶山市市场监督管理局',
    prefix: '平市监药许',
    certificate: '药品经营许可证（零售）',
    sectors: [],
  },
  medical: {
    title: '医疗机构执业登记',
    department: '平顶山市卫生健康委员会',
    prefix: '平卫医许',
    certificate: '医疗机构执业许可证',
    sectors: ['health'],
  },
  drainage: {
    title: '城镇污水排入排水管网许可',
    department: '平顶山市城市管理局',
    prefix: '平城管排许',
    certificate: '城镇污水排入排水管网许可证',
    sectors: ['food', 'industry', 'services'],
  },
  tobacco: {
    title: '烟草专卖零售许可',
    department: '平顶山市烟草专卖局',
    prefix: '平烟专许',
    certificate: '烟草专卖零售许可证',
    sectors: ['trade', 'food'],
  },
  publications: {
    title: '出版物零售业务许可',
    department: '平顶山市文化广电和旅游局',
    prefix: '平文旅许',
    certificate: '出版物经营许可证',
    sectors: ['services', 'trade'],
  },
  entertainment: {
    title: '娱乐场所经营活动审批',
    department: '平顶山市文化广电和旅游局',
    prefix: '平文旅许',
    certificate: '娱乐经营许可证',
    sectors: [],
  },
  transportWorker: {
    title: '道路运输从业人员从业资格',
    department: '平顶山市交通运输局',
    prefix: '平交从资',
    certificate: '道路运输从业人员从业资格证',
    sectors: ['persons'],
  },
  specialOperations: {
    title: '特种作业人员操作资格',
    department: '平顶山市应急管理局',
    prefix: '平应急特作',
    certificate: '特种作业操作证',
    sectors: ['persons'],
  },
} satisfies Record<string, LicenceTemplate>;
