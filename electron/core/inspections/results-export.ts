import type { ExportFile, ExportFormat } from '../../../shared/domain/export';
import type { InspectionDrawRecord } from '../../../shared/domain/inspection';
import type { PublishedResultRow } from '../../../shared/domain/inspection-result';
import { chineseDay } from '../../../shared/inspection/draw-list';
import { RESULTS_TITLE, resultsColumns, resultsHeader } from '../../../shared/inspection/published-results';
import { exportTable, type ExportColumn } from '../export/table-export';
import { resultsExportTexts } from './texts';

/** 抽查结果公示 as CSV or Excel (headed, in Excel, by the title and the lines the print shows). */
export function exportResultsList(
  draw: InspectionDrawRecord,
  rows: readonly PublishedResultRow[],
  format: ExportFormat,
): Promise<ExportFile> {
  const titles = resultsColumns;
  const columns: ExportColumn<PublishedResultRow>[] = [
    { title: titles.order, value: (row) => row.order, width: 6 },
    { title: titles.name, value: (row) => row.subjectName, width: 34 },
    { title: titles.identifier, value: (row) => row.identifier, width: 24 },
    { title: titles.inspectedOn, value: (row) => chineseDay(row.inspectedOn), width: 14 },
    { title: titles.outcome, value: (row) => row.outcome, width: 24 },
    { title: titles.handling, value: (row) => row.handling, width: 40 },
    { title: titles.department, value: (row) => row.department, width: 30 },
  ];
  return exportTable(
    {
      baseName: resultsExportTexts.baseName(draw.number),
      sheetName: resultsExportTexts.sheetName,
      columns,
      rows,
      caption: [
        RESULTS_TITLE,
        ...resultsHeader(draw, { picked: draw.result.picked.length, recorded: rows.length }),
      ],
    },
    format,
  );
}
