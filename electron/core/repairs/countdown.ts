import { countdown } from '../../../shared/calendar/working-days';
import type { RepairApplication, RepairCountdown } from '../../../shared/domain/repair';
import { REPAIR_STATE_LABELS } from '../../../shared/repair/state-machine';
import { deadlineHint } from '../../../shared/repair/processing-limits';
import type { RuleSet } from '../../../shared/rules/rule-tables';

/**
 * The working-day countdown of the step the application waits for (作出是否受理的决定, 反馈信用修复结果), from
 * the day its clock started — the acceptance for the decision, whether or not the review has begun; null in a
 * final state. Uncertain when the calendar lacks a year on the way or the limit itself is not confirmed — a
 * hint for the clerk, never enforced.
 */
export function repairCountdown(
  rules: Pick<RuleSet, 'calendar' | 'repairRegimes'>,
  application: Pick<RepairApplication, 'state' | 'stateEnteredOn' | 'history'>,
  today: string,
): RepairCountdown | null {
  const limits = rules.repairRegimes.processingLimits;
  const hint = deadlineHint(rules.calendar, limits, application);
  if (hint === null) return null;
  const left = countdown(rules.calendar, today, hint.deadline);
  const calendarNotice = hint.notice ?? left.notice;
  const clock =
    hint.countsFrom === application.state
      ? ''
      : `自${REPAIR_STATE_LABELS[hint.countsFrom].replace(/^已/u, '')}之日（${hint.startedOn}）起计算。`;
  const notices = [
    ...(calendarNotice === null ? [] : [calendarNotice.message]),
    clock,
    ...(hint.confirmed ? [] : [`办理时限（${hint.workingDays}个工作日）未能对照原文核实，仅供参考。`]),
  ].filter((notice) => notice !== '');
  return {
    label: hint.label,
    deadline: hint.deadline,
    workingDaysLeft: left.workingDaysLeft,
    overdue: left.overdue,
    uncertain: hint.uncertain || left.uncertain || !hint.confirmed,
    notice: notices.length === 0 ? null : notices.join(''),
  };
}
