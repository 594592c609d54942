import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HolidayCalendar } from '../calendar/calendar-schema';
import type { RepairStep } from '../domain/repair';
import { deadlineHint, enteredOn, ProcessingLimits } from './processing-limits';
import { RepairRegimes } from './regime-schema';
import type { RepairState } from './state-machine';

const read = (relative: string): unknown =>
  JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as unknown;
const calendar = HolidayCalendar.parse(read('../../resources/rules/holiday-calendar.json'));
const { processingLimits } = RepairRegimes.parse(read('../../resources/rules/repair-regimes.json'));

const step = (event: RepairStep['event'], on: string) => ({ event, on });
/** An application in `state` with these steps behind it (the last one entered the state). */
const waiting = (state: RepairState, history: { event: RepairStep['event']; on: string }[]) => ({
  state,
  stateEnteredOn: history.at(-1)?.on ?? '2026-01-01',
  history,
});

describe('deadlineHint — the 国办发〔2025〕22号 limits as entered', () => {
  it('gives 3 working days to decide acceptance, across 劳动节 2026 and its 调休 Saturday', () => {
    const submitted = waiting('submitted', [step('submit', '2026-04-30')]);
    expect(deadlineHint(calendar, processingLimits, submitted)).toMatchObject({
      label: '作出是否受理的决定',
      workingDays: 3,
      countsFrom: 'submitted',
      startedOn: '2026-04-30',
      deadline: '2026-05-08',
      confirmed: false,
      uncertain: false,
    });
    // 国庆 2026: 10-01 … 10-07 off, Saturday 10-10 worked.
    expect(
      deadlineHint(calendar, processingLimits, waiting('submitted', [step('submit', '2026-09-30')]))
        ?.deadline,
    ).toBe('2026-10-10');
  });

  it('counts the decision from the acceptance, also while the review is under way', () => {
    const accepted = waiting('accepted', [step('submit', '2026-04-29'), step('accept', '2026-04-30')]);
    expect(deadlineHint(calendar, processingLimits, accepted)).toMatchObject({
      label: '反馈信用修复结果',
      countsFrom: 'accepted',
      startedOn: '2026-04-30',
      workingDays: 10,
      deadline: '2026-05-18',
      confirmed: false,
    });
    // The review began on 05-06: the clock does not restart (from 05-06 it would end on 05-19).
    const reviewing = waiting('reviewing', [...accepted.history, step('start-review', '2026-05-06')]);
    expect(deadlineHint(calendar, processingLimits, reviewing)).toMatchObject({
      state: 'reviewing',
      startedOn: '2026-04-30',
      deadline: '2026-05-18',
    });
  });

  it('has no limit in a final state and is uncertain into a year the calendar lacks', () => {
    expect(
      deadlineHint(calendar, processingLimits, waiting('granted', [step('grant', '2025-03-03')])),
    ).toBeNull();
    const late = waiting('reviewing', [step('accept', '2026-12-28'), step('start-review', '2026-12-29')]);
    expect(deadlineHint(calendar, processingLimits, late)?.uncertain).toBe(true);
  });

  it('finds the last day a state was entered', () => {
    const history = [
      step('submit', '2026-03-02'),
      step('accept', '2026-03-03'),
      step('start-review', '2026-03-05'),
    ];
    expect(enteredOn(history, 'accepted')).toBe('2026-03-03');
    expect(enteredOn(history, 'granted')).toBeNull();
  });
});

describe('ProcessingLimits schema', () => {
  it('marks every shipped figure unconfirmed, with what was and was not seen', () => {
    expect(processingLimits.steps.map((entry) => [entry.id, entry.workingDays, entry.confirmed])).toEqual([
      ['acceptance', 3, false],
      ['decision', 10, false],
    ]);
    processingLimits.steps.forEach((entry) => expect(entry.note).toMatch(/未能/u));
  });

  it('reads the shape a platform may still hold from before as one state per step, counted from it', () => {
    const legacy = ProcessingLimits.parse({
      confirmed: false,
      note: '旧表',
      steps: [{ state: 'submitted', label: '受理（或不予受理）', workingDays: 10 }],
    });
    expect(legacy.steps).toEqual([
      {
        id: 'submitted',
        label: '受理（或不予受理）',
        waitsIn: ['submitted'],
        countsFrom: 'submitted',
        workingDays: 10,
        basis: '本地工作惯例',
        confirmed: false,
      },
    ]);
  });

  it('refuses two limits for one state', () => {
    const [first] = processingLimits.steps;
    expect(ProcessingLimits.safeParse({ steps: [first, { ...first, id: 'again' }] }).success).toBe(false);
  });
});
