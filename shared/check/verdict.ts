import type {
  ExternalQueryDuty,
  Freshness,
  Hit,
  ListEntry,
  ListType,
  Matter,
  Measure,
  Reason,
  RelatedParty,
  StatusTag,
  Subject,
  VerdictCode,
} from '../domain';
import { registrationStatusLabels } from '../domain/labels';
import type { ObjectionMark } from '../domain/objection-mark';
import { formatBeijing } from '../time';
import { incentiveBarsOf, type FailureFact } from './bars';
import { entryActive, splitMeasures } from './measures';
import type { CheckPolicy } from './policy';
import { relatedPartyOf, type Representative } from './related';

export type EvaluationInput = {
  subject: Subject | null;
  entries: readonly ListEntry[];
  /** The subject's confirmed commitment failures not yet repaired (bars.ts failureFactsOf and pending ones). */
  failures: readonly FailureFact[];
  /** The legal representative as a natural-person subject of the cache, with their list entries. */
  representative: Representative | null;
  listTypes: readonly ListType[];
  measures: readonly Measure[];
  matter: Matter;
  /** The day of the check (YYYY-MM-DD), local to the service hall. */
  day: string;
  freshness: Freshness;
  policy: CheckPolicy;
  overridden: boolean;
  /** Open objections against the subject's list entries, by entry id (异议处理中). Absent: none. */
  objections?: ReadonlyMap<string, ObjectionMark>;
  /**
   * objection-policy.json suspendsPunishment: an entry under objection is no basis for this verdict's
   * punishments. Default false (and absent): it is only marked, the verdict still rests on it.
   */
  objectionSuspends?: boolean;
};

