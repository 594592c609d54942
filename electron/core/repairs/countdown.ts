import { countdown } from '../../../shared/calendar/working-days';
import type { RepairApplication, RepairCountdown } from '../../../shared/domain/repair';
import { deadlineHint } from '../../../shared/repair/processing-limits';
import type { RuleSet } from '../../../shared/rules/rule-tables';

/**
 * The working-day countdown of the step the application waits for (受理, 开始审核, 作出修复决定), from the day
 * it entered its state; null in a final state. Uncertain when the calendar lacks a year on the way or the limit
 * itself is not confirmed — a hint for the clerk, never enforced.
 */
export function repairCountdown(
  rules: Pick<RuleSet, 'calendar' | 'repairRegimes'>,
  application: Pick<RepairApplication, 'state' | 'stateEnteredOn'>,
  today: string,
): RepairCountdown | null {
  const limits = rules.repairRegimes.processingLimits;
  const hint = deadlineHint(rules.calendar, limits, application.state, application.stateEnteredOn);
  if (hint === null) return null;
  const left = countdown(rules.calendar, today, hint.deadline);
  const calendarNotice = hint.notice ?? left.notice;
  const notices = [
    ...(calendarNotice === null ? [] : [calendarNotice.message]),
    ...(hint.confirmed ? [] : [`办理时限（${hint.workingDays}个工作日）待确认，仅供参考。`]),
  ];
  return {
    label: hint.label,
    deadline: hint.deadline,
    workingDaysLeft: left.workingDaysLeft,
    overdue: left.overdue,
    uncertain: hint.uncertain || left.uncertain || !hint.confirmed,
    notice: notices.length === 0 ? null : notices.join(''),
  };
}
