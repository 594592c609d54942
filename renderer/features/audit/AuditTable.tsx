import type { GridColDef } from '@mui/x-data-grid';
import type { AuditListItem, AuditSortField } from '../../../shared/domain/audit';
import { formatDateTime } from '../../app/format';
import { CellText, DataList, type ServerList } from '../../app/list/DataList';
import { auditPageTexts, auditTargetLabel } from './texts';

const headers = auditPageTexts.columns;

/** The columns of the log; the field names are the core's sortable columns where they sort. */
const columns: GridColDef<AuditListItem>[] = [
  { field: 'seq', headerName: headers.seq, flex: 0.4, minWidth: 64 },
  {
    field: 'at',
    headerName: headers.at,
    flex: 0.9,
    minWidth: 145,
    valueFormatter: (value: string) => formatDateTime(value),
  },
  {
    field: 'actor',
    headerName: headers.actor,
    flex: 1,
    minWidth: 100,
    renderCell: ({ row }) => (
      <span data-testid="audit-actor" style={{ minWidth: 0 }}>
        <CellText text={row.actor} />
      </span>
    ),
  },
  {
    field: 'action',
    headerName: headers.action,
    flex: 1,
    minWidth: 90,
    valueGetter: (_value, item) => item.actionLabel,
    renderCell: ({ row }) => (
      <span data-testid="audit-action" style={{ minWidth: 0 }}>
        <CellText text={row.actionLabel} />
      </span>
    ),
  },
  {
    // The target's internal id is not for people: the summary names what the entry is about.
    field: 'target',
    headerName: headers.target,
    flex: 0.9,
    minWidth: 80,
    sortable: false,
    valueGetter: (_value, item) => auditTargetLabel(item.targetType),
  },
  {
    field: 'caseNumber',
    headerName: headers.caseNumber,
    flex: 1,
    minWidth: 100,
    renderCell: ({ row }) => (
      <span data-testid="audit-case" style={{ minWidth: 0 }}>
        <CellText text={row.caseNumber ?? ''} />
      </span>
    ),
  },
  { field: 'purpose', headerName: headers.purpose, flex: 0.9, minWidth: 80, sortable: false },
  { field: 'summary', headerName: headers.summary, flex: 2, minWidth: 150, sortable: false },
];

const rowData = (item: AuditListItem) => ({ 'data-action': item.action, 'data-seq': String(item.seq) });

/** The entries of one page, paged and sorted by the core. */
export const AuditTable = ({
  items,
  server,
}: {
  items: readonly AuditListItem[];
  server: ServerList<AuditSortField>;
}) => (
  <DataList
    listId="audit"
    label={auditPageTexts.pageTitle}
    rows={items}
    columns={columns}
    getRowId={(item) => item.seq}
    testId="audit-table"
    rowTestId="audit-row"
    rowData={rowData}
    server={server}
  />
);
