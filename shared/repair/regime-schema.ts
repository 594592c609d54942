import { z } from 'zod';
import { isoDate } from '../calendar/day';
import { ProcessingLimits } from './processing-limits';

/** The grades a failure-of-trust record can carry. Which ones a regime knows is data (`classes[].severities`). */
export const Severity = z.enum(['minor', 'general', 'serious', 'specific-serious']);
export type Severity = z.infer<typeof Severity>;

/** Chinese names for the clerk. */
export const SEVERITY_LABELS: Record<Severity, string> = {
  minor: '轻微失信',
  general: '一般失信',
  serious: '严重失信',
  'specific-serious': '特定严重失信',
};

/** A publication period as the texts state it ("3个月", "1年"). */
export const Period = z.object({
  amount: z.number().int().nonnegative(),
  unit: z.enum(['month', 'year']),
});
export type Period = z.infer<typeof Period>;

export const RegimeClass = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  /** The record grades this class covers. */
  severities: z.array(Severity).min(1),
  repairable: z.boolean(),
  /** null: no minimum — repair may be asked as soon as the obligation is fulfilled (轻微 in 2025). */
  minimum: Period.nullable(),
  /** Publication stops by itself at the end of this period. */
  maximum: Period,
  /** false where a period is our reading, not checked against the primary text. */
  confirmed: z.boolean(),
  note: z.string().optional(),
});
export type RegimeClass = z.infer<typeof RegimeClass>;

/** A longer period for a field (domain) or a penalty type, e.g. 安全生产 at least 1 year in the 2023 regime. */
export const PeriodOverride = z.object({
  key: z.string().min(1),
  label: z.string().min(1),
  minimum: Period.optional(),
  maximum: Period.optional(),
  confirmed: z.boolean(),
  note: z.string().optional(),
});
export type PeriodOverride = z.infer<typeof PeriodOverride>;

/**
 * 新旧衔接 of a regime: information decided before its start day and still published on that day (by the
 * rules it was decided under) follows this regime's periods from that day on — not only the decision day's
 * regime. Publication that the new maximum would already have ended stops on the start day.
 */
export const Transition = z.object({
  /** false while the transition article itself was not seen (see note). */
  confirmed: z.boolean(),
  note: z.string().min(1),
});
export type Transition = z.infer<typeof Transition>;

export const Regime = z.object({
  id: z.string().min(1),
  /** The instrument that governs, as people cite it: 《信用修复管理办法》（国家发展改革委令第36号）. */
  name: z.string().min(1),
  basis: z.string().min(1),
  /** First decision day the regime governs; null for the oldest regime, which covers all legacy data before. */
  effectiveFrom: isoDate.nullable(),
  /** false where the start day is an assumption awaiting confirmation (see note). */
  effectiveFromConfirmed: z.boolean(),
  classes: z.array(RegimeClass).min(1),
  /** Matched against record.domain. */
  domainOverrides: z.array(PeriodOverride),
  /** Matched against record.penaltyTypes. */
  penaltyTypeOverrides: z.array(PeriodOverride),
  /** "several penalty types → the longest period": every applicable period is combined by taking the longest. */
  combine: z.literal('longest'),
  transition: Transition.optional(),
  note: z.string().optional(),
});
export type Regime = z.infer<typeof Regime>;

/**
 * Lists whose entries another authority removes (失信被执行人: the people's court): no repair application is
 * taken for them at the window, and the clerk says where to apply instead.
 */
export const OutsideWindowList = z.object({
  /** list_types codes (resources/catalogue/list-types.json). */
  listTypes: z.array(z.string().min(1)).min(1),
  /** Who removes the entry (人民法院). */
  authority: z.string().min(1),
  /** Where and how to apply instead, as the clerk tells the applicant. */
  apply: z.string().min(1),
  basis: z.string().min(1),
  confirmed: z.boolean(),
  note: z.string().optional(),
});
export type OutsideWindowList = z.infer<typeof OutsideWindowList>;

/** resources/rules/repair-regimes.json. */
export const RepairRegimes = z
  .object({
    version: z.string().min(1),
    source: z.string().min(1),
    regimes: z.array(Regime).min(1),
    processingLimits: ProcessingLimits,
    /** Absent in tables set before it existed: then every list is taken at the window as before. */
    outsideWindow: z.array(OutsideWindowList).default([]),
  })
  .superRefine((table, context) => {
    // Exactly one open-ended oldest regime, then strictly increasing start days: the choice by decision day must
    // never be ambiguous.
    table.regimes.forEach((regime, index) => {
      const previous = index > 0 ? table.regimes[index - 1] : undefined;
      if ((index === 0) !== (regime.effectiveFrom === null)) {
        context.addIssue({
          code: 'custom',
          path: ['regimes', index, 'effectiveFrom'],
          message: '只有第一个（最早的）制度可以没有起用日期',
        });
      }
      if (previous?.effectiveFrom && regime.effectiveFrom && regime.effectiveFrom <= previous.effectiveFrom) {
        context.addIssue({
          code: 'custom',
          path: ['regimes', index, 'effectiveFrom'],
          message: '制度须按起用日期升序排列',
        });
      }
      const covered = regime.classes.flatMap((entry) => entry.severities);
      if (new Set(covered).size !== covered.length) {
        context.addIssue({
          code: 'custom',
          path: ['regimes', index, 'classes'],
          message: '同一失信类别不能属于两个分类',
        });
      }
    });
    if (new Set(table.regimes.map((regime) => regime.id)).size !== table.regimes.length) {
      context.addIssue({ code: 'custom', path: ['regimes'], message: '制度编号重复' });
    }
    if (table.regimes[0]?.transition !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['regimes', 0, 'transition'],
        message: '最早的制度之前没有其他制度，不能规定新旧衔接',
      });
    }
    const outside = table.outsideWindow.flatMap((entry) => entry.listTypes);
    if (new Set(outside).size !== outside.length) {
      context.addIssue({ code: 'custom', path: ['outsideWindow'], message: '同一名单不能列出两次' });
    }
  });
export type RepairRegimes = z.infer<typeof RepairRegimes>;
