import { addDays, compareDays, type Day } from '../calendar/day';
import { longestPeriod, periodEndsOn, periodInMonths } from './period';
import {
  type Regime,
  type RegimeClass,
  type RepairRegimes,
  SEVERITY_LABELS,
  type Severity,
} from './regime-schema';

/** The part of a failure-of-trust record the repair rules look at. */
export type RepairRecord = {
  /** Day of the penalty (or listing) decision: it chooses the regime and starts every period. */
  decisionOn: Day;
  /** The recorded 失信程度: a record without one is for a person to judge, never assumed (see the callers). */
  severity: Severity;
  /** Field of the penalty, matched against a regime's domainOverrides (e.g. 'work-safety'). */
  domain?: string;
  /** Penalty types of one decision, matched against penaltyTypeOverrides; the longest period wins. */
  penaltyTypes?: readonly string[];
  /**
   * The publication end the deciding authority set (公示截止期), when it is shorter than the regime's maximum:
   * publication stops then, and the clerk must see the same day the check shows.
   */
  publicationEndsOn?: Day | null;
};

export type EligibilityCode =
  'eligible' | 'too-early' | 'not-repairable' | 'already-ended' | 'severity-not-in-regime';

export type RepairEligibility = {
  /** id of the regime whose periods decide: the decision day's, or a later one's through its transition. */
  regime: string;
  /** That regime's instrument, as people cite it. */
  regimeName: string;
  /** Set when a later regime's transition applies: the regime of the decision day. */
  decidedUnder: { id: string; name: string } | null;
  eligible: boolean;
  /** First day a repair application is possible; null when it never is. */
  eligibleFrom: Day | null;
  /** Last day of publication (automatic stop after it); null only when the regime does not know the severity. */
  publicationEndsOn: Day | null;
  reason: { code: EligibilityCode; message: string };
  /** Assumptions behind the answer that the data marks as not yet confirmed, for people. Empty when none. */
  unconfirmed: string[];
};

/** The regime in force on the decision day: the last one whose start day is not after it. */
export function regimeFor(regimes: RepairRegimes, decisionOn: Day): Regime {
  let chosen = regimes.regimes[0];
  for (const regime of regimes.regimes) {
    if (regime.effectiveFrom === null || compareDays(regime.effectiveFrom, decisionOn) <= 0) chosen = regime;
  }
  // The schema requires at least one regime; reaching here without one is a caller bypassing it.
  if (!chosen) throw new RangeError('repair-regimes has no regime');
  return chosen;
}

/** The latest regime whose transition reaches a record decided before it, once it is in force on `today`. */
function transitionRegime(regimes: RepairRegimes, decisionOn: Day, today: Day): Regime | null {
  let found: Regime | null = null;
  for (const regime of regimes.regimes) {
    const from = regime.effectiveFrom;
    if (regime.transition === undefined || from === null) continue;
    if (compareDays(from, decisionOn) > 0 && compareDays(from, today) <= 0) found = regime;
  }
  return found;
}

/** What one regime's periods say about a record, before `today` is looked at. */
type Periods = {
  regime: Regime;
  regimeClass: RegimeClass;
  publicationEndsOn: Day;
  eligibleFrom: Day;
  /** Whether the periods have a minimum (else: repair once the obligation is fulfilled). */
  hasMinimum: boolean;
  unconfirmed: string[];
};

function periodsUnder(regime: Regime, record: RepairRecord): Periods | null {
  const regimeClass = regime.classes.find((entry) => entry.severities.includes(record.severity));
  if (!regimeClass) return null;
  const unconfirmed: string[] = [];
  if (!regime.effectiveFromConfirmed) {
    unconfirmed.push(`${regime.name}的起用日期 ${regime.effectiveFrom ?? '—'} 为暂定，待确认。`);
  }
  // Where the class has no note of its own, the regime's note says what awaits confirmation.
  const noteOf = (note: string | undefined): string =>
    note !== undefined && note.trim() !== '' ? `：${note}` : `（见${regime.name}的说明）`;
  if (!regimeClass.confirmed)
    unconfirmed.push(`${regimeClass.label}的公示期限待核实${noteOf(regimeClass.note)}`);

  const overrides = [
    ...regime.domainOverrides.filter((override) => override.key === record.domain),
    ...regime.penaltyTypeOverrides.filter((override) => record.penaltyTypes?.includes(override.key) ?? false),
  ];
  for (const override of overrides) {
    if (!override.confirmed) unconfirmed.push(`${override.label}的特别期限待核实${noteOf(override.note)}`);
  }

  // Several applicable periods (class, field, each penalty type) → the longest one governs.
  const maximum =
    longestPeriod([regimeClass.maximum, ...overrides.map((override) => override.maximum)]) ??
    regimeClass.maximum;
  const longestMinimum = longestPeriod([
    regimeClass.minimum,
    ...overrides.map((override) => override.minimum),
  ]);
  // A shorter period set by the decision ends publication first.
  const regimeEnd = periodEndsOn(record.decisionOn, maximum);
  const decidedEnd = record.publicationEndsOn ?? null;
  const publicationEndsOn =
    decidedEnd !== null && compareDays(decidedEnd, regimeEnd) < 0 ? decidedEnd : regimeEnd;
  // A minimum longer than the maximum would make repair impossible; publication stops at the maximum anyway.
  const minimum =
    longestMinimum && periodInMonths(longestMinimum) > periodInMonths(maximum) ? maximum : longestMinimum;
  // Repair is possible from the day after the minimum period's last day; with no minimum, from the decision on
  // (once the obligation is fulfilled, which the clerk checks with the materials).
  const eligibleFrom = minimum ? addDays(periodEndsOn(record.decisionOn, minimum), 1) : record.decisionOn;
  return { regime, regimeClass, publicationEndsOn, eligibleFrom, hasMinimum: minimum !== null, unconfirmed };
}

