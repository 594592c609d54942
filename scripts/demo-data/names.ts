// Names (synthetic; trade names are drawn from uncommon character pairs to keep clear of real firms)
import { chance, pick } from './draws.ts';

const SURNAMES = Array.from(
  '王李张刘陈杨赵黄周吴徐孙胡朱高郭马宋郑韩冯于董程曹袁许沈彭吕苏卢蒋贾丁魏薛叶阎潘杜夏田任范方石姚崔孟乔牛翟樊',
);
const GIVEN_MALE = '建国伟军强磊洋勇杰涛明超华平刚辉鹏飞波斌宇浩凯俊帅新振永志春海林卫东亚利'.split('');
const GIVEN_FEMALE = '芳娜敏静丽艳娟霞秀玲红桂英梅兰晓春玉文华萍燕雪琳婷慧颖洁丹倩'.split('');
export function personName(male = chance(0.6)): string {
  const given = male ? GIVEN_MALE : GIVEN_FEMALE;
  return pick(SURNAMES) + pick(given) + (chance(0.75) ? pick(given) : '');
}

const TRADE_CHARS = Array.from(
  '岚汀枫澜翊岑珩璟钧朗皓晟沐砚栖梧棠溪峻澄霁曜琨瑄楠桦樾嵘骁奕烨韶稷穆瀚麓芃蕴铂拓骏禾芮翎筠珏昕璞岱泓',
);
const usedTradeNames = new Set<string>();
export function tradeName(): string {
  for (;;) {
    const a = pick(TRADE_CHARS);
    const b = pick(TRADE_CHARS);
    if (a === b || usedTradeNames.has(a + b)) continue;
    usedTradeNames.add(a + b);
    return a + b;
  }
}
