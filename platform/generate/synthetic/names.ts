// Synthetic names: of people, trade names (字号) and the roads of addresses. Trade names pair uncommon characters (岚汀, 砚骁 …) to stay
// clear of real firms. One source in two sizes: the demo data set drew its few hundred names from the core lists;
// the city adds more characters, so that with the industry, the form and the place it makes hundreds of
// thousands of distinct names.
import type { Draw } from './random';

export type NameSource = {
  surnames: readonly string[];
  givenMale: readonly string[];
  givenFemale: readonly string[];
  tradeChars: readonly string[];
  roads: readonly string[];
};

const CORE = {
  surnames:
    '王李张刘陈杨赵黄周吴徐孙胡朱高郭马宋郑韩冯于董程曹袁许沈彭吕苏卢蒋贾丁魏薛叶阎潘杜夏田任范方石姚崔孟乔牛翟樊',
  givenMale: '建国伟军强磊洋勇杰涛明超华平刚辉鹏飞波斌宇浩凯俊帅新振永志春海林卫东亚利',
  givenFemale: '芳娜敏静丽艳娟霞秀玲红桂英梅兰晓春玉文华萍燕雪琳婷慧颖洁丹倩',
  tradeChars:
    '岚汀枫澜翊岑珩璟钧朗皓晟沐砚栖梧棠溪峻澄霁曜琨瑄楠桦樾嵘骁奕烨韶稷穆瀚麓芃蕴铂拓骏禾芮翎筠珏昕璞岱泓',
  roads:
    '建设路 中兴路 开源路 光明路 和平路 人民路 文化路 工业路 长青路 团结路 友谊路 新华路 育英路 湖滨路 体育路 迎宾大道 凌云路 东环路 西环路 南环路',
};
const MORE: typeof CORE = {
  surnames: '邓谢唐余常付武白毛耿秦鲍',
  givenMale: '锋晨旭博',
  givenFemale: '月佳欣怡',
  tradeChars: '煦蔚熠璐琪瑾珺珂玥沛淇湘渝潇滢澈濠洺泊浔汐瀚禹尧舜岳崧峪嵩巍屹峤崑崇岭峰',
  roads: '矿工路 姚孟路 神马大道 香山路',
};

const sourceOf = (...parts: (typeof CORE)[]): NameSource => ({
  surnames: parts.flatMap((part) => Array.from(part.surnames)),
  givenMale: parts.flatMap((part) => Array.from(part.givenMale)),
  givenFemale: parts.flatMap((part) => Array.from(part.givenFemale)),
  tradeChars: parts.flatMap((part) => Array.from(part.tradeChars)),
  roads: parts.flatMap((part) => part.roads.split(' ')),
});

/** The demo data set's names: the core lists. */
export const DEMO_NAMES = sourceOf(CORE);
/** The city's names: the core lists and more. */
export const CITY_NAMES = sourceOf(CORE, MORE);

/** A surname and one or two given characters; 60% male unless `male` is given. */
export function personName(draw: Draw, names: NameSource, male: boolean = draw.chance(0.6)): string {
  const given = male ? names.givenMale : names.givenFemale;
  return draw.pick(names.surnames) + draw.pick(given) + (draw.chance(0.75) ? draw.pick(given) : '');
}

/**
 * Two distinct characters. Without `taken`, the second is drawn again until it differs (the city: names are told
 * apart by industry, form and place too). With `taken`, the whole pair is drawn again until it differs and was
 * never given before, and is then added to `taken` (the demo data set, whose trade names are all distinct).
 */
export function tradeName(draw: Draw, names: NameSource, taken?: Set<string>): string {
  if (taken === undefined) {
    const first = draw.pick(names.tradeChars);
    let second = draw.pick(names.tradeChars);
    while (second === first) second = draw.pick(names.tradeChars);
    return first + second;
  }
  for (;;) {
    const first = draw.pick(names.tradeChars);
    const second = draw.pick(names.tradeChars);
    if (first === second || taken.has(first + second)) continue;
    taken.add(first + second);
    return first + second;
  }
}
