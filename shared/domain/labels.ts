import type { ExternalQueryOutcome, FeedbackAction, StatusTag, VerdictCode } from './check';
import type { ListKind, MeasureDirection } from './catalogue';
import type { OutboxKind } from '../platform-api/api';
import type {
  ApplicantIdKind,
  ApplicantRole,
  CorrectableField,
  ObjectionGround,
  ObjectionOutcome,
} from './objection';
import type { CreditRecord, RecordCategory, RecordStatus, RegistrationStatus, SubjectKind } from './subject';

// Chinese labels of the domain's codes: shared so the UI and later the printed report say the same words.

export const verdictLabels: Record<VerdictCode, string> = {
  proceed: '可办理',
  incentive: '适用守信激励措施',
  punishment: '适用失信惩戒措施',
  review: '需人工研判',
};

export const statusTagLabels: Record<StatusTag, string> = {
  'incentive-target': '守信激励对象',
  'punishment-target': '失信惩戒对象',
  'abnormal-operation': '经营异常',
  active: '存续',
  deregistered: '注销',
  revoked: '吊销',
};

export const subjectKindLabels: Record<SubjectKind, string> = {
  'legal-person': '法人和非法人组织',
  'individual-business': '个体工商户',
  'natural-person': '自然人',
};

export const registrationStatusLabels: Record<RegistrationStatus, string> = {
  active: '存续',
  deregistered: '注销',
  revoked: '吊销',
};

export const listKindLabels: Record<ListKind, string> = {
  red: '诚实守信（红名单）',
  serious: '严重失信主体名单',
  abnormal: '经营（活动）异常名录',
};

export const measureDirectionLabels: Record<MeasureDirection, string> = {
  incentive: '激励措施',
  punishment: '惩戒措施',
};

export const externalQueryOutcomeLabels: Record<ExternalQueryOutcome, string> = {
  clear: '未发现失信记录',
  found: '发现失信记录',
};

export const feedbackActionLabels: Record<FeedbackAction, string> = {
  punished: '已惩戒',
  incentivized: '已激励',
  none: '未采取措施',
};

export const recordCategoryLabels: Record<RecordCategory, string> = {
  license: '行政许可',
  penalty: '行政处罚',
  honor: '诚实守信',
  commitment: '信用承诺',
  evaluation: '信用评价',
  judicial: '司法判决',
  other: '其他',
};

export const recordStatusLabels: Record<RecordStatus, string> = {
  published: '公示中',
  unpublished: '已停止公示',
  repaired: '已修复',
};

/**
 * A record's status as 令第36号 names it: publication a granted repair ended is 已终止公示 (第三条), one the
 * maximum period ended 已停止公示 (自动停止公示); 屏蔽 reads 已屏蔽.
 */
export const recordStatusLabelOf = (record: Pick<CreditRecord, 'status' | 'repairOutcome'>): string => {
  if (record.status === 'unpublished' && record.repairOutcome === 'stop-publication') return '已终止公示';
  if (record.status === 'unpublished' && record.repairOutcome === 'mask') return '已屏蔽';
  return recordStatusLabels[record.status];
};

/** What a clerk calls each kind of entry the client sends up to the platform. */
export const outboxKindLabels: Record<OutboxKind, string> = {
  'check.recorded': '核查记录',
  'feedback.recorded': '反馈',
  'audit.appended': '审计日志',
  'commitment.created': '信用承诺',
  'commitment.verified': '承诺核查结果',
  'repair.created': '信用修复申请',
  'repair.stepped': '信用修复受理',
  'report.issued': '信用报告登记',
  'inspection.drawn': '双随机抽取名单',
  'inspection.result-recorded': '双随机抽查检查结果',
  'check.external-query': '外部查询结果',
  'objection.created': '异议申请',
  'objection.stepped': '异议撤回',
};

/** 异议处理: the grounds, outcomes, applicant's role and ID kinds, and correctable fields as people read them. */
export const objectionGroundLabels: Record<ObjectionGround, string> = {
  'error-or-omission': '记载错误或遗漏',
  'overdue-publication': '超期公示',
  'should-not-publish': '不应公示',
  other: '其他',
};

export const objectionOutcomeLabels: Record<ObjectionOutcome, string> = {
  maintain: '维持',
  correct: '更正',
  delete: '删除',
  mask: '屏蔽',
};

export const applicantRoleLabels: Record<ApplicantRole, string> = {
  subject: '信用主体本人',
  agent: '代理人',
};

export const applicantIdKindLabels: Record<ApplicantIdKind, string> = {
  'citizen-id': '居民身份证',
  uscc: '统一社会信用代码',
  'other-id': '其他有效身份证件',
};

export const correctableFieldLabels: Record<CorrectableField, string> = {
  title: '名称',
  content: '内容',
  decisionNumber: '决定文书号',
  decisionOn: '决定日期',
  publicationEndsOn: '公示截止日期',
  reason: '列入事由',
  documentNumber: '文书号',
  listedOn: '列入日期',
  expiresOn: '到期日期',
};

/** The mark a record under an open objection carries in check results and reports. */
export const OBJECTION_MARK_LABEL = '异议处理中';
