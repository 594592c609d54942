import Chip from '@mui/material/Chip';
import type { GridColDef } from '@mui/x-data-grid';
import type { CommitmentListItem, CommitmentSortField } from '../../../shared/domain/commitment';
import {
  commitmentDueLabels,
  commitmentTypeLabels,
  fulfilmentLabels,
} from '../../../shared/domain/workflow-labels';
import { formatDate } from '../format';
import { commitmentDueTone } from '../../theme/tokens';
import { CellMarks, CellText, DataList, type ServerList } from '../list/DataList';
import { useRouter } from '../router';
import { commitmentsTableTexts } from './texts';

const headers = commitmentsTableTexts.columns;

const State = ({ item }: { item: CommitmentListItem }) => (
  <CellMarks>
    <Chip
      label={commitmentDueLabels[item.due]}
      color={commitmentDueTone[item.due]}
      size="small"
      variant={item.due === 'open' ? 'outlined' : 'filled'}
      data-testid="commitment-due"
      data-due={item.due}
    />
    {item.conflict && (
      <Chip
        label={commitmentsTableTexts.conflict}
        color="error"
        size="small"
        variant="outlined"
        data-testid="commitment-conflict-flag"
      />
    )}
  </CellMarks>
);

const Fulfilment = ({ item }: { item: CommitmentListItem }) => (
  <CellMarks>
    {item.fulfilment === null ? (
      <CellText text={commitmentsTableTexts.notVerified} muted />
    ) : (
      <Chip
        label={fulfilmentLabels[item.fulfilment]}
        color={item.fulfilment === 'fulfilled' ? 'success' : 'error'}
        size="small"
        variant="outlined"
        data-testid="commitment-fulfilment"
      />
    )}
    {item.falseCommitment && (
      <Chip
        label={commitmentsTableTexts.falseCommitment}
        color="error"
        size="small"
        data-testid="commitment-false"
      />
    )}
  </CellMarks>
);

/** The columns of the list; the field names are the core's sortable columns where they sort. */
const columns: GridColDef<CommitmentListItem>[] = [
  {
    field: 'code',
    headerName: headers.code,
    flex: 1.8,
    minWidth: 110,
    renderCell: ({ row }) => (
      <span data-testid="commitment-code" style={{ fontFamily: 'monospace', minWidth: 0 }}>
        <CellText text={row.code} />
      </span>
    ),
  },
  { field: 'committerName', headerName: headers.committer, flex: 1.3, minWidth: 100 },
  { field: 'identifierMasked', headerName: headers.identifier, flex: 1, minWidth: 90 },
  {
    field: 'type',
    headerName: headers.type,
    flex: 0.8,
    minWidth: 70,
    valueGetter: (_value, item) => commitmentTypeLabels[item.type],
  },
  { field: 'matterName', headerName: headers.matter, flex: 1.2, minWidth: 90 },
  {
    field: 'madeOn',
    headerName: headers.madeOn,
    flex: 0.8,
    minWidth: 95,
    valueFormatter: (value: string) => formatDate(value),
  },
  {
    field: 'verifyBy',
    headerName: headers.verifyBy,
    flex: 0.8,
    minWidth: 95,
    valueFormatter: (value: string) => formatDate(value),
  },
  {
    field: 'due',
    headerName: headers.state,
    flex: 0.9,
    minWidth: 85,
    valueGetter: (_value, item) => commitmentDueLabels[item.due],
    renderCell: ({ row }) => <State item={row} />,
  },
  {
    field: 'fulfilment',
    headerName: headers.fulfilment,
    flex: 0.9,
    minWidth: 75,
    valueGetter: (_value, item) =>
      item.fulfilment === null ? commitmentsTableTexts.notVerified : fulfilmentLabels[item.fulfilment],
    renderCell: ({ row }) => <Fulfilment item={row} />,
  },
];

const rowData = (item: CommitmentListItem) => ({ 'data-commitment-id': item.id, 'data-due': item.due });
const rowLabel = (item: CommitmentListItem) => commitmentsTableTexts.rowLabel(item.code, item.committerName);

/** The list of commitments (告知承诺, the dashboard's drill-down): a click, Enter or Space opens one. */
export const CommitmentsTable = ({
  items,
  server,
}: {
  items: readonly CommitmentListItem[];
  /** Paged and sorted by the core (告知承诺); without it the rows given are all there is. */
  server?: ServerList<CommitmentSortField>;
}) => {
  const navigate = useRouter((state) => state.navigate);
  return (
    <DataList
      listId="commitments"
      label={commitmentsTableTexts.label}
      rows={items}
      columns={columns}
      getRowId={(item) => item.id}
      testId="commitments-table"
      rowTestId="commitment-row"
      rowData={rowData}
      rowLabel={rowLabel}
      onOpen={(item) => navigate({ page: 'commitment', id: item.id })}
      {...(server === undefined ? {} : { server })}
    />
  );
};
