// User-visible text of 审计日志 (the action kinds' names are in shared/audit/texts.ts, shared with the export).
export { auditActionLabel, auditActorLabel, auditTargetLabel } from '../../../shared/audit/texts';

export const auditPageTexts = {
  pageTitle: '审计日志',
  refresh: '刷新',
  filters: {
    from: '日期从',
    to: '至',
    actor: '操作人',
    allActors: '全部操作人',
    action: '操作',
    allActions: '全部操作',
    caseNumber: '办件编号',
    text: '对象 / 关键词',
    clear: '清除筛选',
  },
  columns: {
    seq: '序号',
    at: '时间',
    actor: '操作人',
    action: '操作',
    target: '对象',
    caseNumber: '办件编号',
    purpose: '事由',
    summary: '内容摘要',
  },
  empty: '没有符合条件的审计记录',
  loading: '正在读取…',
  exportCsv: '导出 CSV',
  exportXlsx: '导出 Excel',
  exporting: '正在导出…',
  exported: (rows: number, name: string): string => `已导出 ${rows} 条：${name}`,
  chain: {
    checking: '正在校验哈希链…',
    recheck: '重新校验',
    localOk: (count: number): string => `本机校验：完整，共 ${count} 条`,
    localBroken: (seq: number): string => `本机校验：第 ${seq} 条起不一致`,
    platformConfirmed: (seq: number): string => `平台确认至第 ${seq} 条`,
    platformNone: '平台尚未确认任何记录',
    platformBroken: (seq: number): string => `平台发现第 ${seq} 条断链`,
    platformBrokenMany: (count: number, seq: number): string =>
      `平台发现 ${count} 处断链，首处在第 ${seq} 条`,
    platformSays: '平台：',
    platformUnknown: '未登记到市平台，无平台确认',
    platformStale: (at: string): string => `（离线，${at} 的结果）`,
    checkedAt: (at: string): string => `校验时间 ${at}`,
  },
} as const;
