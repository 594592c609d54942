import type {
  InspectionDrawRecord,
  PoolInspector,
  PublishedInspectionRow,
} from '../../../shared/domain/inspection';
import type { ExportFile, ExportFormat } from '../../../shared/domain/export';
import { formatBeijing } from '../../../shared/time';
import { exportTable, type ExportColumn } from '../export/table-export';
import { exportTexts } from './texts';

/** A natural person's name in a published list: the surname and a star per other character (张** ). */
export const maskPersonName = (name: string): string => {
  const chars = Array.from(name);
  return chars.length <= 1 ? name : `${chars[0] ?? ''}${'*'.repeat(chars.length - 1)}`;
};

/**
 * The list to publish (一公开), in the draw's order: subject name and code (natural persons masked — their ID
 * numbers were masked when the pool was recorded), the grade label of the table entry it was drawn in, and its
 * inspectors as the roster named them at draw time.
 */
export function publishedRows(record: InspectionDrawRecord): PublishedInspectionRow[] {
  const subjects = new Map(record.pool.map((subject) => [subject.id, subject]));
  const inspectors = new Map(record.inspectors.map((inspector) => [inspector.id, inspector]));
  const labels = new Map(record.result.perGrade.map((entry) => [entry.grade, entry.label]));
  return record.result.picked.map((pick, index) => {
    const subject = subjects.get(pick.subjectId);
    const personal = subject?.kind === 'natural-person';
    return {
      order: index + 1,
      subjectName:
        subject === undefined ? pick.subjectId : personal ? maskPersonName(subject.name) : subject.name,
      identifier: subject?.identifierMasked ?? '',
      gradeLabel: labels.get(pick.grade) ?? pick.grade,
      inspectors: pick.inspectorIds.map(
        (id): PoolInspector => inspectors.get(id) ?? { id, name: id, badge: '', department: '' },
      ),
    };
  });
}

/** The published list as CSV or Excel, through the one table export every supervisor export uses. */
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
  return exportTable(
    {
      baseName: texts.baseName(record.number),
      sheetName: texts.sheetName,
      columns,
      rows: publishedRows(record),
      caption: [
        texts.title,
        texts.caption({
          number: record.number,
          region: record.regionName,
          matter: record.matterName,
          drawnAt: formatBeijing(record.drawnAt),
          seed: record.seed,
        }),
        texts.ratios(record.ratios.version, record.ratios.confirmed),
        ...(record.rosterDemo ? [texts.demoRoster] : []),
      ],
    },
    format,
  );
}
