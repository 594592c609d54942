// User-visible text of the credit-repair pieces several pages share (信用修复).

/**
 * What a new application's store and draft set (the repairs page shows the wizard; 申请信用修复 on a check result's
 * credit records starts one).
 */
export const repairDraftTexts = {
  identifierMismatch: '号码与申请主体不一致',
  reasonDefault: (title: string): string => `申请信用修复：${title}`,
} as const;

/** The standard wording of a 信用修复承诺书; the clerk may edit it with the applicant. */
export const commitmentDefaults = {
  content:
    '本单位（人）承诺已履行法定责任和义务、纠正失信行为，所提交的信用修复申请材料真实、准确、完整，' +
    '自愿接受有关部门的核查和社会监督。',
  liability:
    '如违反承诺，愿意承担相应法律责任，并同意将违诺情况记入信用记录；已修复的失信信息按规定恢复公示。',
} as const;

/** The entry point in a check result's credit records. */
export const entryTexts = {
  apply: '申请信用修复',
  applyLabel: (title: string): string => `为“${title}”申请信用修复`,
} as const;

/** The list of repair applications (the repairs page, the dashboard's drill-down); its flags show on the detail too. */
export const repairsTableTexts = {
  label: '信用修复申请列表',
  columns: {
    applicant: '申请人',
    target: '修复对象',
    state: '状态',
    countdown: '办理时限',
    attachments: '附件',
    flags: '标记',
    createdAt: '提交时间',
  },
  flags: {
    pending: '待上传',
    pendingHint: '尚未上传至市平台，将在下次同步时提交',
    conflict: '冲突',
    conflictHint: '市平台上的版本已变化，本机的操作未被采用，请查看详情',
  },
  rowLabel: (applicant: string, target: string): string => `打开修复申请：${applicant} ${target}`,
  attachmentsCount: (count: number): string => `${count} 个`,
} as const;

/** A deadline line (办理时限), in the list and on the detail. */
export const countdownTexts = {
  left: (label: string, days: number, deadline: string): string =>
    `${label} · 剩余 ${days} 个工作日（截至 ${deadline}）`,
  today: (label: string, deadline: string): string => `${label} · 今日截止（${deadline}）`,
  overdue: (label: string, days: number, deadline: string): string =>
    `${label} · 已逾期 ${days} 个工作日（截至 ${deadline}）`,
  uncertain: '期限可能不准确',
  none: '—',
} as const;
