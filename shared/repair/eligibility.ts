import { addDays, compareDays, type Day } from '../calendar/day';
import { longestPeriod, periodEndsOn, periodInMonths } from './period';
import { type Regime, type RepairRegimes, SEVERITY_LABELS, type Severity } from './regime-schema';

/** The part of a failure-of-trust record the repair rules look at. */
export type RepairRecord = {
  /** Day of the penalty (or listing) decision: it chooses the regime and starts every period. */
  decisionOn: Day;
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
  /** id of the regime chosen by the decision day. */
  regime: string;
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

export function repairEligibility(
  regimes: RepairRegimes,
  record: RepairRecord,
  today: Day,
): RepairEligibility {
  const regime = regimeFor(regimes, record.decisionOn);
  const unconfirmed: string[] = [];
  if (!regime.effectiveFromConfirmed) {
    unconfirmed.push(`${regime.name}的起用日期 ${regime.effectiveFrom ?? '—'} 为暂定，待确认。`);
  }
  const severityLabel = SEVERITY_LABELS[record.severity];
  const regimeClass = regime.classes.find((entry) => entry.severities.includes(record.severity));
  if (!regimeClass) {
    return {
      regime: regime.id,
      eligible: false,
      eligibleFrom: null,
      publicationEndsOn: null,
      reason: {
        code: 'severity-not-in-regime',
        message: `${regime.name}未规定“${severityLabel}”类别，无法自动判断，请人工研判。`,
      },
      unconfirmed,
    };
  }
  // Where the class has no note of its own, the regime's note says what awaits confirmation.
  const noteOf = (note: string | undefined): string =>
    note !== undefined && note.trim() !== '' ? `：${note}` : `（见“${regime.name}”的说明）`;
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
  const maximum = longestPeriod([regimeClass.maximum, ...overrides.map((override) => override.maximum)]);
  const longestMinimum = longestPeriod([
    regimeClass.minimum,
    ...overrides.map((override) => override.minimum),
  ]);
  // maximum is never null: the class always has one. A shorter period set by the decision ends publication first.
  const regimeEnd = periodEndsOn(record.decisionOn, maximum ?? regimeClass.maximum);
  const decidedEnd = record.publicationEndsOn ?? null;
  const publicationEndsOn =
    decidedEnd !== null && compareDays(decidedEnd, regimeEnd) < 0 ? decidedEnd : regimeEnd;
  // A minimum longer than the maximum would make repair impossible; publication stops at the maximum anyway.
  const minimum =
    longestMinimum && maximum && periodInMonths(longestMinimum) > periodInMonths(maximum)
      ? maximum
      : longestMinimum;
  // Repair is possible from the day after the minimum period's last day; with no minimum, from the decision on
  // (once the obligation is fulfilled, which the clerk checks with the materials).
  const eligibleFrom = minimum ? addDays(periodEndsOn(record.decisionOn, minimum), 1) : record.decisionOn;

  const base = { regime: regime.id, publicationEndsOn, unconfirmed };
  if (compareDays(today, publicationEndsOn) > 0) {
    return {
      ...base,
      eligible: false,
      eligibleFrom: null,
      reason: {
        code: 'already-ended',
        message: `公示期已于 ${publicationEndsOn} 届满，应自动停止公示，无需申请信用修复。`,
      },
    };
  }
  if (!regimeClass.repairable) {
    return {
      ...base,
      eligible: false,
      eligibleFrom: null,
      reason: {
        code: 'not-repairable',
        message: `${regime.name}下${regimeClass.label}信息不可修复，公示至 ${publicationEndsOn} 届满。`,
      },
    };
  }
  if (compareDays(today, eligibleFrom) < 0) {
    return {
      ...base,
      eligible: false,
      eligibleFrom,
      reason: { code: 'too-early', message: `最短公示期未满，自 ${eligibleFrom} 起可申请信用修复。` },
    };
  }
  return {
    ...base,
    eligible: true,
    eligibleFrom,
    reason: {
      code: 'eligible',
      message: minimum
        ? `已满最短公示期，可申请信用修复（须提交义务履行完毕的证明）；未修复的，公示至 ${publicationEndsOn} 届满。`
        : `法定责任义务履行完毕即可申请信用修复；未修复的，公示至 ${publicationEndsOn} 届满。`,
    },
  };
}
