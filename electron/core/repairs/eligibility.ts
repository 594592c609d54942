import { listKindLabels, recordCategoryLabels } from '../../../shared/domain/labels';
import type { EligibilitySnapshot, RepairOutcome } from '../../../shared/domain/repair';
import { recordBasis } from '../../../shared/records/basis';
import {
  outsideWindowFor,
  outsideWindowMessage,
  recordPublished,
  repairEligibility,
} from '../../../shared/repair';
import type { RuleSet } from '../../../shared/rules/rule-tables';
import type { RepairTarget } from './targets';

export const MANUAL_LIST_MESSAGE = '名单信息的移出由认定单位依名单管理规定审核，本系统不自动判断最短期限';
export const MANUAL_SEVERITY_MESSAGE =
  '失信程度未记录，需人工研判：系统无法判断适用的公示期限，可受理申请，由认定单位核实失信程度（轻微、一般、严重）后审核。';

/** Codes of an answer that takes no application: the window says why (and where to go instead). */
export const REFUSING_CODES = {
  /** The entry is removed by another authority (失信被执行人: the court). */
  otherAuthority: 'other-authority',
  /** The record is no basis (a natural person's 简易程序 penalty): nothing to repair. */
  notBasis: 'not-a-basis',
} as const;

const refused = (code: string, message: string, unconfirmed: string[] = []): EligibilitySnapshot => ({
  regime: null,
  regimeName: null,
  decidedUnder: null,
  eligible: false,
  eligibleFrom: null,
  publicationEndsOn: null,
  code,
  message,
  unconfirmed,
});

type RepairRules = Pick<RuleSet, 'repairRegimes' | 'recordRules'>;

function entryEligibility(rules: RepairRules, target: Extract<RepairTarget, { table: 'list_entries' }>) {
  if (target.status !== 'active') return refused('not-listed', '该主体已移出此名单，无需申请信用修复');
  if (target.kind !== 'serious' && target.kind !== 'abnormal') {
    const label = target.kind === null ? '此名单' : listKindLabels[target.kind];
    return refused('not-repairable', `${label}不属于失信信息，不适用信用修复`);
  }
  const elsewhere = outsideWindowFor(rules.repairRegimes, target.listType);
  if (elsewhere !== null)
    return refused(
      REFUSING_CODES.otherAuthority,
      `${outsideWindowMessage(elsewhere, target.title)}（依据：${elsewhere.basis}）`,
      elsewhere.confirmed ? [] : [`上述依据待核实：${elsewhere.note ?? elsewhere.basis}`],
    );
  return {
    regime: null,
    regimeName: null,
    decidedUnder: null,
    eligible: true,
    eligibleFrom: null,
    publicationEndsOn: target.expiresOn,
    code: 'manual',
    message: MANUAL_LIST_MESSAGE,
    unconfirmed: [],
  };
}

/**
 * Whether the window may take in a repair application against the target today. Credit records go through the
 * repair regimes with their recorded 失信程度 (none recorded: taken in for a person to judge); list entries are
 * removed under their list's own rules, so the window takes them in and the listing unit decides ('manual') —
 * unless another authority removes them (失信被执行人), which the window never takes in.
 */
export function targetEligibility(
  rules: RepairRules,
  target: RepairTarget,
  today: string,
): EligibilitySnapshot {
  if (target.table === 'list_entries') return entryEligibility(rules, target);
  if (target.category !== 'penalty' && target.category !== 'commitment') {
    return refused(
      'not-repairable',
      `${recordCategoryLabels[target.category]}信息不在窗口信用修复范围内，需由认定单位处理`,
    );
  }
  if (!recordPublished(target, today))
    return target.status === 'published' && target.publicationEndsOn !== null
      ? refused(
          'not-published',
          `该记录公示期已于 ${target.publicationEndsOn} 届满，应停止公示，无需申请信用修复`,
        )
      : refused('not-published', '该记录已不在公示中，无需申请信用修复');
  const basis = recordBasis(rules.recordRules, target, target.subjectKind);
  if (!basis.basis)
    return refused(
      REFUSING_CODES.notBasis,
      `${basis.reason}该记录不作为失信信息共享和使用，无需申请信用修复。`,
      basis.rule.confirmed ? [] : [`上述依据待核实：${basis.rule.note ?? basis.rule.basis}`],
    );
  if (target.severity === null) {
    // No regime named: which one's periods apply (a transition included) depends on the grade.
    return {
      regime: null,
      regimeName: null,
      decidedUnder: null,
      eligible: true,
      eligibleFrom: null,
      publicationEndsOn: target.publicationEndsOn,
      code: 'manual',
      message: MANUAL_SEVERITY_MESSAGE,
      unconfirmed: [],
    };
  }
  const answer = repairEligibility(
    rules.repairRegimes,
    {
      decisionOn: target.decisionOn,
      severity: target.severity,
      ...(target.domain === null ? {} : { domain: target.domain }),
      publicationEndsOn: target.publicationEndsOn,
    },
    today,
  );
  return {
    regime: answer.regime,
    regimeName: answer.regimeName,
    decidedUnder: answer.decidedUnder?.name ?? null,
    eligible: answer.eligible,
    eligibleFrom: answer.eligibleFrom,
    publicationEndsOn: answer.publicationEndsOn,
    code: answer.reason.code,
    message: answer.reason.message,
    unconfirmed: answer.unconfirmed,
  };
}

/** 终止公示 for a record, 移出名单 for a list entry. */
export const suggestedOutcome = (target: RepairTarget): RepairOutcome =>
  target.table === 'list_entries' ? 'remove-from-list' : 'stop-publication';
