import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import type { GridColDef } from '@mui/x-data-grid';
import type { ObjectionListItem, ObjectionSortField } from '../../../shared/domain/objection';
import { OBJECTION_STATE_LABELS } from '../../../shared/objection/state-machine';
import { formatDateTime } from '../format';
import { CellMarks, CellText, DataList, type ServerList } from '../list/DataList';
import { formatCountdown } from '../repairs/countdown-format';
import { CountdownLine } from '../repairs/CountdownLine';
import { countdownTexts } from '../repairs/texts';
import { useRouter } from '../router';
import { ObjectionStateChip } from './ObjectionStateChip';
import { objectionsTableTexts } from './texts';

const texts = objectionsTableTexts;
const headers = texts.columns;

const Flags = ({ item }: { item: ObjectionListItem }) => (
  <CellMarks>
    {item.pending && (
      <Tooltip title={texts.flags.pendingHint}>
        <Chip label={texts.flags.pending} size="small" variant="outlined" data-testid="flag-pending" />
      </Tooltip>
    )}
    {item.conflict && (
      <Tooltip title={texts.flags.conflictHint}>
        <Chip
          label={texts.flags.conflict}
          size="small"
          color="error"
          variant="outlined"
          data-testid="flag-conflict"
        />
      </Tooltip>
    )}
  </CellMarks>
);

/** The columns of the list; the field names are the core's sortable columns where they sort. */
const columns: GridColDef<ObjectionListItem>[] = [
  { field: 'subjectName', headerName: headers.subject, flex: 1.2, minWidth: 110 },
  { field: 'applicantName', headerName: headers.applicant, flex: 0.7, minWidth: 80 },
  {
    field: 'targetTitles',
    headerName: headers.targets,
    flex: 1.5,
    minWidth: 130,
    sortable: false,
    valueGetter: (_value, item) => texts.targets(item.targetTitles),
    renderCell: ({ row }) => <CellText text={texts.targets(row.targetTitles)} />,
  },
  {
    field: 'state',
    headerName: headers.state,
    flex: 0.7,
    minWidth: 90,
    valueGetter: (_value, item) => OBJECTION_STATE_LABELS[item.state],
    renderCell: ({ row }) => <ObjectionStateChip state={row.state} />,
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
    field: 'flags',
    headerName: headers.flags,
    flex: 0.6,
    minWidth: 70,
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

const rowData = (item: ObjectionListItem) => ({ 'data-objection-id': item.id });
const rowLabel = (item: ObjectionListItem) =>
  texts.rowLabel(item.subjectName, texts.targets(item.targetTitles));

/** The list of objections (异议处理, the dashboard): a click, Enter or Space opens one. */
export const ObjectionsTable = ({
  items,
  server,
  listId = 'objections',
  testId = 'objections-table',
}: {
  items: readonly ObjectionListItem[];
  /** Paged and sorted by the core (异议处理); without it the rows given are all there is. */
  server?: ServerList<ObjectionSortField>;
  listId?: string;
  testId?: string;
}) => {
  const navigate = useRouter((state) => state.navigate);
  return (
    <DataList
      listId={listId}
      label={texts.label}
      rows={items}
      columns={columns}
      getRowId={(item) => item.id}
      testId={testId}
      rowTestId="objection-row"
      rowData={rowData}
      rowLabel={rowLabel}
      onOpen={(item) => navigate({ page: 'objection', id: item.id })}
      {...(server === undefined ? {} : { server })}
    />
  );
};
