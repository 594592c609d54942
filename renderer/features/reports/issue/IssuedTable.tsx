import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import type { GridColDef } from '@mui/x-data-grid';
import type { ReportSummary } from '../../../../shared/domain/report';
import { formatDateTime } from '../../../app/format';
import { CellLines, CellMarks, CellText, DataList } from '../../../app/list/DataList';
import { useRouter } from '../../../app/router';
import { reportsTexts } from '../texts';

const texts = reportsTexts.list;
const headers = texts.columns;

const columns: GridColDef<ReportSummary>[] = [
  {
    field: 'number',
    headerName: headers.number,
    flex: 1.1,
    minWidth: 130,
    renderCell: ({ row }) => (
      <span style={{ fontFamily: 'monospace', minWidth: 0 }}>
        <CellText text={row.number} />
      </span>
    ),
  },
  {
    field: 'subjectName',
    headerName: headers.subject,
    flex: 1.4,
    minWidth: 130,
    renderCell: ({ row }) => <CellLines primary={row.subjectName} secondary={row.identifier} />,
  },
  {
    field: 'authorisationMethod',
    headerName: headers.authorisation,
    flex: 0.8,
    minWidth: 110,
    valueGetter: (_value, item) =>
      item.authorisationMethod === null ? '' : texts.authorisation[item.authorisationMethod],
    renderCell: ({ row }) =>
      row.authorisationMethod === null ? null : (
        <Chip
          size="small"
          variant="outlined"
          label={texts.authorisation[row.authorisationMethod]}
          data-testid="reports-row-authorisation"
          data-method={row.authorisationMethod}
        />
      ),
  },
  {
    field: 'purpose',
    headerName: headers.purpose,
    flex: 1.3,
    minWidth: 120,
    renderCell: ({ row }) => <CellLines primary={row.purpose} secondary={row.caseNumber} />,
  },
  {
    field: 'issuedAt',
    headerName: headers.issuedAt,
    flex: 0.9,
    minWidth: 145,
    valueFormatter: (value: string) => formatDateTime(value),
  },
  { field: 'issuedBy', headerName: headers.issuedBy, flex: 0.8, minWidth: 80 },
  {
    field: 'registered',
    headerName: headers.registered,
    flex: 0.8,
    minWidth: 100,
    valueGetter: (_value, item) => (item.registered ? texts.registered : texts.pending),
    renderCell: ({ row }) => (
      <CellMarks>
        {row.registered ? (
          <Chip size="small" color="success" label={texts.registered} />
        ) : (
          <Tooltip title={texts.pendingHint}>
            <Chip size="small" label={texts.pending} />
          </Tooltip>
        )}
      </CellMarks>
    ),
  },
];

const rowData = (item: ReportSummary) => ({ 'data-number': item.number });
const rowLabel = (item: ReportSummary) => texts.rowLabel(item.number, item.subjectName);

/** The reports this PC issued; a click, Enter or Space opens the report as issued. */
export const IssuedTable = ({ items }: { items: readonly ReportSummary[] }) => {
  const navigate = useRouter((state) => state.navigate);
  return (
    <DataList
      listId="reports"
      label={texts.title}
      rows={items}
      columns={columns}
      getRowId={(item) => item.number}
      testId="reports-table"
      rowTestId="reports-row"
      rowData={rowData}
      rowLabel={rowLabel}
      onOpen={(item) => navigate({ page: 'report', number: item.number })}
      emptyText={texts.empty}
    />
  );
};
