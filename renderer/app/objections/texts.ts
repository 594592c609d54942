// User-visible text of the 异议处理 pieces several pages share: the entry on a check result, the 异议处理中 mark,
// the state chip, the list of objections (the objections page, the dashboard), the materials' kinds.
import type { AttachmentKind } from '../../../shared/domain/repair';

/** The entry point beside a record or list entry of a check result. */
export const objectionEntryTexts = {
  raise: '提出异议',
  raiseLabel: (title: string): string => `对“${title}”提出异议`,
} as const;

/** The mark of a record or list entry under an open objection. */
export const objectionMarkTexts = {
  hint: (since: string, unit: string): string =>
    `${since}由${unit === '' ? '窗口' : unit}受理异议申请，正在核查处理；处理结果作出前，该信息仍按原样展示`,
  suspended: '按规则，本次核查结论未以该信息为依据',
  open: '查看异议申请',
} as const;

/** What each material is, said for an objection (the kinds are the repair workflow's). */
export const objectionAttachmentKindLabels: Record<AttachmentKind, string> = {
  'application-form': '异议申请书',
  identity: '申请人身份证明',
  authorisation: '授权委托书',
  evidence: '证明信息有误的材料',
  other: '其他材料',
};

/** The list of objections (异议处理 page, dashboard); its flags show on the detail too. */
export const objectionsTableTexts = {
  label: '异议申请列表',
  columns: {
    subject: '异议主体',
    applicant: '申请人',
    targets: '异议的信息',
    state: '状态',
    countdown: '办理时限',
    flags: '标记',
    createdAt: '受理时间',
  },
  flags: {
    pending: '待上传',
    pendingHint: '尚未上传至市平台，将在下次同步时提交',
    conflict: '冲突',
    conflictHint: '市平台上的版本已变化，本机的操作未被采用，请查看详情',
  },
  targets: (titles: readonly string[]): string =>
    titles.length <= 1 ? (titles[0] ?? '') : `${titles[0] ?? ''} 等${titles.length}条`,
  rowLabel: (subject: string, targets: string): string => `打开异议申请：${subject} ${targets}`,
} as const;
