import type {
  Freshness,
  Hit,
  ListEntry,
  ListType,
  Matter,
  Measure,
  Reason,
  StatusTag,
  Subject,
  VerdictCode,
} from '../domain';
import { registrationStatusLabels } from '../domain/labels';
import { entryActive, splitMeasures } from './measures';
import type { CheckPolicy } from './policy';

export type EvaluationInput = {
  subject: Subject | null;
  entries: readonly ListEntry[];
  listTypes: readonly ListType[];
  measures: readonly Measure[];
  matter: Matter;
  /** The day of the check (YYYY-MM-DD), local to the service hall. */
  day: string;
  freshness: Freshness;
  policy: CheckPolicy;
  overridden: boolean;
};

export type Evaluation = {
  tags: StatusTag[];
  hits: Hit[];
  verdict: { code: VerdictCode; reasons: Reason[] };
};

const tagOfKind = {
  red: 'incentive-target',
  serious: 'punishment-target',
  abnormal: 'abnormal-operation',
} as const;

/** Status tags of the cover: list-based tags, then 存续/注销/吊销 for registered subjects. */
export function statusTagsOf(subject: Subject, activeKinds: ReadonlySet<ListType['kind']>): StatusTag[] {
  const tags: StatusTag[] = [];
  for (const kind of ['serious', 'abnormal', 'red'] as const)
    if (activeKinds.has(kind)) tags.push(tagOfKind[kind]);
  if (subject.kind !== 'natural-person') tags.push(subject.status);
  return tags;
}

function hitsOf(input: EvaluationInput): Hit[] {
  const byCode = new Map(input.listTypes.map((listType) => [listType.code, listType]));
  const hits: Hit[] = [];
  for (const entry of input.entries) {
    const listType = byCode.get(entry.listType);
    if (listType === undefined || !entryActive(entry, input.day)) continue;
    const split = splitMeasures(input.measures, entry.listType, input.matter.category, input.day);
    hits.push({
      key: entry.id,
      entry,
      listType,
      ...split,
      actionable: split.incentives.length + split.punishments.length > 0,
      incentivesSuppressed: false,
    });
  }
  const punished = hits.some((hit) => hit.punishments.length > 0);
  if (!input.policy.punishmentSuppressesIncentive || !punished) return hits;
  return hits.map((hit) =>
    hit.incentives.length === 0
      ? hit
      : { ...hit, incentivesSuppressed: true, actionable: hit.punishments.length > 0 },
  );
}

/**
 * The pure part of a check: tags, hits with the measures that apply to this matter, and the verdict.
 * Order of precedence: anything needing a person's judgement → 需人工研判; else punishment → 惩戒办理;
 * else incentive → 激励办理; else 可办理.
 */
export function evaluateCheck(input: EvaluationInput): Evaluation {
  const { subject, freshness, policy } = input;
  const review: Reason[] = [];
  const notes: Reason[] = [];
  if (freshness.stale && policy.staleRequiresReview) {
    review.push({
      code: 'stale',
      message:
        freshness.cacheAsOf === null
          ? '本地缓存尚无数据，无法确认信用状况'
          : `本地数据已超过 ${freshness.staleAfterHours} 小时未更新，结论需人工研判`,
    });
  }
  if (input.overridden) {
    // The identity behind a code that failed its check rests on the clerk's word alone (issue 10, rule 6).
    if (policy.overrideRequiresReview) {
      review.push({
        code: 'override',
        message: '代码未通过校验，窗口工作人员核对证照并填写理由后继续核查，申请人身份需人工研判',
      });
    } else {
      notes.push({ code: 'override', message: '代码校验未通过，窗口人员已核对证照并填写理由后继续核查' });
    }
  }
  if (subject === null) {
    notes.push({ code: 'no-record', message: '本地缓存中无该主体记录' });
    return {
      tags: [],
      hits: [],
      verdict: { code: review.length > 0 ? 'review' : 'proceed', reasons: [...review, ...notes] },
    };
  }
  if (subject.status !== 'active' && policy.inactiveRequiresReview) {
    review.push({
      code: 'inactive',
      message: `该主体登记状态为${registrationStatusLabels[subject.status]}，请核实申请人资格`,
    });
  }
  const hits = hitsOf(input);
  const activeKinds = new Set(hits.map((hit) => hit.listType.kind));
  const punishments = hits.reduce((count, hit) => count + hit.punishments.length, 0);
  const incentives = hits.reduce(
    (count, hit) => count + (hit.incentivesSuppressed ? 0 : hit.incentives.length),
    0,
  );
  const idle = hits.filter((hit) => !hit.actionable && hit.notApplicable.length > 0).length;
  if (punishments > 0) notes.push({ code: 'punishment', message: `适用 ${punishments} 项失信惩戒措施` });
  if (incentives > 0) notes.push({ code: 'incentive', message: `适用 ${incentives} 项守信激励措施` });
  if (hits.some((hit) => hit.incentivesSuppressed)) {
    notes.push({ code: 'incentive-suppressed', message: '该主体同时适用失信惩戒措施，本次不予激励' });
  }
  if (idle > 0) notes.push({ code: 'not-applicable', message: `${idle} 项名单记录的措施不适用于本事项` });
  const code: VerdictCode =
    review.length > 0 ? 'review' : punishments > 0 ? 'punishment' : incentives > 0 ? 'incentive' : 'proceed';
  return {
    tags: statusTagsOf(subject, activeKinds),
    hits,
    verdict: { code, reasons: [...review, ...notes] },
  };
}
