import type { Settings } from '../../../../shared/domain/app';
import type { Measure } from '../../../../shared/domain/catalogue';
import type { FeedbackAction, FeedbackItem, Hit } from '../../../../shared/domain/check';
import { CITY_REGION } from '../../../../shared/domain/regions';
import {
  boundsProblem,
  isoToWall,
  limitTexts,
  wallOf,
  wallToIso,
  type Bounds,
} from '../../fields/beijing-time';
import { feedbackTexts } from './texts';

/** What the feedback form edits: strings as typed, turned into a FeedbackItem on submit. */
export type FeedbackDraft = {
  action: FeedbackAction;
  measureCodes: string[];
  reason: string;
  result: string;
  amount: string;
  legalBasis: string;
  /** Once the clerk edits the basis by hand, changing measures no longer overwrites it. */
  legalBasisEdited: boolean;
  department: string;
  districtCode: string;
  /** Beijing wall time 'YYYY-MM-DD HH:mm' as the date-time field holds it. */
  actedAt: string;
};

export type DraftErrors = Partial<Record<keyof FeedbackDraft, string>>;

/** 已激励 is not offered while incentives are withheld; 未采取措施 is always possible (with a reason). */
export const availableActions = (hit: Hit): FeedbackAction[] => [
  ...(hit.punishments.length > 0 ? (['punished'] as const) : []),
  ...(hit.incentives.length > 0 && !hit.incentivesSuppressed ? (['incentivized'] as const) : []),
  'none',
];

export const measuresFor = (hit: Hit, action: FeedbackAction): Measure[] =>
  action === 'punished' ? hit.punishments : action === 'incentivized' ? hit.incentives : [];

/** The chosen measures' legal bases, each document once, joined by '；'; with no measure taken, all considered. */
export const basisFor = (hit: Hit, action: FeedbackAction, codes: readonly string[]): string => {
  const measures =
    action === 'none'
      ? [...hit.punishments, ...hit.incentives]
      : measuresFor(hit, action).filter((measure) => codes.includes(measure.code));
  // A basis often names several documents; measures of one list share some of them, so dedupe document by document.
  const documents = measures.flatMap((measure) =>
    measure.legalBasis.split(/[；;]/).map((part) => part.trim()),
  );
  return Array.from(new Set(documents.filter((part) => part !== ''))).join('；');
};

/**
 * Prefills from the PC's settings: 实施部门 is the clerk's own office (受理单位). Without one set there it stays
 * empty for the clerk to fill (the first-run checklist asks the administrator for it): the department that owns
 * the matter or listed the subject is not who applied the measure.
 */
export const initialDraft = (hit: Hit, settings: Settings | null, now: Date): FeedbackDraft => {
  const action = availableActions(hit)[0] ?? 'none';
  const measureCodes = measuresFor(hit, action).map((measure) => measure.code);
  return {
    action,
    measureCodes,
    reason: '',
    result: '',
    amount: '',
    legalBasis: basisFor(hit, action, measureCodes),
    legalBasisEdited: false,
    department: settings?.department.trim() ?? '',
    districtCode: settings?.districtCode ?? CITY_REGION.code,
    actedAt: wallOf(now),
  };
};

const withBasis = (draft: FeedbackDraft, hit: Hit): FeedbackDraft =>
  draft.legalBasisEdited ? draft : { ...draft, legalBasis: basisFor(hit, draft.action, draft.measureCodes) };

export const withAction = (draft: FeedbackDraft, hit: Hit, action: FeedbackAction): FeedbackDraft =>
  withBasis({ ...draft, action, measureCodes: measuresFor(hit, action).map((measure) => measure.code) }, hit);

export const withMeasure = (
  draft: FeedbackDraft,
  hit: Hit,
  code: string,
  checked: boolean,
): FeedbackDraft => {
  const others = draft.measureCodes.filter((existing) => existing !== code);
  return withBasis({ ...draft, measureCodes: checked ? [...others, code] : others }, hit);
};

const parseAmount = (value: string): number | null | 'invalid' => {
  const cleaned = value.replace(/[,，\s]/g, '');
  if (cleaned === '') return null;
  const amount = Number(cleaned);
  return Number.isFinite(amount) && amount >= 0 && amount <= 1e12 ? amount : 'invalid';
};

/** A measure is taken after the check (to the minute) and has happened by now. */
export const actedAtBounds = (checkedAt: string, now: Date): Bounds => ({
  min: isoToWall(checkedAt),
  minLabel: feedbackTexts.checkTime,
  max: wallOf(now),
  maxLabel: limitTexts.now,
});

/** Checks the draft with this form's messages (the contract's limits) and builds the request item. */
export const toFeedbackItem = (
  hitKey: string,
  draft: FeedbackDraft,
  bounds: Bounds,
): { ok: true; item: FeedbackItem } | { ok: false; errors: DraftErrors } => {
  const texts = feedbackTexts;
  const errors: DraftErrors = {};
  const amount = parseAmount(draft.amount);
  const actedAt = wallToIso(draft.actedAt);
  const actedAtProblem = boundsProblem(draft.actedAt, 'wall', bounds);
  const reason = draft.reason.trim();
  if (draft.action !== 'none' && draft.measureCodes.length === 0)
    errors.measureCodes = texts.measuresRequired;
  if (draft.action === 'none' && reason === '') errors.reason = texts.reasonRequired;
  if (draft.result.trim() === '') errors.result = texts.resultRequired;
  if (amount === 'invalid') errors.amount = texts.amountInvalid;
  if (draft.legalBasis.trim() === '') errors.legalBasis = texts.legalBasisRequired;
  if (draft.department.trim() === '') errors.department = texts.departmentRequired;
  if (!/^\d{6}$/.test(draft.districtCode)) errors.districtCode = texts.districtRequired;
  if (draft.actedAt === '') errors.actedAt = texts.actedAtRequired;
  else if (actedAtProblem !== null) errors.actedAt = actedAtProblem;
  if (Object.keys(errors).length > 0 || amount === 'invalid' || actedAt === null)
    return { ok: false, errors };
  return {
    ok: true,
    item: {
      hitKey,
      action: draft.action,
      measureCodes: draft.action === 'none' ? [] : draft.measureCodes,
      reason: reason === '' ? null : reason,
      result: draft.result.trim(),
      amount,
      legalBasis: draft.legalBasis.trim(),
      department: draft.department.trim(),
      districtCode: draft.districtCode,
      actedAt,
    },
  };
};
