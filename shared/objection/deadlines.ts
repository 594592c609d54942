import type { HolidayCalendar } from '../calendar/calendar-schema';
import type { Day } from '../calendar/day';
import { addWorkingDays, countdown, type CalendarCertainty } from '../calendar/working-days';
import type { Objection, ObjectionCountdown } from '../domain/objection';
import type { ObjectionPolicy } from './policy';

export type ObjectionDeadline = {
  label: string;
  /** Working days in all (the decision's with its extension). */
  workingDays: number;
  startedOn: Day;
  deadline: Day;
  /** false while any figure it rests on is unconfirmed. */
  confirmed: boolean;
} & CalendarCertainty;

type Waiting = Pick<Objection, 'state' | 'stateEnteredOn' | 'extended'>;

/**
 * The last working day of the step an open objection waits for: the platform's 转办 (or 不予受理) counted from
 * the intake, the 认定单位's decision counted from the routing, longer by the extension once extended. Null once
 * it is closed. The day of intake or routing is not counted (addWorkingDays).
 */
export function objectionDeadline(
  calendar: HolidayCalendar,
  policy: ObjectionPolicy,
  objection: Waiting,
): ObjectionDeadline | null {
  const limits =
    objection.state === 'submitted'
      ? [policy.routeLimit]
      : objection.state === 'routed'
        ? objection.extended
          ? [policy.decideLimit, policy.extension]
          : [policy.decideLimit]
        : null;
  if (limits === null) return null;
  const workingDays = limits.reduce((sum, limit) => sum + limit.workingDays, 0);
  const { day, ...certainty } = addWorkingDays(calendar, objection.stateEnteredOn, workingDays);
  return {
    label: limits[0]?.label ?? '',
    workingDays,
    startedOn: objection.stateEnteredOn,
    deadline: day,
    confirmed: limits.every((limit) => limit.confirmed),
    ...certainty,
  };
}

/** The countdown the clerk and the dashboard see; at risk when due within the warning window or overdue. */
export function objectionCountdown(
  calendar: HolidayCalendar,
  policy: ObjectionPolicy,
  objection: Waiting,
  today: Day,
): ObjectionCountdown | null {
  const deadline = objectionDeadline(calendar, policy, objection);
  if (deadline === null) return null;
  const left = countdown(calendar, today, deadline.deadline);
  const calendarNotice = deadline.notice ?? left.notice;
  const notices = [
    ...(calendarNotice === null ? [] : [calendarNotice.message]),
    ...(objection.extended ? ['处理期限已延长一次。'] : []),
    ...(deadline.confirmed
      ? []
      : [`办理时限（${deadline.workingDays}个工作日）为待确认的默认值，仅供参考。`]),
  ];
  return {
    label: deadline.label,
    deadline: deadline.deadline,
    workingDaysLeft: left.workingDaysLeft,
    overdue: left.overdue,
    atRisk: left.overdue || left.workingDaysLeft <= policy.warnWithinWorkingDays,
    uncertain: deadline.uncertain || left.uncertain || !deadline.confirmed,
    notice: notices.length === 0 ? null : notices.join(''),
  };
}
