import { z } from 'zod';
import type { HolidayCalendar } from '../calendar/calendar-schema';
import type { Day } from '../calendar/day';
import { addWorkingDays, type CalendarCertainty } from '../calendar/working-days';
import type { RepairStep } from '../domain/repair';
import { RepairState } from './state-machine';

/**
 * One time limit of the procedure, in working days. The application waits for it in `waitsIn` (one state or
 * several: the decision is due while it is 已受理 and while it is 审核中), and the clock runs from the day it
 * entered `countsFrom`, which may be an earlier state than the one it waits in (the decision is counted from
 * the acceptance, not from the start of the review).
 */
export const ProcessingStep = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  waitsIn: z.array(RepairState).min(1),
  countsFrom: RepairState,
  workingDays: z.number().int().positive(),
  /** The instrument (and item) the figure comes from. */
  basis: z.string().min(1),
  /** false while the figure could not be read in the primary text (note says what was and was not seen). */
  confirmed: z.boolean(),
  note: z.string().optional(),
});
export type ProcessingStep = z.infer<typeof ProcessingStep>;

/** The table as issue 8 shipped it: one `state` per step and one `confirmed` for all (10 working days each). */
const LegacyLimits = z.object({
  confirmed: z.boolean(),
  note: z.string().optional(),
  steps: z.array(
    z.object({ state: RepairState, label: z.string().min(1), workingDays: z.number().int().positive() }),
  ),
});

/**
 * Read the shape a platform may still hold from before (it keeps a table until it is set again) as the new
 * one, so its own rules keep working: each old step waits in its state and counts from it.
 */
const upgradeLegacy = (value: unknown): unknown => {
  const legacy = LegacyLimits.safeParse(value);
  if (!legacy.success) return value;
  return {
    ...(legacy.data.note === undefined ? {} : { note: legacy.data.note }),
    steps: legacy.data.steps.map((step) => ({
      id: step.state,
      label: step.label,
      waitsIn: [step.state],
      countsFrom: step.state,
      workingDays: step.workingDays,
      basis: '本地工作惯例',
      confirmed: legacy.data.confirmed,
    })),
  };
};

/**
 * How many working days each step may take, in repair-regimes.json (`processingLimits`). Shown to the clerk
 * as hints (with whether each figure is confirmed), never enforced.
 */
export const ProcessingLimits = z.preprocess(
  upgradeLegacy,
  z
    .object({
      note: z.string().optional(),
      steps: z.array(ProcessingStep),
    })
    .superRefine((limits, context) => {
      const waiting = limits.steps.flatMap((step) => step.waitsIn);
      if (new Set(waiting).size !== waiting.length)
        context.addIssue({ code: 'custom', path: ['steps'], message: '同一状态只能对应一个办理时限' });
    }),
);
export type ProcessingLimits = z.infer<typeof ProcessingLimits>;

export type DeadlineHint = {
  state: RepairState;
  label: string;
  workingDays: number;
  /** The state whose entry day started the clock. */
  countsFrom: RepairState;
  /** The day the clock started. */
  startedOn: Day;
  /** Last working day for the step. */
  deadline: Day;
  /** false while the limit itself is unconfirmed. */
  confirmed: boolean;
} & CalendarCertainty;

/** The state each recorded step leads to. */
const stateAfter: Record<RepairStep['event'], RepairState> = {
  submit: 'submitted',
  accept: 'accepted',
  refuse: 'refused',
  'start-review': 'reviewing',
  grant: 'granted',
  deny: 'denied',
};

/** The last day the application entered `state`, from its history; null when it never did. */
export function enteredOn(
  history: readonly Pick<RepairStep, 'event' | 'on'>[],
  state: RepairState,
): Day | null {
  for (let index = history.length - 1; index >= 0; index -= 1) {
    const step = history[index];
    if (step !== undefined && stateAfter[step.event] === state) return step.on;
  }
  return null;
}

export type WaitingApplication = {
  state: RepairState;
  /** The day the current state was entered. */
  stateEnteredOn: Day;
  history: readonly Pick<RepairStep, 'event' | 'on'>[];
};

/** The deadline of the step the application waits for; null where no limit applies (final states). */
export function deadlineHint(
  calendar: HolidayCalendar,
  limits: ProcessingLimits,
  application: WaitingApplication,
): DeadlineHint | null {
  const { state } = application;
  const step = limits.steps.find((entry) => entry.waitsIn.includes(state));
  if (!step) return null;
  // The clock's start as recorded; an application whose history lacks it (never expected) counts from now.
  const startedOn =
    step.countsFrom === state
      ? application.stateEnteredOn
      : (enteredOn(application.history, step.countsFrom) ?? application.stateEnteredOn);
  const { day, ...certainty } = addWorkingDays(calendar, startedOn, step.workingDays);
  return {
    state,
    label: step.label,
    workingDays: step.workingDays,
    countsFrom: step.countsFrom,
    startedOn,
    deadline: day,
    confirmed: step.confirmed,
    ...certainty,
  };
}
