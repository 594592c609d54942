// User-visible text of the records feature (核查记录).
export const recordsTexts = {
  pageTitle: '核查记录',
  filters: {
    from: '核查日期从',
    to: '至',
    matter: '事项',
    allMatters: '全部事项',
    verdict: '结论',
    allVerdicts: '全部结论',
    openOnly: '仅看待反馈',
    clear: '清除筛选',
  },
  empty: '没有符合条件的核查记录',
  loading: '正在读取…',
  refresh: '刷新',
  detail: {
    back: '返回核查记录',
    title: '核查记录详情',
    snapshot: '核查时证据快照',
    snapshotHint: '以下为核查当时保存的数据，不随此后同步而改变。',
    loading: '正在读取核查记录…',
    feedbackTitle: '反馈记录',
  },
} as const;
