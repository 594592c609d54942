import { outboxKindLabels } from '../../../shared/domain/labels';
// User-visible text of the sync feature (同步, 需复核).
export const syncTexts = {
  pageTitle: '同步',
  loading: '正在读取同步状态…',
  statusError: (message: string): string => `无法读取同步状态：${message}`,
  refresh: '刷新',
  platform: {
    title: '市平台',
    url: '市平台地址',
    notConfigured: '未配置',
    demoPlatform: '演示平台',
    demoPlatformHint: '开发启动脚本在本机另起的演示平台：演示数据、公开的演示账号，仅供试用',
    deviceId: '设备编号',
    none: '—',
    enrolment: '登记状态',
    enrolled: '已登记',
    notEnrolled: '未登记',
    revoked: '已被市平台停用',
    connectivity: '连接状态',
    offset: '服务器时间偏差',
    offsetUnknown: '未知（尚未与市平台通信）',
    offsetSeconds: (signed: string): string => `${signed} 秒`,
    clockSlow: (duration: string): string => `本机时钟偏慢 ${duration}`,
    clockFast: (duration: string): string => `本机时钟偏快 ${duration}`,
    minutes: (count: number): string => `${count} 分钟`,
    hours: (hours: number, minutes: number): string =>
      minutes === 0 ? `${hours} 小时` : `${hours} 小时 ${minutes} 分钟`,
    driftWarning:
      '本机时钟与市平台相差较大，核查记录上的时间可能不准确，请联系管理员校准本机时间。同步不受影响。',
  },
  status: {
    title: '同步状态',
    lastSync: '上次同步',
    never: '从未同步',
    behind: '落后',
    pending: '待上传',
    delivered: '已上传',
    rejected: '被拒绝',
    conflict: '冲突',
    count: (count: string): string => `${count} 条`,
    behindHint: '市平台上尚未下载到本机的变更',
    unknown: '未知',
    behindUnknownHint: '未连接市平台，无法得知市平台上有多少新的变更；连接后同步即可下载。',
    pendingHint: '本机记录的核查、反馈和审计日志，等待上传市平台',
    mode: '同步方式',
    live: '实时同步',
    liveHint: '已连接市平台，市平台一有更新（如新列入的失信名单）本机即自动下载',
    periodic: '定时同步',
    periodicHint: '每隔几分钟自动同步一次；连接市平台后自动转为实时同步',
  },
  run: {
    now: '立即同步',
    running: '正在同步…',
    notEnrolled: '本机尚未在市平台登记，登记后才能同步',
    done: (pushed: string, pulled: string, seconds: string): string =>
      `同步完成：上传 ${pushed} 条，下载 ${pulled} 条，用时 ${seconds} 秒`,
    rejected: (count: string): string => `，被拒绝 ${count} 条`,
    flagged: (count: string): string => `，需复核 ${count} 条`,
    repaired: (count: number): string => `，校验后重新下载 ${count} 类数据`,
  },
  progress: {
    label: '同步进度',
    phase: { push: '上传', pull: '下载', index: '建立查询索引', verify: '校验' },
    indexing: '数据已下载完毕，正在建立查询索引，请稍候',
    counts: (done: string, total: string | null): string =>
      total === null ? `已处理 ${done} 条` : `已处理 ${done} / ${total} 条`,
    rate: (rate: string): string => `每秒 ${rate} 条`,
  },
  lastError: {
    title: '上次同步失败',
    at: (time: string): string => `时间：${time}`,
  },
  rejected: {
    title: (count: number): string => `被拒绝的上传（${count}）`,
    explanation:
      '以下记录被市平台拒绝或与市平台版本冲突，仍完整保存在本机，不影响其他记录的上传。请根据原因处理或联系管理员。',
    openItem: '打开该事项',
    label: '被拒绝的上传',
    columns: { id: '编号', kind: '类型', createdAt: '时间', reason: '原因', code: '代码', actions: '操作' },
    state: { rejected: '被拒绝', conflict: '冲突' },
    // One table for every kind the contract knows (shared/domain/labels.ts); an unknown one shows as is.
    kinds: outboxKindLabels as Record<string, string>,
  },
  pending: {
    title: (count: string): string => `待上传（${count} 条）`,
    explanation: '以下记录已完整保存在本机，下次与市平台同步时上传，按时间先后依次发送。',
    explanationPartial: (shown: string): string =>
      `以下是最早的 ${shown} 条，其余记录同样完整保存在本机，下次与市平台同步时按时间先后依次上传。`,
    label: '待上传的记录',
    columns: { createdAt: '记录时间', kind: '类型', madeBy: '经办人', actions: '操作' },
    noMaker: '—',
  },
  enrol: {
    title: '登记本机',
    intro: '请向市平台管理员索取一次性登记码，登记后本机即可与市平台同步。',
    toggle: '重新登记',
    collapse: '收起',
    adminOnly: '仅管理员可以将本机登记到市平台。',
  },
} as const;

/** 需复核: checks made offline or on stale data whose subject changed at the platform since. */
export const reviewTexts = {
  title: (count: number): string => `需复核（${count}）`,
  intro:
    '以下核查在离线或数据过期时完成，此后主体信用信息在市平台已更新。请打开记录重新核查，完成后点击“复核完成”。',
  empty: '没有需复核的核查',
  loading: '正在读取需复核的核查…',
  tableLabel: '需复核的核查',
  /** The columns after those of every list of checks (核查时间, 办件编号, 事项, 主体). */
  columns: {
    verdict: '原结论',
    reason: '原因',
    flaggedAt: '标记时间',
    actions: '操作',
  },
  rowLabel: (caseNumber: string, subject: string): string => `打开需复核的核查记录：${caseNumber} ${subject}`,
} as const;
