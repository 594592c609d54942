import type { CheckListItem } from '../../../shared/domain/check';
import type { CommitmentListItem } from '../../../shared/domain/commitment';
import {
  dashboardFigureLabels,
  DashboardFigure,
  type ApprovalWithoutCheck,
  type DashboardFigures,
  type DashboardRows,
} from '../../../shared/domain/dashboard';
import type { ExportFile } from '../../../shared/domain/export';
import { verdictLabels } from '../../../shared/domain/labels';
import type { RepairListItem } from '../../../shared/domain/repair';
import { regionName } from '../../../shared/domain/regions';
import { REPAIR_STATE_LABELS } from '../../../shared/repair/state-machine';
import { formatBeijing } from '../../../shared/time';
import { exportWorkbook, renderSheet, type ExportColumn, type RenderedSheet } from '../export/table-export';
import { dashboardTexts as texts } from './texts';

// The workbook a supervisor takes away: a summary sheet (every figure's count, checks per day and per matter)
// and one sheet per figure with the rows behind it, each under the same caption (period, filters, data as of).

const yesNo = (value: boolean): string => (value ? texts.yes : texts.no);

const checkColumns: readonly ExportColumn<CheckListItem>[] = [
  { title: texts.checkColumns.checkedAt, value: (row) => formatBeijing(row.checkedAt), width: 18 },
  { title: texts.checkColumns.caseNumber, value: (row) => row.caseNumber, width: 18 },
  { title: texts.checkColumns.matterCode, value: (row) => row.matterCode },
  { title: texts.checkColumns.matterName, value: (row) => row.matterName, width: 24 },
  { title: texts.checkColumns.subject, value: (row) => row.subjectName, width: 28 },
  { title: texts.checkColumns.identifier, value: (row) => row.identifierMasked, width: 22 },
  { title: texts.checkColumns.verdict, value: (row) => verdictLabels[row.verdict] },
  { title: texts.checkColumns.required, value: (row) => row.feedbackState.required },
  { title: texts.checkColumns.recorded, value: (row) => row.feedbackState.recorded },
  { title: texts.checkColumns.checkId, value: (row) => row.checkId, width: 38 },
];

const approvalColumns: readonly ExportColumn<ApprovalWithoutCheck>[] = [
  { title: texts.approvalColumns.decisionOn, value: (row) => row.decisionOn },
  { title: texts.approvalColumns.decisionNumber, value: (row) => row.decisionNumber, width: 22 },
  { title: texts.approvalColumns.title, value: (row) => row.title, width: 28 },
  { title: texts.approvalColumns.department, value: (row) => row.sourceDepartment, width: 24 },
  { title: texts.approvalColumns.subject, value: (row) => row.subjectName, width: 28 },
  { title: texts.approvalColumns.identifier, value: (row) => row.identifierMasked, width: 22 },
  { title: texts.approvalColumns.region, value: (row) => `${row.regionCode} ${regionName(row.regionCode)}` },
  {
    title: texts.approvalColumns.lastCheckedAt,
    value: (row) =>
      row.lastCheckedAt === null ? texts.approvalColumns.never : formatBeijing(row.lastCheckedAt),
    width: 18,
  },
];

const commitmentColumns: readonly ExportColumn<CommitmentListItem>[] = [
  { title: texts.commitmentColumns.code, value: (row) => row.code, width: 24 },
  { title: texts.commitmentColumns.committer, value: (row) => row.committerName, width: 28 },
  { title: texts.commitmentColumns.identifier, value: (row) => row.identifierMasked, width: 22 },
  { title: texts.commitmentColumns.matter, value: (row) => row.matterName, width: 24 },
  { title: texts.commitmentColumns.madeOn, value: (row) => row.madeOn },
  { title: texts.commitmentColumns.verifyBy, value: (row) => row.verifyBy },
];

