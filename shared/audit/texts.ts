// The words of the audit trail, one place for the core (list, export) and the renderer (filter bar, table).

/**
 * Every action kind the app appends (electron/core/**: appendAudit), in Chinese. A kind missing here is shown
 * as its code, never hidden. Checklist: a new `action:` passed to appendAudit gets its line here and its
 * sentence in electron/core/audit/audit-sentence.ts (audit-sentence.test.ts fails until both exist).
 */
export const auditActionLabels: Record<string, string> = {
  'auth.sign-in': '登录',
  'auth.sign-in-failed': '登录失败',
  'auth.sign-out': '退出登录',
  'auth.unlock': '解锁',
  'auth.unlock-failed': '解锁失败',
  'auth.lock': '锁定',
  'check.run': '信用核查',
  'check.feedback': '核查反馈',
  'check.external-query': '留存外部查询结果',
  'check.sheet-print': '打印核查记录单',
  'check.sheet-pdf': '核查记录单存为PDF',
  'review.acknowledge': '确认复核',
  'commitment.create': '登记信用承诺',
  'commitment.verify': '核查信用承诺',
  'repair.create': '登记信用修复申请',
  'repair.accept': '受理信用修复申请',
  'repair.refuse': '不予受理信用修复申请',
  'objection.create': '受理异议申请',
  'objection.withdraw': '撤回异议申请',
  'file.add': '上传材料',
  'report.issue': '出具信用报告',
  'report.print': '打印信用报告',
  'report.pdf': '信用报告存为PDF',
  'inspection.draw': '双随机抽取',
  'inspection.export': '导出随机抽取名单',
  'inspection.result': '录入抽查检查结果',
  'inspection.result-correct': '更正抽查检查结果',
  'inspection.results-export': '导出抽查结果公示',
  'settings.update': '修改本机设置',
  'sync.enrol': '登记到市平台',
  'sync.token-rotated': '更换本机令牌',
  'sync.device-revoked': '本机被市平台停用',
  'demo.load': '载入演示数据',
  'audit.export': '导出审计日志',
  'objection.receipt-print': '打印异议申请回执',
  'objection.receipt-pdf': '异议申请回执存为PDF',
  'objection.notice-print': '打印异议处理结果告知书',
  'objection.notice-pdf': '异议处理结果告知书存为PDF',
};

export const auditActionLabel = (action: string): string => auditActionLabels[action] ?? action;

/** Who acted, as people read it: the stored actor is `system` for what the app did on its own. */
export const auditActorLabel = (actor: string): string => (actor === 'system' ? '系统（自动）' : actor);

/** What an entry is about (its target_type). */
export const auditTargetLabels: Record<string, string> = {
  check: '核查',
  commitment: '信用承诺',
  repair: '信用修复申请',
  file: '材料',
  report: '信用报告',
  inspection: '抽查',
  settings: '本机设置',
  device: '本机',
  session: '会话',
  user: '用户',
  cache: '本机数据',
  audit: '审计日志',
  objection: '异议申请',
};

export const auditTargetLabel = (type: string): string => auditTargetLabels[type] ?? type;

/** Names of the detail fields the writers use, for the one-line summary. Unknown keys are shown as they are. */
export const auditDetailLabels: Record<string, string> = {
  identifier: '代码',
  found: '查到主体',
  verdict: '结论',
  overrideReason: '人工确认理由',
  stale: '数据过期',
  recheckOf: '重新核查的前次核查',
  channel: '查询渠道',
  queryOutcome: '查询结果',
  feedbackId: '反馈编号',
  hitKey: '命中项',
  action: '措施',
  measures: '措施代码',
  code: '编码',
  type: '类型',
  verifyBy: '核查期限',
  fulfilment: '履行情况',
  falseCommitment: '虚假承诺',
  recordId: '信用记录',
  subjectId: '主体',
  targetTable: '修复对象',
  targetId: '对象编号',
  state: '状态',
  commitmentCode: '承诺编码',
  attachments: '附件数',
  from: '原状态',
  to: '新状态',
  reason: '理由',
  subjects: '主体数',
  listEntries: '名单条目数',
  records: '记录数',
  sha256: 'SHA-256',
  size: '字节数',
  changed: '修改项',
  platformUrl: '市平台',
  deviceName: '设备名称',
  deviceNumber: '设备编号',
  checkId: '核查记录',
  name: '文件名',
  staleAfterHours: '数据过期时限（小时）',
  department: '部门',
  departmentCode: '受理单位代码',
  districtCode: '行政区划代码',
  lockAfterMinutes: '自动锁定（分钟）',
  operatorName: '操作人',
  format: '格式',
  rows: '条数',
  filters: '筛选条件',
  drawNumber: '抽查编号',
  revision: '第几次录入',
  inspectedOn: '检查日期',
  outcome: '检查结果',
  inspectors: '检查人员',
  substituted: '更换检查人员',
  correctsId: '更正的记录',
};

export const auditTexts = {
  yes: '是',
  no: '否',
  /**
   * The export's columns (the table on screen uses the renderer's own words). Those headed 系统… hold the
   * stored values the chain hash covers, for recomputing it; the others are for people.
   */
  columns: {
    seq: '序号',
    at: '时间',
    actor: '操作人',
    action: '操作',
    target: '对象',
    caseNumber: '办件编号',
    purpose: '事由',
    summary: '内容摘要',
    atCode: '系统字段：时间',
    actorCode: '系统字段：操作人',
    actionCode: '系统字段：操作代码',
    targetType: '系统字段：对象类型',
    targetId: '系统编号（对象）',
    detail: '系统字段：详细内容（JSON）',
    hash: '系统字段：哈希',
  },
  exportBaseName: (day: string): string => `审计日志-${day.replaceAll('-', '')}`,
  sheetName: '审计日志',
  caption: (filters: string, at: string): readonly string[] => [
    '审计日志',
    `筛选条件：${filters}`,
    `导出时间：${at}`,
    '每条记录的哈希 = SHA-256（上一条的哈希 + 换行 + 本条内容的规范 JSON），可据此复核导出内容。',
  ],
  exportPurpose: '导出审计日志',
  noFilter: '无（全部记录）',
  filterParts: {
    from: '自',
    to: '至',
    actor: '操作人',
    action: '操作',
    caseNumber: '办件编号',
    text: '关键词',
  },
} as const;
