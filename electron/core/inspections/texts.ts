// Every word of the inspection core that a person reads: refusals, the replay's answer, the exported list.

export const inspectionMessages = {
  matterUnknown: (code: string) => `事项目录中没有事项 ${code}`,
  regionUnknown: (code: string) => `未知的区划代码 ${code}`,
  poolEmpty: '所选区划和事项下没有可抽查的主体（须为存续主体，且持有该事项的行政许可记录）',
  inspectorsShort: (count: number, subjects: string) =>
    `以下检查对象可选的检查人员不足 2 人（名录中须有覆盖其区划、可检查该类事项的人员）：${subjects}${count > 5 ? ` 等 ${count} 个` : ''}`,
  notFound: '没有这次抽查的记录',
  recordBroken: '这次抽查的存档内容已损坏，无法读取',
  reproduces: '按存档的随机种子、检查对象和检查人员重新抽取，结果与存档完全一致',
  differs: '按存档的随机种子重新抽取，结果与存档不一致：存档可能被改动，或抽取算法已变更',
  poolChanged: '存档的检查对象名单与其摘要（哈希）不符：存档可能被改动',
  replayRefused: (reason: string) => `无法按存档重新抽取：${reason}`,
  auditPurpose: '双随机抽查',
} as const;

export const exportTexts = {
  baseName: (number: string) => `双随机抽查名单-${number}`,
  sheetName: '抽查名单',
  title: '“双随机、一公开”抽查结果公示名单',
  caption: (parts: { number: string; region: string; matter: string; drawnAt: string; seed: string }) =>
    `抽查编号：${parts.number}\u3000区划：${parts.region}\u3000抽查事项：${parts.matter}\u3000抽取时间：${parts.drawnAt}\u3000随机种子：${parts.seed}`,
  ratios: (version: string, confirmed: boolean) =>
    `抽查比例表版本：${version}${confirmed ? '' : '（示例比例，待本地监管部门确认）'}`,
  demoRoster: '检查人员名录为演示数据，不得用于真实抽查',
  columns: {
    order: '序号',
    name: '检查对象名称',
    identifier: '统一社会信用代码/证件号码',
    grade: '信用等级',
    inspectors: '检查人员',
    badges: '执法证号',
    matter: '抽查事项',
  },
  listSeparator: '、',
} as const;