const repairColumns: readonly ExportColumn<RepairListItem>[] = [
  { title: texts.repairColumns.applicant, value: (row) => row.applicantName, width: 28 },
  { title: texts.repairColumns.target, value: (row) => row.targetTitle, width: 28 },
  { title: texts.repairColumns.state, value: (row) => REPAIR_STATE_LABELS[row.state] },
  { title: texts.repairColumns.step, value: (row) => row.countdown?.label ?? null },
  { title: texts.repairColumns.deadline, value: (row) => row.countdown?.deadline ?? null },
  { title: texts.repairColumns.left, value: (row) => row.countdown?.workingDaysLeft ?? null },
  { title: texts.repairColumns.overdue, value: (row) => yesNo(row.countdown?.overdue ?? false) },
  { title: texts.repairColumns.uncertain, value: (row) => yesNo(row.countdown?.uncertain ?? false) },
  { title: texts.repairColumns.createdAt, value: (row) => formatBeijing(row.createdAt), width: 18 },
];

function rowsSheet(name: string, caption: readonly string[], rows: DashboardRows): RenderedSheet {
  const sheetName = name;
  switch (rows.kind) {
    case 'checks':
      return renderSheet({ sheetName, caption, columns: checkColumns, rows: rows.items });
    case 'approvals':
      return renderSheet({ sheetName, caption, columns: approvalColumns, rows: rows.items });
    case 'commitments':
      return renderSheet({ sheetName, caption, columns: commitmentColumns, rows: rows.items });
    case 'repairs':
      return renderSheet({ sheetName, caption, columns: repairColumns, rows: rows.items });
  }
}

export function captionOf(figures: DashboardFigures, matterName: string | null): string[] {
  const matter =
    figures.matterCode === null ? texts.caption.all : `${figures.matterCode} ${matterName ?? ''}`.trim();
  const district =
    figures.districtCode === null
      ? texts.caption.all
      : `${figures.districtCode} ${regionName(figures.districtCode)}`;
  return [
    texts.caption.period(figures.period.from, figures.period.to),
    texts.caption.filters(matter, district),
    texts.caption.asOf(
      figures.cacheAsOf === null ? texts.caption.noCache : formatBeijing(figures.cacheAsOf),
      formatBeijing(figures.generatedAt),
    ),
    texts.caption.today(figures.today),
    texts.caption.rules(figures.rules.note),
  ];
}

export function dashboardWorkbook(
  figures: DashboardFigures,
  rows: Record<DashboardFigure, DashboardRows>,
  matterName: string | null,
): Promise<ExportFile> {
  const caption = captionOf(figures, matterName);
  const summary = renderSheet({
    sheetName: texts.summarySheet,
    caption,
    columns: [
      {
        title: texts.summaryColumns.figure,
        value: (figure: DashboardFigure) => dashboardFigureLabels[figure],
        width: 24,
      },
      { title: texts.summaryColumns.count, value: (figure: DashboardFigure) => figures.counts[figure] },
    ],
    rows: DashboardFigure.options,
  });
  const perDay = renderSheet({
    sheetName: texts.perDaySheet,
    caption,
    columns: [
      { title: texts.perDayColumns.day, value: (row: DashboardFigures['perDay'][number]) => row.day },
      { title: texts.perDayColumns.checks, value: (row: DashboardFigures['perDay'][number]) => row.checks },
    ],
    rows: figures.perDay,
  });
  type MatterRow = DashboardFigures['perMatter'][number];
  const perMatter = renderSheet({
    sheetName: texts.perMatterSheet,
    caption,
    columns: [
      { title: texts.perMatterColumns.code, value: (row: MatterRow) => row.matterCode },
      { title: texts.perMatterColumns.name, value: (row: MatterRow) => row.matterName, width: 28 },
      { title: texts.perMatterColumns.checks, value: (row: MatterRow) => row.checks },
    ],
    rows: figures.perMatter,
  });
  return exportWorkbook({
    baseName: texts.fileName(figures.period.from, figures.period.to),
    sheets: [
      summary,
      perDay,
      perMatter,
      ...DashboardFigure.options.map((figure) =>
        rowsSheet(dashboardFigureLabels[figure], caption, rows[figure]),
      ),
    ],
  });
}
