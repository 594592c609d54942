import {
  auditActionLabel,
  auditActorLabel,
  auditDetailLabels,
  auditTexts,
} from '../../../shared/audit/texts';
import { canonicalJson } from '../../../shared/canonical-json';
import type { AuditListItem } from '../../../shared/domain/audit';
import { verdictLabels } from '../../../shared/domain/labels';
import type { VerdictCode } from '../../../shared/domain/check';
import { toAuditRow, type AuditRow, type HashedAuditRowText } from './audit.repo';
import { noAuditNames, type AuditNames } from './audit-names';
import { auditSentenceOf } from './audit-sentence';

/** Long enough to read in a table cell; the whole detail is in the export. */
const SUMMARY_MAX = 200;
const cut = (line: string): string =>
  line.length > SUMMARY_MAX ? `${line.slice(0, SUMMARY_MAX - 1)}…` : line;

/** `{ from, to }`: a changed value (settings.update). */
const isChange = (value: unknown): value is { from: unknown; to: unknown } =>
  typeof value === 'object' && value !== null && 'from' in value && 'to' in value;

const valueText = (key: string, value: unknown): string => {
  if (key === 'changed' && typeof value === 'object' && value !== null)
    return Object.entries(value)
      .map(([field, change]) =>
        isChange(change)
          ? `${auditDetailLabels[field] ?? field} ${valueText('', change.from)}→${valueText('', change.to)}`
          : `${auditDetailLabels[field] ?? field} ${valueText('', change)}`,
      )
      .join('，');
  if (typeof value === 'boolean') return value ? auditTexts.yes : auditTexts.no;
  if (key === 'verdict' && typeof value === 'string' && value in verdictLabels)
    return verdictLabels[value as VerdictCode];
  if (Array.isArray(value)) return value.map((item) => valueText('', item)).join('、');
  if (typeof value === 'object' && value !== null) return canonicalJson(value);
  return String(value);
};

/**
 * The detail of an entry as one line, its fields named in Chinese (`结论：可办理；查到主体：是`). Empty fields are
 * left out; a detail that is not an object (only an edited file has one) is shown as it is.
 */
export function summariseDetail(detail: unknown): string {
  if (typeof detail !== 'object' || detail === null || Array.isArray(detail)) return valueText('', detail);
  const parts = Object.entries(detail as Record<string, unknown>)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([key, value]) => `${auditDetailLabels[key] ?? key}：${valueText(key, value)}`);
  return cut(parts.join('；'));
}

/**
 * The 内容摘要 of an entry: its action's sentence (./audit-sentence.ts) with the names looked up; an action
 * without one, or a detail that is not an object (only an edit of the file makes that), falls back to the fields.
 */
export function summariseEntry(entry: AuditRow, names: AuditNames = noAuditNames): string {
  const sentence = auditSentenceOf[entry.action];
  const detail: unknown = entry.detail;
  if (sentence === undefined || typeof detail !== 'object' || detail === null || Array.isArray(detail))
    return summariseDetail(detail);
  return cut(sentence(detail as Record<string, unknown>, entry, names));
}

/** A stored row as the supervisor's list shows it. */
export function toListItem(row: HashedAuditRowText, names: AuditNames = noAuditNames): AuditListItem {
  const entry: AuditRow = toAuditRow(row);
  return {
    seq: entry.seq,
    at: entry.at,
    actor: auditActorLabel(entry.actor),
    action: entry.action,
    actionLabel: auditActionLabel(entry.action),
    targetType: entry.targetType,
    targetId: entry.targetId,
    caseNumber: entry.caseNumber,
    purpose: entry.purpose,
    summary: summariseEntry(entry, names),
  };
}
