import type {
  InspectionDrawRecord,
  PoolInspector,
  PublishedInspectionRow,
} from '../../../shared/domain/inspection';
import type { ExportFile, ExportFormat } from '../../../shared/domain/export';
import { DRAW_LIST_TITLE, drawListHeader, methodAnnex } from '../../../shared/inspection/draw-list';
import { publishedSubject } from '../../../shared/inspection/published-results';
import { exportTable, exportWorkbook, renderSheet, type ExportColumn } from '../export/table-export';
import { drawListHash } from '../../../node-shared/inspections/pool-hash';
import { exportTexts } from './texts';

/**
 * The 随机抽取名单 in the draw's order: subject name and code (natural persons masked — their ID numbers were
 * masked when the pool was recorded), the 风险分类 label of the table entry it was drawn in, and its inspectors as
 * the roster named them at draw time.
 */
export function publishedRows(record: InspectionDrawRecord): PublishedInspectionRow[] {
  const subjects = new Map(record.pool.map((subject) => [subject.id, subject]));
  const inspectors = new Map(record.inspectors.map((inspector) => [inspector.id, inspector]));
  const labels = new Map(record.result.perGrade.map((entry) => [entry.grade, entry.label]));
  return record.result.picked.map((pick, index) => ({
    order: index + 1,
    ...publishedSubject(subjects.get(pick.subjectId), pick.subjectId),
    gradeLabel: labels.get(pick.grade) ?? pick.grade,
    inspectors: pick.inspectorIds.map(
      (id): PoolInspector => inspectors.get(id) ?? { id, name: id, badge: '', department: '' },
    ),
  }));
}

/**
 * The 随机抽取名单 as CSV (the table alone) or Excel (headed by the title and the task's lines, with the annex
 * 抽取方法说明 on a second sheet, in the printed list's words), through the one table export.
 */
export function exportPublishedList(record: InspectionDrawRecord, format: ExportFormat): Promise<ExportFile> {
  const texts = exportTexts;
  const join = (values: readonly string[]) => values.join(texts.listSeparator);
  const columns: ExportColumn<PublishedInspectionRow>[] = [
    { title: texts.columns.order, value: (row) => row.order, width: 6 },
    { title: texts.columns.name, value: (row) => row.subjectName, width: 34 },
    { title: texts.columns.identifier, value: (row) => row.identifier, width: 22 },
    { title: texts.columns.grade, value: (row) => row.gradeLabel, width: 10 },
    { title: texts.columns.inspectors, value: (row) => join(row.inspectors.map((i) => i.name)), width: 18 },
    { title: texts.columns.badges, value: (row) => join(row.inspectors.map((i) => i.badge)), width: 30 },
    { title: texts.columns.matter, value: () => record.matterName, width: 24 },
  ];
  const rows = publishedRows(record);
  const listHash = drawListHash(rows);
  const table = {
    baseName: texts.baseName(record.number),
    sheetName: texts.sheetName,
    columns,
    rows,
    caption: [DRAW_LIST_TITLE, ...drawListHeader(record, listHash)],
  };
  if (format === 'csv') return exportTable(table, format);
  const annex = methodAnnex(record, listHash);
  return exportWorkbook({
    baseName: table.baseName,
    sheets: [
      renderSheet(table),
      renderSheet({
        sheetName: texts.annexSheetName,
        columns: [{ title: annex.title, value: (paragraph: string) => paragraph, width: 120 }],
        rows: annex.paragraphs,
      }),
    ],
  }).then((file) => ({ ...file, rows: rows.length }));
}
