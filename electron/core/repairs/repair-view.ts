import { listKindLabels, recordCategoryLabels, recordStatusLabelOf } from '../../../shared/domain/labels';
import type { RepairApplication, RepairCandidate, RepairDetail } from '../../../shared/domain/repair';
import { domainLabel } from '../../../shared/records/record-rules';
import type { RuleSet } from '../../../shared/rules/rule-tables';
import { conflictsOf } from '../sync/outbox.repo';
import type { Db } from '../../../node-shared/db/connection';
import { repairCountdown } from './countdown';
import { suggestedOutcome, targetEligibility } from './eligibility';
import { hasPendingEntry } from './repairs.repo';
import { findTarget, type RepairTarget } from './targets';
import { accountLabel } from '../auth/credentials.repo';

const entryStatusLabels: Record<'active' | 'removed', string> = {
  active: '列入名单中',
  removed: '已移出名单',
};

export const statusLabelOf = (target: RepairTarget): string =>
  target.table === 'credit_records' ? recordStatusLabelOf(target) : entryStatusLabels[target.status];

export const kindLabelOf = (target: RepairTarget): string =>
  target.table === 'credit_records'
    ? recordCategoryLabels[target.category]
    : target.kind === null
      ? '名单'
      : listKindLabels[target.kind];

/** A record of the subject with what the window may do about it today. */
export function candidateOf(
  target: RepairTarget,
  rules: RuleSet,
  today: string,
  openApplicationId: string | null,
): RepairCandidate {
  return {
    targetTable: target.table,
    targetId: target.id,
    title: target.title,
    kindLabel: kindLabelOf(target),
    decisionOn: target.decisionOn,
    statusLabel: statusLabelOf(target),
    unit: target.unit,
    eligibility: targetEligibility(rules, target, today),
    ...(target.table === 'credit_records'
      ? {
          severity: target.severity,
          domainLabel: target.domain === null ? null : domainLabel(rules.recordRules, target.domain),
          procedure: target.procedure,
        }
      : {}),
    openApplicationId,
    suggestedOutcome: suggestedOutcome(target),
  };
}

/** The target as the cache has it now: after a granted 删除 it is gone (exists false). */
function targetView(application: RepairApplication, target: RepairTarget | null): RepairDetail['target'] {
  if (target === null) {
    return {
      title: application.targetTitle,
      status: 'deleted',
      statusLabel: '已删除',
      publicationEndsOn: null,
      exists: false,
    };
  }
  return {
    title: target.title,
    status: target.status,
    statusLabel: statusLabelOf(target),
    publicationEndsOn: target.table === 'credit_records' ? target.publicationEndsOn : target.expiresOn,
    exists: true,
  };
}

export function detailOf(
  db: Db,
  application: RepairApplication,
  rules: RuleSet,
  today: string,
): RepairDetail {
  return {
    // Who took each step, by name: a platform reviewer's older steps carry the account alone.
    application: {
      ...application,
      history: application.history.map((step) => ({ ...step, by: accountLabel(db, step.by) })),
    },
    countdown: repairCountdown(rules, application, today),
    target: targetView(application, findTarget(db, application.targetTable, application.targetId)),
    conflicts: conflictsOf(db, 'repair.', application.id),
    pending: hasPendingEntry(db, application.id),
  };
}
