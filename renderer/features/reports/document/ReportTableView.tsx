import type { ReactNode } from 'react';
import type { ReportTable } from '../../../../shared/report/model';
import { printSheet } from '../../../theme/tokens';
import { reportsTexts } from '../texts';

// overflow-wrap: break-word, not anywhere: `anywhere` lets a column shrink to one character (the auto table
// layout sizes columns by what may break), which printed 公示中 and dates one character per line.
const cell = {
  border: `1px solid ${printSheet.ink}`,
  padding: '1mm 1.5mm',
  verticalAlign: 'top',
  overflowWrap: 'break-word',
} as const;

/**
 * Columns whose values are short (dates, states): kept on one line, sized to their content, so the long
 * ones (名称, 内容, 事由) take the rest of the width. Keys of shared/report/labels.ts.
 */
const SHORT_COLUMNS: ReadonlySet<string> = new Set([
  'decisionOn',
  'publicationEndsOn',
  'status',
  'listedOn',
  'expiresOn',
  'evaluatedOn',
  'validUntil',
  'madeOn',
  'fulfilment',
]);

const shortCell = { ...cell, whiteSpace: 'nowrap' } as const;
const cellOf = (key: string | undefined) => (key !== undefined && SHORT_COLUMNS.has(key) ? shortCell : cell);

/**
 * Names, units and texts: at least this wide, so a few words fit a line; each table's minimums add up to less
 * than the 170 mm between the margins. Held by the cell's content (a block of this min-width), which the auto
 * table layout never goes below.
 */
const NAME_WIDTHS: Readonly<Record<string, string>> = {
  title: '16mm',
  decisionNumber: '18mm',
  sourceDepartment: '16mm',
  content: '36mm',
  listName: '22mm',
  listingUnit: '20mm',
  reason: '30mm',
  documentNumber: '18mm',
  scheme: '22mm',
  evaluator: '22mm',
  code: '18mm',
  acceptingUnit: '20mm',
};

const Sized = ({ column, children }: { column: string | undefined; children: ReactNode }) => {
  const minWidth = column === undefined ? undefined : NAME_WIDTHS[column];
  return minWidth === undefined ? children : <div style={{ minWidth }}>{children}</div>;
};

/** One table of a section as the model gives it: title, columns, rows (with their marks), or its empty text. */
export const ReportTableView = ({ table }: { table: ReportTable }) => (
  <div style={{ marginBottom: '4mm' }} data-testid="report-table" data-table={table.key}>
    <h3 style={{ fontSize: '11pt', margin: '2mm 0 1.5mm' }}>{table.title}</h3>
    {table.rows.length === 0 ? (
      <p style={{ margin: 0, color: '#444' }}>{table.emptyText}</p>
    ) : (
      <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: '9pt' }}>
        <thead>
          <tr>
            <th style={{ ...shortCell, width: '10mm', background: '#f0f0f0' }}>
              {reportsTexts.preview.rowNumber}
            </th>
            {table.columns.map((column) => (
              <th
                key={column.key}
                style={{ ...cellOf(column.key), background: '#f0f0f0', textAlign: 'left' }}
                data-column={column.key}
              >
                <Sized column={column.key}>{column.label}</Sized>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={row.id}>
              <td style={{ ...shortCell, textAlign: 'center' }}>{index + 1}</td>
              {row.cells.map((value, column) => (
                <td key={table.columns[column]?.key ?? column} style={cellOf(table.columns[column]?.key)}>
                  <Sized column={table.columns[column]?.key}>
                    {value}
                    {column === 0 && row.marks.length > 0 && (
                      <strong style={{ marginLeft: '1.5mm', whiteSpace: 'nowrap' }}>
                        〔{row.marks.join('、')}〕
                      </strong>
                    )}
                  </Sized>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    )}
  </div>
);
