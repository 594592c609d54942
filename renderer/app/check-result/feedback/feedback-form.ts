import { z } from 'zod';
import type { Settings } from '../../../../shared/domain/app';
import type { Measure } from '../../../../shared/domain/catalogue';
import { FeedbackRequest, type FeedbackAction, type Hit } from '../../../../shared/domain/check';
import { CITY_REGION } from '../../../../shared/domain/regions';
import { isoToWall, limitTexts, wallOf, type Bounds } from '../../fields/beijing-time';
import { wallTimeField } from '../../fields/wall-time-schema';
import { feedbackTexts as texts } from './texts';

/** One item of the contract's feedback request (check:feedback): what the form checks each field against. */
const FeedbackItem = FeedbackRequest.shape.items.element;

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

/** A measure is taken after the check (to the minute) and has happened by now. */
export const actedAtBounds = (checkedAt: string, now: Date): Bounds => ({
  min: isoToWall(checkedAt),
  minLabel: texts.checkTime,
  max: wallOf(now),
  maxLabel: limitTexts.now,
});

const amountPattern = /^\d+(\.\d+)?$/;
const cleanAmount = (value: string): string => value.replace(/[,，\s]/g, '');

/**
 * The feedback form over the contract's FeedbackItem: its own fields' schemas (and messages), with what the form
 * holds differently — 理由 as text ('' for none), 金额 as typed (1,000 allowed), 实施时间 as Beijing wall time
 * between the check and now — and what depends on 处理方式 (措施 or 理由 required). Gives the request's item.
 */
export const feedbackFormSchema = (hitKey: string, checkedAt: string) =>
  FeedbackItem.omit({ hitKey: true })
    .extend({
      reason: FeedbackItem.shape.reason.unwrap(),
      amount: z
        .string()
        .refine(
          (value) => cleanAmount(value) === '' || amountPattern.test(cleanAmount(value)),
          texts.amountInvalid,
        )
        .transform((value) => (cleanAmount(value) === '' ? null : Number(cleanAmount(value))))
        .pipe(FeedbackItem.shape.amount),
      actedAt: wallTimeField(texts.actedAtRequired, () => actedAtBounds(checkedAt, new Date())),
    })
    .superRefine((values, context) => {
      if (values.action !== 'none' && values.measureCodes.length === 0)
        context.addIssue({ code: 'custom', path: ['measureCodes'], message: texts.measuresRequired });
      if (values.action === 'none' && values.reason === '')
        context.addIssue({ code: 'custom', path: ['reason'], message: texts.reasonRequired });
    })
    .transform((values): z.output<typeof FeedbackItem> => ({
      ...values,
      hitKey,
      measureCodes: values.action === 'none' ? [] : values.measureCodes,
      reason: values.reason === '' ? null : values.reason,
    }));

export type FeedbackFormValues = z.input<ReturnType<typeof feedbackFormSchema>>;

/** The fields a message can be shown at: every field of the item but its hit. */
export const feedbackFields = [
  'action',
  'measureCodes',
  'reason',
  'result',
  'amount',
  'legalBasis',
  'department',
  'districtCode',
  'actedAt',
] as const satisfies readonly (keyof FeedbackFormValues)[];

/**
 * Prefills from the PC's settings: 实施部门 is the clerk's own office (受理单位). Without one set there it stays
 * empty for the clerk to fill (the first-run checklist asks the administrator for it): the department that owns
 * the matter or listed the subject is not who applied the measure.
 */
export const feedbackDefaults = (hit: Hit, settings: Settings | null, now: Date): FeedbackFormValues => {
  const action = availableActions(hit)[0] ?? 'none';
  const measureCodes = measuresFor(hit, action).map((measure) => measure.code);
  return {
    action,
    measureCodes,
    reason: '',
    result: '',
    amount: '',
    legalBasis: basisFor(hit, action, measureCodes),
    department: settings?.department.trim() ?? '',
    districtCode: settings?.districtCode ?? CITY_REGION.code,
    actedAt: wallOf(now),
  };
};

/** A path of the request (items.0.result) → the form's field (result): the form is the request's one item. */
export const feedbackFieldOf = (path: readonly PropertyKey[]): string =>
  (path[0] === 'items' ? path.slice(2) : path).map(String).join('.');
