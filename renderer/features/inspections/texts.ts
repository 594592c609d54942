// Every word of the 双随机抽查 page (zh-CN).

const percent = (ratio: number): string => `${Math.round(ratio * 10_000) / 100}%`;

export const inspectionsTexts = {
  pageTitle: '双随机抽查',
  intro:
    '按区划和事项选定检查对象（持有该事项行政许可的存续主体），按风险分类和抽查比例随机抽取，并为每个对象随机抽取两名检查人员；记录随机种子，可随时重现验证。检查前打印随机抽取名单（附抽取方法说明），检查后逐户录入检查结果，并公示抽查结果。',
  region: '区划',
  matter: '抽查事项',
  showPool: '查看检查对象',
  chooseMatterFirst: '请先选择抽查事项',
  poolTitle: '检查对象（按风险分类）',
  columns: {
    grade: '风险分类',
    population: '对象数',
    ratio: '抽查比例',
    chosen: '本次比例（%）',
    expected: '预计抽取',
  },
  ratio: (min: number, max: number): string =>
    min === max ? percent(max) : `${percent(min)}–${percent(max)}`,
  gradeLabel: (grade: string, label: string): string =>
    grade === 'ungraded' ? label : `${grade}类 · ${label}`,
  poolSummary: (subjects: number, inspectors: number): string =>
    `共 ${subjects} 个检查对象，名录中可派检查人员 ${inspectors} 名`,
  ratiosInfo: (version: string, source: 'platform' | 'bundled', confirmed: boolean): string =>
    `抽查比例表 版本 ${version}（${source === 'platform' ? '市平台下发' : '随程序发布'}）${confirmed ? '' : '· 示例比例，待本地监管部门确认'}`,
  rosterInfo: (version: string, source: 'platform' | 'bundled'): string =>
    `执法检查人员名录 版本 ${version}（${source === 'platform' ? '市平台下发' : '随程序发布'}）`,
  demoRoster: '检查人员名录为演示数据（合成姓名与证号），不得用于真实抽查。',
  emptyPool: '所选区划和事项下没有可抽查的主体。',
  drawBlockedEmpty: '没有可抽查的主体，无法抽取',
  drawBlockedProblems: '请先解决上方列出的问题，再抽取',
  percentInvalid: '请填写 0–100 之间的百分数，最多两位小数（如 20 表示 20%）',
  percentOutside: (min: number, max: number): string => `本次比例须在 ${percent(min)}–${percent(max)} 之间`,
  /** 预计抽取 beside a ratio that cannot be drawn with. */
  noCount: '—',
  seed: '随机种子（可选）',
  seedHelp: '留空则由系统生成安全随机种子；公开摇号时可填写现场产生的种子。',
  draw: '抽取',
  drawing: '抽取中…',
  resultTitle: (number: string): string => `随机抽取名单 ${number}`,
  recordedSeed: '随机种子',
  seedGenerated: '系统生成',
  seedGiven: '人工指定',
  poolHash: '检查对象名单摘要（SHA-256）',
  listHash: '随机抽取名单摘要（SHA-256）',
  drawnBy: (actor: string, at: string): string => `${actor} 于 ${at} 抽取`,
  replay: '重现验证',
  replayOk: '可重现',
  replayFailed: '不可重现',
  exportCsv: '导出 CSV',
  exportXlsx: '导出 Excel',
  exported: (name: string, rows: number): string => `已导出 ${name}（${rows} 行）`,
  print: '打印随机抽取名单',
  rowsTitle: (count: number, pool: number): string => `抽中 ${count} 个（共 ${pool} 个检查对象）`,
  rowsLabel: '抽查名单',
  rowColumns: {
    order: '序号',
    name: '检查对象名称',
    identifier: '统一社会信用代码/公民身份号码',
    grade: '风险分类',
    inspectors: '检查人员（执法证号）',
  },
  inspector: (name: string, badge: string): string => `${name}（${badge}）`,
  pastTitle: '历次抽查',
  pastEmpty: '还没有抽查记录。',
  pastLabel: '历次抽查',
  pastColumns: {
    number: '抽查编号',
    drawnAt: '抽取时间',
    region: '区划',
    matter: '事项',
    picked: '抽中 / 对象',
    seed: '随机种子',
    actor: '抽取人',
  },
  picked: (picked: number, pool: number): string => `${picked} / ${pool}`,
  refresh: '刷新',
  printDoc: {
    dialogLabel: '打印随机抽取名单',
    print: '打印',
    close: '关闭',
  },
} as const;
