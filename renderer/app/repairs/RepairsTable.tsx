import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import type { GridColDef } from '@mui/x-data-grid';
import type { RepairListItem, RepairSortField } from '../../../shared/domain/repair';
import { REPAIR_STATE_LABELS } from '../../../shared/repair/state-machine';
import { formatDateTime } from '../format';
import { CellMarks, DataList, type ServerList } from '../list/DataList';
import { useRouter } from '../router';
import { formatCountdown } from './countdown-format';
import { CountdownLine } from './CountdownLine';
import { RepairStateChip } from './RepairStateChip';
import { countdownTexts, repairsTableTexts } from './texts';

const headers = repairsTableTexts.columns;

const Flags = ({ item }: { item: RepairListItem }) => {
  const flags = repairsTableTexts.flags;
  return (
    <CellMarks>
      {item.pending && (
        <Tooltip title={flags.pendingHint}>
          <Chip label={flags.pending} size="small" variant="outlined" data-testid="flag-pending" />
        </Tooltip>
      )}
      {item.conflict && (
        <Tooltip title={flags.conflictHint}>
          <Chip
            label={flags.conflict}
            size="small"
            color="error"
            variant="outlined"
            data-testid="flag-conflict"
          />
        </Tooltip>
      )}
    </CellMarks>
  );
};

/** The columns of the list; the field names are the core's sortable columns where they sort. */
const columns: GridColDef<RepairListItem>[] = [
  { field: 'applicantName', headerName: headers.applicant, flex: 1.2, minWidth: 110 },
  { field: 'targetTitle', headerName: headers.target, flex: 1.6, minWidth: 130 },
  {
    field: 'state',
    headerName: headers.state,
    flex: 0.7,
    minWidth: 80,
    valueGetter: (_value, item) => REPAIR_STATE_LABELS[item.state],
    renderCell: ({ row }) => <RepairStateChip state={row.state} />,
  },
  {
    field: 'countdown',
    headerName: headers.countdown,
    flex: 1.6,
    minWidth: 150,
    sortable: false,
    valueGetter: (_value, item) =>
      item.countdown === null ? countdownTexts.none : formatCountdown(item.countdown),
    renderCell: ({ row }) => <CountdownLine countdown={row.countdown} noWrap />,
  },
  {
    field: 'attachments',
    headerName: headers.attachments,
    flex: 0.5,
    minWidth: 60,
    renderCell: ({ row }) => (
      <span data-testid="repair-attachments">{repairsTableTexts.attachmentsCount(row.attachments)}</span>
    ),
  },
  {
    field: 'flags',
    headerName: headers.flags,
    flex: 0.7,
    minWidth: 80,
    sortable: false,
    renderCell: ({ row }) => <Flags item={row} />,
  },
  {
    field: 'createdAt',
    headerName: headers.createdAt,
    flex: 0.9,
    minWidth: 145,
    valueFormatter: (value: string) => formatDateTime(value),
  },
];

const rowData = (item: RepairListItem) => ({ 'data-repair-id': item.id });
const rowLabel = (item: RepairListItem) => repairsTableTexts.rowLabel(item.applicantName, item.targetTitle);

/** The list of repair applications (信用修复, the dashboard's drill-down): a click, Enter or Space opens one. */
export const RepairsTable = ({
  items,
  server,
}: {
  items: readonly RepairListItem[];
  /** Paged and sorted by the core (信用修复); without it the rows given are all there is. */
  server?: ServerList<RepairSortField>;
}) => {
  const navigate = useRouter((state) => state.navigate);
  return (
    <DataList
      listId="repairs"
      label={repairsTableTexts.label}
      rows={items}
      columns={columns}
      getRowId={(item) => item.id}
      testId="repairs-table"
      rowTestId="repair-row"
      rowData={rowData}
      rowLabel={rowLabel}
      onOpen={(item) => navigate({ page: 'repair', id: item.id })}
      {...(server === undefined ? {} : { server })}
    />
  );
};
