// Synthetic names. Trade names pair uncommon characters (岚汀, 砚骁 …), as the demo data does, to stay clear of
// real firms; with the industry, the form and the place they make hundreds of thousands of distinct names.
import type { Draw } from './synthetic';

const SURNAMES = Array.from(
  '王李张刘陈杨赵黄周吴徐孙胡朱高郭马宋郑韩冯于董程曹袁许沈彭吕苏卢蒋贾丁魏薛叶阎潘杜夏田任范方石姚崔孟乔牛翟樊邓谢唐余常付武白毛耿秦鲍',
);
const GIVEN_MALE = Array.from(
  '建国伟军强磊洋勇杰涛明超华平刚辉鹏飞波斌宇浩凯俊帅新振永志春海林卫东亚利锋晨旭博',
);
const GIVEN_FEMALE = Array.from('芳娜敏静丽艳娟霞秀玲红桂英梅兰晓春玉文华萍燕雪琳婷慧颖洁丹倩月佳欣怡');

export function personName(draw: Draw, male: boolean = draw.chance(0.6)): string {
  const given = male ? GIVEN_MALE : GIVEN_FEMALE;
  return draw.pick(SURNAMES) + draw.pick(given) + (draw.chance(0.75) ? draw.pick(given) : '');
}

const TRADE_CHARS = Array.from(
  '岚汀枫澜翊岑珩璟钧朗皓晟沐砚栖梧棠溪峻澄霁曜琨瑄楠桦樾嵘骁奕烨韶稷穆瀚麓芃蕴铂拓骏禾芮翎筠珏昕璞岱泓煦蔚熠璐琪瑾珺珂玥沛淇湘渝潇滢澈濠洺泊浔汐瀚禹尧舜岳崧峪嵩巍屹峤崑崇岭峰',
);

/** Two distinct characters. */
export function tradeName(draw: Draw): string {
  const first = draw.pick(TRADE_CHARS);
  let second = draw.pick(TRADE_CHARS);
  while (second === first) second = draw.pick(TRADE_CHARS);
  return first + second;
}

/** Industry words of enterprise names, with the licence and penalty families that go with them. */
export type Industry = { word: string; sector: Sector };
export type Sector = 'trade' | 'construction' | 'food' | 'transport' | 'industry' | 'services' | 'health';

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
