import { auditActionLabel, auditActorLabel, auditTargetLabel, auditTexts } from '../../../shared/audit/texts';
import { canonicalJson } from '../../../shared/canonical-json';
import type { AuditFilters } from '../../../shared/domain/audit';
import type { ExportFile, ExportFormat } from '../../../shared/domain/export';
import { beijingDay, formatBeijing } from '../../../shared/time';
import type { Db } from '../../../node-shared/db/connection';
import { exportTable, type ExportColumn } from '../export/table-export';
import { iterateMatchingAuditRows } from './audit-query.repo';
import { auditNames, type AuditNames } from './audit-names';
import { summariseEntry } from './audit-summary';
import { toAuditRow, type AuditRow } from './audit.repo';

type Row = AuditRow & { hash: string | null };

const columns = auditTexts.columns;

/**
 * The columns of an export: first what people read (time, who, the action and target in Chinese, a summary),
 * then, headed 系统…, every field the chain hash covers as stored (time, actor, action and target type as
 * codes, detail as canonical JSON) with the hash, so whoever holds an unfiltered export can recompute the chain
 * (audit/chain.ts canonicalEntry).
 */
const exportColumns = (names: AuditNames): readonly ExportColumn<Row>[] => [
  { title: columns.seq, value: (row) => row.seq, width: 8 },
  { title: columns.at, value: (row) => formatBeijing(row.at), width: 18 },
  { title: columns.actor, value: (row) => auditActorLabel(row.actor), width: 18 },
  { title: columns.action, value: (row) => auditActionLabel(row.action), width: 18 },
  { title: columns.target, value: (row) => auditTargetLabel(row.targetType), width: 12 },
  { title: columns.caseNumber, value: (row) => row.caseNumber, width: 20 },
  { title: columns.purpose, value: (row) => row.purpose, width: 24 },
  { title: columns.summary, value: (row) => summariseEntry(row, names), width: 60 },
  { title: columns.atCode, value: (row) => row.at, width: 30 },
  { title: columns.actorCode, value: (row) => row.actor, width: 18 },
  { title: columns.actionCode, value: (row) => row.action, width: 18 },
  { title: columns.targetType, value: (row) => row.targetType, width: 12 },
  { title: columns.targetId, value: (row) => row.targetId, width: 38 },
  { title: columns.detail, value: (row) => canonicalJson(row.detail), width: 48 },
  { title: columns.hash, value: (row) => row.hash, width: 68 },
];

/** The filters in words, for the caption of the Excel sheet. */
export function describeFilters(filters: AuditFilters): string {
  const parts = auditTexts.filterParts;
  const described = (
    [
      ['from', filters.from],
      ['to', filters.to],
      ['actor', filters.actor === undefined ? undefined : auditActorLabel(filters.actor)],
      ['action', filters.action === undefined ? undefined : auditActionLabel(filters.action)],
      ['caseNumber', filters.caseNumber],
      ['text', filters.text],
    ] as const
  )
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${parts[key]} ${value ?? ''}`);
  return described.length === 0 ? auditTexts.noFilter : described.join('，');
}

/** Every entry matching the filters, oldest first, as CSV or Excel (electron/core/export/table-export.ts). */
export async function exportAudit(
  db: Db,
  filters: AuditFilters,
  format: ExportFormat,
  now: Date,
): Promise<ExportFile> {
  const rows: Row[] = [];
  for (const stored of iterateMatchingAuditRows(db, filters))
    rows.push({ ...toAuditRow(stored), hash: stored.hash });
  return exportTable(
    {
      baseName: auditTexts.exportBaseName(beijingDay(now)),
      sheetName: auditTexts.sheetName,
      columns: exportColumns(auditNames(db)),
      rows,
      caption: auditTexts.caption(describeFilters(filters), formatBeijing(now.toISOString())),
    },
    format,
  );
}
