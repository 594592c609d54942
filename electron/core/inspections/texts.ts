import { quoteInput } from '../../../shared/contract/request-messages';

// Every word of the inspection core that a person reads: refusals, the replay's answer, the exported list.

export const inspectionMessages = {
  matterUnknown: (code: string) => `事项目录中没有事项${quoteInput(code)}`,
  regionUnknown: (code: string) => `未知的区划代码${quoteInput(code)}`,
  poolEmpty: '所选区划和事项下没有可抽查的主体（须为存续主体，且持有该事项的行政许可记录）',
  inspectorsShort: (count: number, subjects: string) =>
    `以下检查对象可选的检查人员不足 2 人（名录中须有覆盖其区划、可检查该类事项的人员）：${subjects}${count > 5 ? ` 等 ${count} 个` : ''}`,
  notFound: '没有这次抽查的记录',
  recordBroken: '这次抽查的存档内容已损坏，无法读取',
  auditPurpose: '双随机抽查',
  resultPurpose: '双随机抽查检查结果',
  outcomeUnknown: (code: string) => `检查结果分类中没有“${code}”，请重新选择`,
  resultInvalid: '检查结果未能保存，请按提示修改',
  alreadyRecorded: '该主体的检查结果已录入；如需修改，请使用“更正”，并填写更正理由',
  staleCorrection: '该主体的检查结果已被更新，请刷新后再更正',
  correctsOther: '要更正的记录不是该主体当前的检查结果，请刷新后再试',
} as const;

export const exportTexts = {
  baseName: (number: string) => `随机抽取名单-${number}`,
  sheetName: '随机抽取名单',
  annexSheetName: '抽取方法说明',
  columns: {
    order: '序号',
    name: '检查对象名称',
    identifier: '统一社会信用代码/公民身份号码',
    grade: '风险分类',
    inspectors: '检查人员',
    badges: '执法证号',
    matter: '抽查事项',
  },
  listSeparator: '、',
} as const;

export const resultsExportTexts = {
  baseName: (number: string) => `抽查结果公示-${number}`,
  sheetName: '抽查结果公示',
} as const;
