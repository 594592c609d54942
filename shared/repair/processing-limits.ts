import { z } from 'zod';
import type { HolidayCalendar } from '../calendar/calendar-schema';
import type { Day } from '../calendar/day';
import { addWorkingDays, type CalendarCertainty } from '../calendar/working-days';
import { RepairState } from './state-machine';

/**
 * How many working days each step may take, in repair-regimes.json (`processingLimits`). DOMAIN.md gives "10 (?)",
 * so the figures live in data with `confirmed` and are shown to the clerk as hints, never enforced.
 */
export const ProcessingLimits = z.object({
  confirmed: z.boolean(),
  note: z.string().optional(),
  steps: z.array(
    z.object({
      /** The state the application waits in; the limit runs from the day it entered it. */
      state: RepairState,
      label: z.string().min(1),
      workingDays: z.number().int().positive(),
    }),
  ),
});
export type ProcessingLimits = z.infer<typeof ProcessingLimits>;

export type DeadlineHint = {
  state: RepairState;
  label: string;
  workingDays: number;
  /** Last working day for the step. */
  deadline: Day;
  /** false while the limit itself is unconfirmed. */
  confirmed: boolean;
} & CalendarCertainty;

/** The deadline for leaving `state`, entered on `enteredOn`; null where no limit applies (final states). */
export function deadlineHint(
  calendar: HolidayCalendar,
  limits: ProcessingLimits,
  state: RepairState,
  enteredOn: Day,
): DeadlineHint | null {
  const step = limits.steps.find((entry) => entry.state === state);
  if (!step) return null;
  const { day, ...certainty } = addWorkingDays(calendar, enteredOn, step.workingDays);
  return {
    state,
    label: step.label,
    workingDays: step.workingDays,
    deadline: day,
    confirmed: limits.confirmed,
    ...certainty,
  };
}
