// One way to turn a table (Chinese column titles, rows of plain values) into a file the supervisor saves: CSV for
// any tool, .xlsx for Excel. Every export (audit trail, dashboard, inspection lists) goes through here.
import ExcelJS from 'exceljs';
import { csvText, safeText, type CsvCell } from '../../../shared/csv/csv-text';
import { exportMimes, type ExportFile, type ExportFormat } from '../../../shared/domain/export';

export type Cell = CsvCell;

export type ExportColumn<Row> = {
  /** Column title as the user reads it (Chinese). */
  title: string;
  value: (row: Row) => Cell;
  /** Excel column width in characters (default 14). */
  width?: number;
};

export type ExportTable<Row> = {
  /** File name without extension, e.g. 审计日志-20261202. */
  baseName: string;
  sheetName: string;
  columns: readonly ExportColumn<Row>[];
  rows: readonly Row[];
  /** Lines above the table in Excel (title, filter, data-as-of); CSV keeps only the table. */
  caption?: readonly string[];
};

/** RFC 4180 CSV with CRLF and a UTF-8 BOM, so Excel on a Chinese Windows opens the Chinese text correctly. */
export function toCsv<Row>(table: ExportTable<Row>): string {
  return csvText(
    table.columns.map((column) => column.title),
    table.rows.map((row) => table.columns.map((column) => column.value(row))),
  );
}

/** A table with its cells worked out: sheets of different row types can then share one workbook. */
export type RenderedSheet = {
  sheetName: string;
  caption: readonly string[];
  columns: readonly { title: string; width?: number | undefined }[];
  cells: readonly (readonly Cell[])[];
};

export const renderSheet = <Row>(table: Omit<ExportTable<Row>, 'baseName'>): RenderedSheet => ({
  sheetName: table.sheetName,
  caption: table.caption ?? [],
  columns: table.columns,
  cells: table.rows.map((row) => table.columns.map((column) => column.value(row))),
});

function addSheet(workbook: ExcelJS.Workbook, sheet: RenderedSheet): void {
  // Excel refuses sheet names over 31 characters or with []:*?/\ in them.
  const worksheet = workbook.addWorksheet(sheet.sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
  for (const line of sheet.caption) worksheet.addRow([line]);
  const header = worksheet.addRow(sheet.columns.map((column) => column.title));
  header.font = { bold: true };
  for (const cells of sheet.cells) {
    worksheet.addRow(cells.map((cell) => (typeof cell === 'string' ? safeText(cell) : cell)));
  }
  sheet.columns.forEach((column, index) => {
    worksheet.getColumn(index + 1).width = column.width ?? 14;
  });
  worksheet.views = [{ state: 'frozen', ySplit: header.number }];
}

async function workbookBytes(sheets: readonly RenderedSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '信用核查工作台';
  for (const sheet of sheets) addSheet(workbook, sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const toXlsx = <Row>(table: ExportTable<Row>): Promise<Buffer> => workbookBytes([renderSheet(table)]);

/**
 * Several tables as the sheets of one .xlsx (the dashboard: a sheet per figure). `rows` counts every sheet's
 * rows. Sheet names must differ (Excel refuses duplicates).
 */
export async function exportWorkbook(book: {
  baseName: string;
  sheets: readonly RenderedSheet[];
}): Promise<ExportFile> {
  const bytes = await workbookBytes(book.sheets);
  return {
    name: `${book.baseName}.xlsx`,
    mime: exportMimes.xlsx,
    base64: bytes.toString('base64'),
    rows: book.sheets.reduce((sum, sheet) => sum + sheet.cells.length, 0),
  };
}

/** The table as a file to hand to the renderer (which saves it with the browser's or Electron's download). */
export async function exportTable<Row>(table: ExportTable<Row>, format: ExportFormat): Promise<ExportFile> {
  const bytes = format === 'csv' ? Buffer.from(toCsv(table), 'utf8') : await toXlsx(table);
  return {
    name: `${table.baseName}.${format}`,
    mime: exportMimes[format],
    base64: bytes.toString('base64'),
    rows: table.rows.length,
  };
}
