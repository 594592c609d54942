import type { GridColDef } from '@mui/x-data-grid';
import type { ApprovalWithoutCheck } from '../../../shared/domain/dashboard';
import { regionName } from '../../../shared/domain/regions';
import { formatDate, formatDateTime } from '../../app/format';
import { CellLines, DataList } from '../../app/list/DataList';
import { dashboardTexts } from './texts';

const texts = dashboardTexts.approvals;

const columns: GridColDef<ApprovalWithoutCheck>[] = [
  {
    field: 'decisionOn',
    headerName: texts.decisionOn,
    flex: 0.8,
    minWidth: 110,
    valueFormatter: (value: string) => formatDate(value),
  },
  {
    field: 'subjectName',
    headerName: texts.subject,
    flex: 1.4,
    minWidth: 130,
    renderCell: ({ row }) => <CellLines primary={row.subjectName} secondary={row.identifierMasked} />,
  },
  { field: 'title', headerName: texts.title, flex: 1.4, minWidth: 120 },
  { field: 'decisionNumber', headerName: texts.decisionNumber, flex: 1, minWidth: 100 },
  { field: 'sourceDepartment', headerName: texts.department, flex: 1, minWidth: 100 },
  {
    field: 'regionCode',
    headerName: texts.region,
    flex: 0.7,
    minWidth: 80,
    valueGetter: (_value, item) => regionName(item.regionCode),
  },
  {
    field: 'lastCheckedAt',
    headerName: texts.lastChecked,
    flex: 1,
    minWidth: 145,
    valueFormatter: (value: string | null) => (value === null ? texts.never : formatDateTime(value)),
  },
];

/** Approvals without a check: they have no page of their own, so their rows are shown here. */
export const ApprovalsTable = ({ items }: { items: readonly ApprovalWithoutCheck[] }) => (
  <DataList
    listId="dashboard-approvals"
    label={texts.label}
    rows={items}
    columns={columns}
    getRowId={(item) => item.recordId}
    testId="dashboard-approvals-table"
    rowTestId="dashboard-approval-row"
  />
);
