// The words of the city's organisation names: industries and shops with the sector each works in (which picks
// its licences and penalties), company forms and the words of cooperatives, institutions and social organisations.
import type { Sector } from './synthetic';

/** Industry words of enterprise names, with the licence and penalty families that go with them. */
export type Industry = { word: string; sector: Sector };

export const INDUSTRIES: readonly Industry[] = [
  { word: '商贸', sector: 'trade' },
  { word: '贸易', sector: 'trade' },
  { word: '供应链管理', sector: 'trade' },
  { word: '农资', sector: 'trade' },
  { word: '建材', sector: 'trade' },
  { word: '建筑工程', sector: 'construction' },
  { word: '建设工程', sector: 'construction' },
  { word: '装饰工程', sector: 'construction' },
  { word: '市政工程', sector: 'construction' },
  { word: '房地产开发', sector: 'construction' },
  { word: '餐饮管理', sector: 'food' },
  { word: '食品', sector: 'food' },
  { word: '农产品', sector: 'food' },
  { word: '物流', sector: 'transport' },
  { word: '运输', sector: 'transport' },
  { word: '汽车服务', sector: 'transport' },
  { word: '机械制造', sector: 'industry' },
  { word: '化工', sector: 'industry' },
  { word: '矿山机械', sector: 'industry' },
  { word: '新材料科技', sector: 'industry' },
  { word: '电力设备', sector: 'industry' },
  { word: '煤业', sector: 'industry' },
  { word: '信息技术', sector: 'services' },
  { word: '文化传播', sector: 'services' },
  { word: '教育咨询', sector: 'services' },
  { word: '物业服务', sector: 'services' },
  { word: '环保科技', sector: 'services' },
  { word: '医药', sector: 'health' },
  { word: '医疗器械', sector: 'health' },
  { word: '大药房', sector: 'health' },
];

export const COMPANY_FORMS = ['有限公司', '有限公司', '有限公司', '有限责任公司', '股份有限公司'] as const;

/** Individual businesses: the shop word and its sector. */
export const SHOPS: readonly Industry[] = [
  { word: '便利店', sector: 'food' },
  { word: '超市', sector: 'food' },
  { word: '小吃店', sector: 'food' },
  { word: '烩面馆', sector: 'food' },
  { word: '饭店', sector: 'food' },
  { word: '烟酒店', sector: 'trade' },
  { word: '农资经营部', sector: 'trade' },
  { word: '五金建材店', sector: 'trade' },
  { word: '服装店', sector: 'trade' },
  { word: '汽车修理部', sector: 'transport' },
  { word: '货运部', sector: 'transport' },
  { word: '理发店', sector: 'services' },
  { word: '家电维修部', sector: 'services' },
  { word: '诊所', sector: 'health' },
  { word: '药店', sector: 'health' },
];

export const COOPERATIVE_WORDS = [
  '种植专业合作社',
  '养殖专业合作社',
  '农机专业合作社',
  '果蔬专业合作社',
] as const;
export const INSTITUTION_WORDS = ['服务中心', '研究所', '检测中心', '培训学校', '卫生院'] as const;
export const SOCIAL_ORG_WORDS = ['行业协会', '商会', '促进会', '研究会', '志愿服务协会'] as const;
