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
 * Which ones bar is data (commitment-rules.json).
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
  return { allowed: reasons.length === 0, reasons };
}