type Transitioned = { from: Regime; startsOn: Day };

/** The answer on `today` from the periods that govern. */
function answer(periods: Periods, today: Day, transitioned: Transitioned | null): RepairEligibility {
  const { regime, regimeClass, publicationEndsOn, eligibleFrom } = periods;
  const base = {
    regime: regime.id,
    regimeName: regime.name,
    decidedUnder: transitioned === null ? null : { id: transitioned.from.id, name: transitioned.from.name },
    publicationEndsOn,
    unconfirmed: periods.unconfirmed,
  };
  // Said first when a later regime's periods replace those of the decision day.
  const lead =
    transitioned === null
      ? ''
      : `该信息于${transitioned.startsOn}仍在公示，自该日起按${regime.name}的期限计算：`;
  if (compareDays(today, publicationEndsOn) > 0) {
    const ended =
      transitioned !== null && compareDays(publicationEndsOn, addDays(transitioned.startsOn, -1)) === 0
        ? `最长公示期在此前已经届满，应自 ${transitioned.startsOn} 起自动停止公示，无需申请信用修复。`
        : `公示期已于 ${publicationEndsOn} 届满，应自动停止公示，无需申请信用修复。`;
    return {
      ...base,
      eligible: false,
      eligibleFrom: null,
      reason: { code: 'already-ended', message: `${lead}${ended}` },
    };
  }
  if (!regimeClass.repairable) {
    return {
      ...base,
      eligible: false,
      eligibleFrom: null,
      reason: {
        code: 'not-repairable',
        message: `${lead}${regime.name}规定${regimeClass.label}不可修复，公示至 ${publicationEndsOn} 届满。`,
      },
    };
  }
  if (compareDays(today, eligibleFrom) < 0) {
    return {
      ...base,
      eligible: false,
      eligibleFrom,
      reason: { code: 'too-early', message: `${lead}最短公示期未满，自 ${eligibleFrom} 起可申请信用修复。` },
    };
  }
  return {
    ...base,
    eligible: true,
    eligibleFrom,
    reason: {
      code: 'eligible',
      message: `${lead}${
        periods.hasMinimum
          ? `已满最短公示期，可申请信用修复（须提交义务履行完毕的证明）；未修复的，公示至 ${publicationEndsOn} 届满。`
          : `法定责任义务履行完毕即可申请信用修复；未修复的，公示至 ${publicationEndsOn} 届满。`
      }`,
    },
  };
}

function unknownSeverity(regime: Regime, severity: Severity): RepairEligibility {
  return {
    regime: regime.id,
    regimeName: regime.name,
    decidedUnder: null,
    eligible: false,
    eligibleFrom: null,
    publicationEndsOn: null,
    reason: {
      code: 'severity-not-in-regime',
      message: `${regime.name}未规定“${SEVERITY_LABELS[severity]}”类别，无法自动判断，请人工研判。`,
    },
    unconfirmed: regime.effectiveFromConfirmed
      ? []
      : [`${regime.name}的起用日期 ${regime.effectiveFrom ?? '—'} 为暂定，待确认。`],
  };
}

/**
 * Whether a record may be repaired on `today`, and until when it is published. The regime of the decision day
 * decides, unless a later regime with a transition is in force on `today` and the record was still published
 * on its start day (by the decision day's rules): then the later regime's periods apply (still counted from the
 * decision day), and a maximum they would already have passed ends publication on that start day.
 */
export function repairEligibility(
  regimes: RepairRegimes,
  record: RepairRecord,
  today: Day,
): RepairEligibility {
  const decided = regimeFor(regimes, record.decisionOn);
  const own = periodsUnder(decided, record);
  const later = transitionRegime(regimes, record.decisionOn, today);
  const startsOn = later?.effectiveFrom ?? null;
  // Not reached by a transition, or no longer published when it began: the decision day's rules answer.
  if (
    later === null ||
    startsOn === null ||
    (own !== null && compareDays(own.publicationEndsOn, startsOn) < 0)
  ) {
    return own === null ? unknownSeverity(decided, record.severity) : answer(own, today, null);
  }
  const current = periodsUnder(later, record);
  const transitionNote = later.transition?.confirmed ? [] : [`新旧衔接：${later.transition?.note ?? ''}`];
  if (current === null) {
    // The later regime does not know the grade (e.g. 特定严重): the decision day's rules still answer.
    if (own === null) return unknownSeverity(decided, record.severity);
    const kept = answer(own, today, null);
    return {
      ...kept,
      unconfirmed: [
        ...kept.unconfirmed,
        `${later.name}未规定“${SEVERITY_LABELS[record.severity]}”类别，仍按${decided.name}判断，待核实。`,
      ],
    };
  }
  // Publication already lawful until the day before the new regime: it cannot end earlier than that.
  const dayBefore = addDays(startsOn, -1);
  const publicationEndsOn =
    compareDays(current.publicationEndsOn, dayBefore) < 0 ? dayBefore : current.publicationEndsOn;
  return answer(
    { ...current, publicationEndsOn, unconfirmed: [...current.unconfirmed, ...transitionNote] },
    today,
    { from: decided, startsOn },
  );
}
