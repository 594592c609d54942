import type { InspectionDrawRecord, PublishedInspectionRow } from '../domain/inspection';
import { percent } from '../sampling/draw';
import { UNGRADED } from '../sampling/ratios';

// The 随机抽取名单 printed (and exported) before any inspection, with its annex 抽取方法说明: one wording for the
// print (renderer) and the export (core). This list says who will be inspected; it is not 抽查结果公示, which
// publishes what the inspections found (published-results.ts).

export const DRAW_LIST_TITLE = '随机抽取名单';
export const ANNEX_TITLE = '附件：抽取方法说明';

/** 2026-12-02 → 2026年12月2日 */
export const chineseDay = (day: string): string => {
  const [year, month, date] = day.split('-');
  return `${year}年${Number(month)}月${Number(date)}日`;
};

/** The day (Beijing) of a stored instant such as 2026-12-02T09:30:00.000+08:00. */
export const dayOfBeijingIso = (iso: string): string =>
  new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** 抽查任务名称: 平顶山市食品经营许可“双随机”抽查. */
export const taskName = (draw: Pick<InspectionDrawRecord, 'regionName' | 'matterName'>): string =>
  `${draw.regionName}${draw.matterName}“双随机”抽查`;

type DrawFacts = Pick<
  InspectionDrawRecord,
  | 'number'
  | 'drawnAt'
  | 'regionName'
  | 'matterName'
  | 'seed'
  | 'seedSource'
  | 'ratios'
  | 'rosterDemo'
  | 'inspectorsPerSubject'
  | 'pool'
  | 'poolHash'
  | 'result'
>;

/** The lines above the list: task and number, day, region, matter, seed and the list's fingerprint. */
export function drawListHeader(draw: DrawFacts, listHash: string): string[] {
  return [
    `抽查任务：${taskName(draw)}\u3000任务编号：${draw.number}`,
    `抽取日期：${chineseDay(dayOfBeijingIso(draw.drawnAt))}\u3000区划：${draw.regionName}\u3000抽查事项：${draw.matterName}`,
    `随机种子：${draw.seed}\u3000抽中 ${draw.result.picked.length} 个（共 ${draw.pool.length} 个检查对象）`,
    `名单摘要（SHA-256）：${listHash}`,
    ...(draw.rosterDemo ? ['检查人员名录为演示数据，不得用于真实抽查。'] : []),
  ];
}

const groupName = (grade: string, label: string): string =>
  grade === UNGRADED ? `“${label}”组（没有风险分类的对象）` : `${grade}类（${label}）`;

/**
 * 附件：抽取方法说明 in words a citizen can follow: where the candidates come from, the groups by 风险分类 and
 * their ratios, the seed, how anyone can redo the draw (the algorithms named as in resources/rules/README.md), how
 * the inspectors are drawn, and what this list is (and is not).
 */
export function methodAnnex(draw: DrawFacts, listHash: string): { title: string; paragraphs: string[] } {
  const groups = draw.result.perGrade.map(
    (entry) =>
      `${groupName(entry.grade, entry.label)}：${entry.population} 个，抽查比例 ${percent(entry.ratio)}，抽取 ${entry.drawn} 个`,
  );
  const seedOrigin =
    draw.seedSource === 'generated'
      ? '由系统用安全随机数自动生成'
      : '由抽查部门在抽取时当场指定（例如公开摇号产生）';
  return {
    title: ANNEX_TITLE,
    paragraphs: [
      `一、检查对象从哪里来。本次抽查的对象是${draw.regionName}范围内持有“${draw.matterName}”行政许可、目前仍在存续的主体，共 ${draw.pool.length} 个。这份对象名单在抽取时固定并存档，其摘要（SHA-256）为 ${draw.poolHash}；名单（含每个对象的主体编号）可向抽查部门申请查阅。`,
      `二、按风险分类分组，各组按比例抽取。全部对象按风险分类分组，风险越高的组抽查比例越高。各组情况：${groups.join('；')}。每组抽取的个数等于该组对象数乘以抽查比例，有小数的进为整数；组内有对象且比例大于零的，至少抽取 1 个。抽查比例表版本 ${draw.ratios.version}${draw.ratios.confirmed ? '' : '，为示例比例，待本地监管部门确认'}。`,
      `三、随机种子。抽取用的“随机种子”是一串字符：${draw.seed}。它${seedOrigin}，抽取之前无法预知结果；抽取后与名单一并存档，不能更改。`,
      '四、任何人都可以重做这次抽取。同一个随机种子、同一份对象名单，按下面的步骤必然得到完全相同的名单：（1）用 cyrb128 散列算法把随机种子变成 4 个整数，作为 sfc32 随机数发生器的起点，先舍弃最初的 12 个随机数；（2）按上面的分组顺序，把每组对象按主体编号从小到大排好；（3）用 Fisher–Yates 洗牌法的前几步抽出该组应抽的个数：每一步都从尚未抽中的对象中等概率地选出一个，直到抽够。市平台收到抽取记录后，已按同样步骤重做并核对。',
      `五、检查人员怎样抽取。对每个抽中的对象，从执法检查人员名录中负责该对象所在县（市、区）、可以检查此类事项的人员里，用同一个随机数发生器接着随机抽取 ${draw.inspectorsPerSubject} 名，同一对象的检查人员不重复。抽取顺序为：按上面的分组顺序，组内按主体编号，逐个对象抽取。`,
      `六、本名单的性质。本名单是检查之前的随机抽取名单，不是检查结果；检查完成后，检查结果另行以“抽查结果公示”公布。本名单摘要（SHA-256）${listHash} 按名单各行的序号、名称、代码、风险分类、检查人员及执法证号计算，名单任何一处改动，摘要都会不同。`,
    ],
  };
}

/**
 * The text the list's fingerprint is the sha256 of (UTF-8): the JSON array of
 * `[序号, 名称, 代码, 风险分类, [[检查人员, 执法证号], …]]` per row, in the list's order — exactly what is printed, so
 * anyone holding the printed list can recompute it.
 */
export const drawListCanonical = (rows: readonly PublishedInspectionRow[]): string =>
  JSON.stringify(
    rows.map((row) => [
      row.order,
      row.subjectName,
      row.identifier,
      row.gradeLabel,
      row.inspectors.map((inspector) => [inspector.name, inspector.badge]),
    ]),
  );
