import { listKindLabels, recordCategoryLabels } from '../../../shared/domain/labels';
import type { EligibilitySnapshot, RepairOutcome } from '../../../shared/domain/repair';
import { recordPublished, repairEligibility, type RepairRegimes } from '../../../shared/repair';
import type { RepairTarget } from './targets';

export const UNCONFIRMED_SEVERITY = '记录未标明失信程度，按一般失信判断';
export const MANUAL_LIST_MESSAGE = '名单信息的移出由认定单位依名单管理规定审核，本系统不自动判断最短期限';

const refused = (code: string, message: string): EligibilitySnapshot => ({
  regime: null,
  eligible: false,
  eligibleFrom: null,
  publicationEndsOn: null,
  code,
  message,
  unconfirmed: [],
});

/**
 * Whether the window may take in a repair application against the target today. Credit records go through the
 * repair regimes (the one chosen by the decision day); list entries are removed under their list's own rules,
 * so the window takes them in and the listing unit decides ('manual').
 */
export function targetEligibility(
  regimes: RepairRegimes,
  target: RepairTarget,
  today: string,
): EligibilitySnapshot {
  if (target.table === 'list_entries') {
    if (target.status !== 'active') return refused('not-listed', '该主体已移出此名单，无需申请信用修复');
    if (target.kind !== 'serious' && target.kind !== 'abnormal') {
      const label = target.kind === null ? '此名单' : listKindLabels[target.kind];
      return refused('not-repairable', `${label}不属于失信信息，不适用信用修复`);
    }
    return {
      regime: null,
      eligible: true,
      eligibleFrom: null,
      publicationEndsOn: target.expiresOn,
      code: 'manual',
      message: MANUAL_LIST_MESSAGE,
      unconfirmed: [],
    };
  }
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
  const answer = repairEligibility(
    regimes,
    {
      decisionOn: target.decisionOn,
      severity: target.severity ?? 'general',
      ...(target.domain === null ? {} : { domain: target.domain }),
      publicationEndsOn: target.publicationEndsOn,
    },
    today,
  );
  return {
    regime: answer.regime,
    eligible: answer.eligible,
    eligibleFrom: answer.eligibleFrom,
    publicationEndsOn: answer.publicationEndsOn,
    code: answer.reason.code,
    message: answer.reason.message,
    unconfirmed:
      target.severity === null ? [UNCONFIRMED_SEVERITY, ...answer.unconfirmed] : answer.unconfirmed,
  };
}

/** 停止公示 for a record, 移出名单 for a list entry. */
export const suggestedOutcome = (target: RepairTarget): RepairOutcome =>
  target.table === 'list_entries' ? 'remove-from-list' : 'stop-publication';
