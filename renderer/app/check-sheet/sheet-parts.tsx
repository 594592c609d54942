import type { ReactNode } from 'react';
import { printSheet } from '../../theme/tokens';

// The building blocks of the 核查记录单: single-ruled tables (collapsed borders), label cells that never wrap
// per character, and section headings that keep to their content.

export const cell = {
  border: `1px solid ${printSheet.ink}`,
  padding: '1mm 2mm',
  verticalAlign: 'top',
  overflowWrap: 'anywhere',
} as const;

const labelCell = {
  ...cell,
  width: '30mm',
  textAlign: 'left',
  whiteSpace: 'nowrap',
  fontWeight: 700,
} as const;

export const FieldTable = ({ children }: { children: ReactNode }) => (
  <table style={{ width: '100%', borderCollapse: 'collapse' }}>
    <tbody>{children}</tbody>
  </table>
);

export const FieldRow = ({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) => (
  <tr style={{ breakInside: 'avoid' }}>
    <th scope="row" style={labelCell}>
      {label}
    </th>
    <td style={{ ...cell, whiteSpace: 'pre-wrap' }} data-testid={testId}>
      {children}
    </td>
  </tr>
);

export const SheetSection = ({
  title,
  children,
  testId,
}: {
  title: string;
  children: ReactNode;
  testId: string;
}) => (
  <section data-testid={testId} style={{ marginTop: '5mm' }}>
    <h2 style={{ fontSize: '12pt', margin: '0 0 2mm', breakAfter: 'avoid' }}>{title}</h2>
    {children}
  </section>
);

export const SubTitle = ({ children }: { children: ReactNode }) => (
  <h3 style={{ fontSize: '10.5pt', margin: '3mm 0 1.5mm', breakAfter: 'avoid' }}>{children}</h3>
);

/** A paragraph; `top` when it follows a table. */
export const Plain = ({
  children,
  testId,
  top = false,
}: {
  children: ReactNode;
  testId?: string;
  top?: boolean;
}) => (
  <p style={{ margin: top ? '1.5mm 0' : '0 0 1.5mm' }} data-testid={testId}>
    {children}
  </p>
);

type Column = { label: string; width?: string; nowrap?: boolean };

/** A table of rows under column heads; short columns (dates, kinds) keep to one line. */
export const DataTable = ({
  columns,
  rows,
  testId,
}: {
  columns: readonly Column[];
  rows: readonly (readonly ReactNode[])[];
  testId: string;
}) => (
  <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: '9pt' }} data-testid={testId}>
    <thead style={{ display: 'table-header-group' }}>
      <tr>
        {columns.map((column) => (
          <th
            key={column.label}
            style={{
              ...cell,
              width: column.width,
              whiteSpace: 'nowrap',
              textAlign: 'left',
              background: '#f0f0f0',
            }}
          >
            {column.label}
          </th>
        ))}
      </tr>
    </thead>
    <tbody>
      {rows.map((row, index) => (
        <tr key={index} style={{ breakInside: 'avoid' }}>
          {row.map((value, column) => (
            <td
              key={columns[column]?.label ?? column}
              style={{
                ...cell,
                // break-word, not anywhere: a column of a table with several may not shrink to one character.
                overflowWrap: 'break-word',
                whiteSpace: columns[column]?.nowrap === true ? 'nowrap' : 'normal',
              }}
            >
              {value}
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  </table>
);
