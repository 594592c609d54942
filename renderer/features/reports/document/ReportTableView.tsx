import type { ReportTable } from '../../../../shared/report/model';
import { printSheet } from '../../../theme/tokens';
import { reportsTexts } from '../texts';

const cell = {
  border: `1px solid ${printSheet.ink}`,
  padding: '1mm 2mm',
  verticalAlign: 'top',
  overflowWrap: 'anywhere',
} as const;

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
            <th style={{ ...cell, width: '10mm', whiteSpace: 'nowrap', background: '#f0f0f0' }}>
              {reportsTexts.preview.rowNumber}
            </th>
            {table.columns.map((column) => (
              <th key={column.key} style={{ ...cell, background: '#f0f0f0', textAlign: 'left' }}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={row.id}>
              <td style={{ ...cell, textAlign: 'center' }}>{index + 1}</td>
              {row.cells.map((value, column) => (
                <td key={table.columns[column]?.key ?? column} style={cell}>
                  {value}
                  {column === 0 && row.marks.length > 0 && (
                    <strong style={{ marginLeft: '1.5mm' }}>〔{row.marks.join('、')}〕</strong>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    )}
  </div>
);
