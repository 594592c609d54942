import type { CommitmentRoute } from '../domain/commitment';
import type { ListKind } from '../domain/catalogue';
import type { CreditRecord, ListEntry, SubjectKind } from '../domain/subject';
import { recordIsBasis } from '../records/basis';
import type { RecordRules } from '../records/record-rules';
import type { CommitmentRules } from './rules';
import { recordPublished } from '../repair/published';
import { SEVERITY_LABELS } from '../repair/regime-schema';
import { entryActive } from '../check/measures';

export type RouteInput = {
  entries: readonly ListEntry[];
  /** list type code → its kind */
  listKinds: ReadonlyMap<string, ListKind>;
  records: readonly CreditRecord[];
  /** Whose records they are: a record that is no basis (record-rules.json) never bars. */
  subjectKind: SubjectKind;
  recordRules: RecordRules;
  rules: CommitmentRules;
  /** YYYY-MM-DD */
  day: string;
};

const failureLabels = { false: '虚假承诺', unfulfilled: '未履行承诺', partial: '未完全履行承诺' } as const;

/**
 * Whether the applicant may use the commitment route (告知承诺制). Barred, with every reason, by: an active
 * entry on a barred list, a published record of a barred severity, or a published commitment-failure record
 * of a barred kind not yet repaired — published meaning recordPublished() on `day` (DOMAIN.md, 平顶山's plan).
 * Which ones bar, and which commitment types a bar closes (those replacing a requirement), is data
 * (commitment-rules.json).
 */
export function commitmentRoute(input: RouteInput): CommitmentRoute {
  const reasons: CommitmentRoute['reasons'] = [];
  for (const entry of input.entries) {
    const kind = input.listKinds.get(entry.listType);
    const active = entryActive(entry, input.day);
    if (kind !== undefined && active && input.rules.barredListKinds.includes(kind)) {
      reasons.push({
        code: 'barred-list',
        message: `列入${kind === 'serious' ? '严重失信主体名单' : '名单'}（${entry.listingUnit}，${entry.listedOn}）：${entry.reason}`,
      });
    }
  }
  for (const record of input.records) {
    // A record whose publication period has ended no longer bars, though nothing changed its status; nor does
    // one the law takes out as a basis (a natural person's 简易程序 penalty).
    if (!recordPublished(record, input.day)) continue;
    if (!recordIsBasis(input.recordRules, record, input.subjectKind)) continue;
    const severity = record.severity ?? null;
    if (severity !== null && input.rules.barredRecordSeverities.includes(severity)) {
      reasons.push({
        code: 'barred-record',
        message: `存在${SEVERITY_LABELS[severity]}记录：${record.title}（${record.decisionOn}）`,
      });
    }
    const failure = record.commitmentFailure ?? null;
    if (failure !== null && input.rules.barredCommitmentFailures.includes(failure)) {
      reasons.push({
        code: 'barred-commitment',
        message: `曾${failureLabels[failure]}且尚未信用修复：${record.title}（${record.decisionOn}）`,
      });
    }
  }
  return {
    allowed: reasons.length === 0,
    reasons,
    barredTypes: reasons.length === 0 ? [] : input.rules.barredTypes,
  };
}

/** Why an overridden check never opens the route (issue 10, rule 6). */
export const OVERRIDE_BAR = {
  code: 'barred-override',
  message: '统一社会信用代码未通过校验，经人工核对后继续核查的，不适用告知承诺制',
} as const;

/**
 * The route of a check run on a code that failed its check and was overridden: barred, whatever the subject's
 * records say, because the applicant's identity rests on the clerk's word (and a commitment needs a code that
 * passes its checks). The subject's own bars, if any, stay listed after it.
 */
export function barOverridden(route: CommitmentRoute, rules: CommitmentRules): CommitmentRoute {
  return { allowed: false, reasons: [{ ...OVERRIDE_BAR }, ...route.reasons], barredTypes: rules.barredTypes };
}
