// Every word of the 检查结果 part of the 双随机抽查 page (zh-CN). The printed and exported lists' own words are
// shared with the core (shared/inspection/published-results.ts, draw-list.ts).

export const resultsTexts = {
  title: '检查结果录入与公示',
  intro:
    '检查完成后，逐户录入检查日期、检查人员、检查结果和处理情况。录入后不能修改，只能以“更正”另行录入并写明理由；抽查结果公示只列出已录入检查结果的主体。',
  summary: (recorded: number, pending: number): string =>
    pending === 0
      ? `已录入全部 ${recorded} 户的检查结果`
      : `已录入 ${recorded} 户，尚有 ${pending} 户待录入检查结果`,
  outcomesUnconfirmed: (version: string): string =>
    `检查结果分类（版本 ${version}）为本地工作惯例示例，待本地监管部门确认。`,
  columns: {
    order: '序号',
    name: '检查对象',
    inspectors: '检查人员',
    inspectedOn: '检查日期',
    outcome: '检查结果',
    handling: '处理情况',
    action: '操作',
  },
  pending: '待录入',
  record: '录入结果',
  correct: '更正',
  corrected: (count: number): string => `已更正 ${count} 次`,
  substituted: '（已更换）',
  print: '打印抽查结果公示',
  nothingRecorded: '录入检查结果后才能打印和导出公示',
  exportCsv: '导出公示 CSV',
  exportXlsx: '导出公示 Excel',
  exported: (name: string, rows: number): string => `已导出 ${name}（${rows} 行）`,
  saved: (name: string): string => `已保存“${name}”的检查结果`,
  nothingToPublish: '尚未录入任何检查结果，暂无可公示的内容。',
  form: {
    titleRecord: (name: string): string => `录入检查结果：${name}`,
    titleCorrect: (name: string): string => `更正检查结果：${name}`,
    inspectedOn: '检查日期',
    drawnOn: '抽取日期',
    inspectors: '检查人员',
    inspectorsHint: '默认为随机抽取的检查人员；如有更换，请勾选实际检查的人员并写明理由。',
    drawnMark: '（抽取）',
    substitutionReason: '更换检查人员的理由',
    outcome: '检查结果',
    /** The select's empty first line: a prompt, not the label again (which reads as a chosen value). */
    outcomePrompt: '请选择',
    handling: '处理情况',
    handlingHint: '发现问题的必填。将在抽查结果公示中公开，请勿写入身份证号码等个人信息。',
    correctionReason: '更正理由',
    current: (outcome: string, day: string, by: string): string =>
      `当前结果：${outcome}（检查日期 ${day}，${by} 录入）`,
    submit: '保存',
    submitting: '保存中…',
    cancel: '取消',
    checkMarked: '请按标出的提示修改后再保存',
  },
  history: {
    title: '录入记录',
    entry: (revision: number, at: string, by: string, outcome: string): string =>
      `第 ${revision} 次 · ${at} · ${by} · ${outcome}`,
    reason: (text: string): string => `更正理由：${text}`,
    substitution: (text: string): string => `更换检查人员理由：${text}`,
  },
  printDoc: {
    dialogLabel: '打印抽查结果公示',
    print: '打印',
    close: '关闭',
    issued: (day: string): string => `公示日期：${day}`,
    empty: '（尚无已录入的检查结果）',
  },
} as const;
