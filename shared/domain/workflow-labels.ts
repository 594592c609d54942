import type { CommitmentDue, CommitmentType, Fulfilment, PublicityType } from './commitment';
import type { AttachmentKind, RepairOutcome, RepairTargetTable } from './repair';

// Chinese labels for commitments and repairs: one place, shared by the UI and the printed 承诺书.

export const commitmentTypeLabels: Record<CommitmentType, string> = {
  'approval-substitute': '审批替代型',
  'missing-documents': '容缺受理型',
  certification: '证明事项型',
  'credit-repair': '信用修复型',
  'self-discipline': '行业自律型',
  voluntary: '主动型',
  other: '其他',
};

/**
 * The names 平信用〔2021〕1号 (item 7) gives the six kinds of 信用承诺, shown as help text beside ours: 审批替代性、
 * 容缺办理性、证明事项告知性、信用修复性、行业自律性、主动公示性. 其他 is ours (the provincial data standard's).
 */
export const commitmentTypeSeedNames: Record<CommitmentType, string | null> = {
  'approval-substitute': '审批替代性',
  'missing-documents': '容缺办理性',
  certification: '证明事项告知性',
  'credit-repair': '信用修复性',
  'self-discipline': '行业自律性',
  voluntary: '主动公示性',
  other: null,
};

export const publicityLabels: Record<PublicityType, string> = {
  public: '可向社会公开',
  restricted: '特定范围内公开',
  private: '不可公开',
};

export const fulfilmentLabels: Record<Fulfilment, string> = {
  fulfilled: '全部履行',
  partial: '部分履行',
  unfulfilled: '全部未履行',
};

export const commitmentDueLabels: Record<CommitmentDue, string> = {
  open: '待核查',
  'due-soon': '即将到期',
  overdue: '已逾期',
  verified: '已核查',
};

/** 终止公示: what a granted repair does to a published record (令第36号第三条); 停止公示 is the automatic end. */
export const repairOutcomeLabels: Record<RepairOutcome, string> = {
  'stop-publication': '终止公示',
  'remove-from-list': '移出名单',
  annotate: '标注',
  mask: '屏蔽',
  delete: '删除',
};

export const attachmentKindLabels: Record<AttachmentKind, string> = {
  'application-form': '信用修复申请表',
  identity: '经办人身份证明',
  authorisation: '法定代表人身份证明或授权委托书',
  evidence: '履行法定义务、纠正失信行为的证明',
  other: '其他材料',
};

export const repairTargetLabels: Record<RepairTargetTable, string> = {
  credit_records: '信用记录',
  list_entries: '名单记录',
};
