import type { z } from 'zod';
import { CheckPolicy } from '../check/policy';
import { HolidayCalendar } from '../calendar/calendar-schema';
import { GradePolicy } from '../grades/policy';
import { CommitmentRules } from '../commitment/rules';
import type { RuleTableId } from '../platform-api/api';
import { RecordRules } from '../records/record-rules';
import { RepairRegimes } from '../repair/regime-schema';
import { InspectionRatios } from '../sampling/ratios';
import { InspectorRoster } from '../sampling/roster';
import { ObjectionPolicy } from '../objection/policy';

/**
 * The rule tables the platform serves through the changes feed (table rule_tables, one row each, content as
 * JSON), with their schemas and the bundled file each falls back to (resources/rules/). The platform refuses a
 * content its schema rejects; the client ignores a fed row that fails it and keeps the bundled file.
 */
export const ruleTableSchemas = {
  'repair-regimes': RepairRegimes,
  'holiday-calendar': HolidayCalendar,
  'commitment-rules': CommitmentRules,
  'inspection-ratios': InspectionRatios,
  'inspector-roster': InspectorRoster,
  'check-policy': CheckPolicy,
  'grade-policy': GradePolicy,
  'record-rules': RecordRules,
  'objection-policy': ObjectionPolicy,
} as const satisfies Record<RuleTableId, z.ZodType>;

export const ruleTableFiles: Record<RuleTableId, string> = {
  'repair-regimes': 'repair-regimes.json',
  'holiday-calendar': 'holiday-calendar.json',
  'commitment-rules': 'commitment-rules.json',
  'inspection-ratios': 'inspection-ratios.json',
  'inspector-roster': 'inspector-roster.json',
  'check-policy': 'check-policy.json',
  'grade-policy': 'grade-policy.json',
  'record-rules': 'record-rules.json',
  'objection-policy': 'objection-policy.json',
};

export const ruleTableLabels: Record<RuleTableId, string> = {
  'repair-regimes': '信用修复制度与期限',
  'holiday-calendar': '节假日与调休日历',
  'commitment-rules': '信用承诺规则',
  'inspection-ratios': '双随机抽查比例',
  'inspector-roster': '执法检查人员名录',
  'check-policy': '核查结论规则',
  'grade-policy': '信用评价等级规则',
  'record-rules': '失信信息领域与认定依据',
  'objection-policy': '异议处理时限与标注规则',
};

export type RuleSet = {
  repairRegimes: RepairRegimes;
  calendar: HolidayCalendar;
  commitment: CommitmentRules;
  inspectionRatios: InspectionRatios;
  inspectorRoster: InspectorRoster;
  checkPolicy: CheckPolicy;
  gradePolicy: GradePolicy;
  recordRules: RecordRules;
  objectionPolicy: ObjectionPolicy;
  /** Where each table came from: the platform's feed, or the file shipped with the app. */
  sources: Record<RuleTableId, 'platform' | 'bundled'>;
};