export type Evaluation = {
  tags: StatusTag[];
  hits: Hit[];
  verdict: { code: VerdictCode; reasons: Reason[] };
  externalQuery: ExternalQueryDuty | null;
  related: RelatedParty[];
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

/**
 * The hits with the measures that apply to this matter. Incentives are withheld from every hit when `withhold`
 * (a serious listing or unrepaired false commitment, whatever the matter), or when the policy says a
 * punishment at this approval suppresses them.
 */
function hitsOf(input: EvaluationInput, withhold: boolean): Hit[] {
  const byCode = new Map(input.listTypes.map((listType) => [listType.code, listType]));
  const hits: Hit[] = [];
  for (const entry of input.entries) {
    const listType = byCode.get(entry.listType);
    if (listType === undefined || !entryActive(entry, input.day)) continue;
    const split = splitMeasures(input.measures, entry.listType, input.matter.category, input.day);
    const mark = input.objections?.get(entry.id);
    hits.push({
      ...(mark === undefined ? {} : { objection: { ...mark, suspended: input.objectionSuspends === true } }),
      key: entry.id,
      entry,
      listType,
      ...split,
      actionable: split.incentives.length + split.punishments.length > 0,
      incentivesSuppressed: false,
    });
  }
  const punished = hits.some((hit) => hit.punishments.length > 0);
  const suppress = withhold || (input.policy.punishmentSuppressesIncentive && punished);
  if (!suppress) return hits;
  return hits.map((hit) =>
    hit.incentives.length === 0
      ? hit
      : { ...hit, incentivesSuppressed: true, actionable: hit.punishments.length > 0 },
  );
}

const asOf = (freshness: Freshness): string =>
  freshness.cacheAsOf === null ? '本机尚无已同步的数据' : `截至 ${formatBeijing(freshness.cacheAsOf)}`;

/** The not-found answer: 需人工研判 with an external query for the named categories, else a plain note. */
function notFound(input: EvaluationInput): { reason: Reason; duty: ExternalQueryDuty; review: boolean } {
  const { notFound: rule } = input.policy;
  const required = rule.externalQueryCategories.includes(input.matter.category);
  const channels = rule.channels.map((channel) => `“${channel.name}”`).join('、');
  const duty: ExternalQueryDuty = { required, channels: rule.channels, basis: rule.basis };
  const base = `本机数据（${asOf(input.freshness)}）未查到该主体`;
  if (required)
    return {
      review: true,
      duty,
      reason: {
        code: 'external-query-required',
        message: `${base}。本事项须通过${channels}查询该主体的信用记录，并留存查询结果后再作结论`,
      },
    };
  return {
    review: false,
    duty,
    reason: {
      code: 'not-in-city-data',
      message: `${base}：本市信用数据中没有该代码的记录，不代表该主体在其他地区或全国范围内无失信记录`,
    },
  };
}

/**
 * The pure part of a check: tags, hits with the measures that apply to this matter, and the verdict.
 * Order of precedence: anything needing a person's judgement → 需人工研判; else a window punishment → 适用失信
 * 惩戒措施; else a window incentive not withheld → 适用守信激励措施; else 可办理. Supervisory measures (监管提示)
 * never enter the verdict.
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
          ? '本机尚无已同步的数据，无法确认信用状况'
          : `本机数据已超过 ${freshness.staleAfterHours} 小时未更新，结论需人工研判`,
    });
  }
  if (input.overridden) {
    // The identity behind a code that failed its check rests on the clerk's word alone (issue 10, rule 6).
    if (policy.override.requiresReview) {
      review.push({
        code: 'override',
        message: '代码未通过校验，窗口工作人员核对证照并填写理由后继续核查，申请人身份需人工研判',
      });
    } else {
      notes.push({ code: 'override', message: '代码校验未通过，窗口工作人员已核对证照并填写理由后继续核查' });
    }
  }
  if (subject === null) {
    const answer = notFound(input);
    (answer.review ? review : notes).push(answer.reason);
    return {
      tags: [],
      hits: [],
      verdict: { code: review.length > 0 ? 'review' : 'proceed', reasons: [...review, ...notes] },
      externalQuery: answer.duty,
      related: [],
    };
  }
  if (subject.status !== 'active' && policy.inactiveRequiresReview) {
    review.push({
      code: 'inactive',
      message: `该主体登记状态为${registrationStatusLabels[subject.status]}，请核实申请人资格`,
    });
  }
  const bars = incentiveBarsOf({
    entries: input.entries,
    listTypes: input.listTypes,
    failures: input.failures,
    bars: policy.incentiveBars,
    day: input.day,
  });
  const hits = hitsOf(input, bars.length > 0);
  const related = relatedPartyOf(input);
  for (const party of related) {
    const names = party.listings.map((listing) => listing.listType.name).join('、');
    const message = `法定代表人${party.name}（${party.identifierMasked}）列入${names}`;
    if (party.affectsVerdict)
      review.push({ code: 'representative', message: `${message}，本类事项需人工研判` });
    else notes.push({ code: 'representative', message: `${message}，请予关注` });
  }
  const activeKinds = new Set(hits.map((hit) => hit.listType.kind));
  // An entry under objection counts unless the policy suspends it (it does not by default: only marked).
  const punishments = hits.reduce(
    (count, hit) => count + (hit.objection?.suspended === true ? 0 : hit.punishments.length),
    0,
  );
  for (const hit of hits.filter((entry) => entry.objection !== undefined)) {
    const mark = hit.objection;
    if (mark === undefined) continue;
    notes.push({
      code: 'objection-open',
      message: `${hit.listType.name}记录${mark.label}（${mark.since}由${mark.unit}受理）${
        mark.suspended === true
          ? '，按异议处理规则本次不据此实施惩戒措施'
          : '，处理决定作出前仍按该记录作出结论'
      }`,
    });
  }
  const incentives = hits.reduce(
    (count, hit) => count + (hit.incentivesSuppressed ? 0 : hit.incentives.length),
    0,
  );
  const supervisory = hits.reduce((count, hit) => count + hit.supervisory.length, 0);
  const idle = hits.filter(
    (hit) => !hit.actionable && hit.supervisory.length === 0 && hit.notApplicable.length > 0,
  ).length;
  if (punishments > 0) notes.push({ code: 'punishment', message: `适用 ${punishments} 项失信惩戒措施` });
  if (incentives > 0) notes.push({ code: 'incentive', message: `适用 ${incentives} 项守信激励措施` });
  if (bars.length > 0) {
    notes.push({
      code: 'incentive-withheld',
      message: `因${bars.join('；')}，不予实施任何守信激励措施`,
    });
  } else if (hits.some((hit) => hit.incentivesSuppressed)) {
    notes.push({
      code: 'incentive-suppressed',
      message: '该主体在本事项中同时适用失信惩戒措施，本次不予激励',
    });
  }
  if (supervisory > 0)
    notes.push({
      code: 'supervisory',
      message: `${supervisory} 项措施由监管部门在日常监管中实施（监管提示），不影响本次办理结论`,
    });
  if (idle > 0) notes.push({ code: 'not-applicable', message: `${idle} 项名单记录的措施不适用于本事项` });
  const code: VerdictCode =
    review.length > 0 ? 'review' : punishments > 0 ? 'punishment' : incentives > 0 ? 'incentive' : 'proceed';
  return {
    tags: statusTagsOf(subject, activeKinds),
    hits,
    verdict: { code, reasons: [...review, ...notes] },
    externalQuery: null,
    related,
  };
}
