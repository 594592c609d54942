import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import type { GridColDef } from '@mui/x-data-grid';
import type { CheckListItem, CheckSortField, FeedbackState } from '../../../shared/domain/check';
import { verdictLabels } from '../../../shared/domain/labels';
import { verdictTone } from '../../theme/tokens';
import { CellMarks, DataList, type ServerList } from '../list/DataList';
import { useRouter } from '../router';
import { checkColumns, subjectOf } from './check-columns';
import { recordsTableTexts } from './texts';
import { DeliveryChip, deliveryText } from './DeliveryChip';

const feedbackLabel = (
  state: FeedbackState,
  superseded: boolean,
): { label: string; color: 'warning' | 'success' | 'default' } => {
  const texts = recordsTableTexts.feedback;
  if (superseded) return { label: texts.superseded, color: 'default' };
  if (state.open)
    return { label: texts.open(Math.max(0, state.required - state.recorded)), color: 'warning' };
  if (state.required === 0) return { label: texts.none, color: 'default' };
  return { label: texts.done, color: 'success' };
};

const Flags = ({ item }: { item: CheckListItem }) => {
  const flags = recordsTableTexts.flags;
  return (
    <CellMarks>
      {item.externalQueryOpen && (
        <Chip
          label={flags.externalQueryOpen}
          size="small"
          color="warning"
          data-testid="flag-external-query"
        />
      )}
      {item.recheck && (
        <Chip label={flags.recheck} size="small" variant="outlined" data-testid="flag-recheck" />
      )}
      {item.superseded && (
        <Chip label={flags.superseded} size="small" variant="outlined" data-testid="flag-superseded" />
      )}
      {item.stale && (
        <Chip label={flags.stale} size="small" color="warning" variant="outlined" data-testid="flag-stale" />
      )}
      {item.overridden && (
        <Chip
          label={flags.overridden}
          size="small"
          color="secondary"
          variant="outlined"
          data-testid="flag-overridden"
        />
      )}
    </CellMarks>
  );
};

const headers = recordsTableTexts.columns;

/** The columns of 核查记录; the field names are the core's sortable columns where they sort. */
const columns: GridColDef<CheckListItem>[] = [
  ...checkColumns<CheckListItem>(),
  {
    field: 'verdict',
    headerName: headers.verdict,
    flex: 1,
    minWidth: 150,
    valueGetter: (_value, item) => verdictLabels[item.verdict],
    renderCell: ({ row }) => (
      <Chip
        label={verdictLabels[row.verdict]}
        title={verdictLabels[row.verdict]}
        color={verdictTone[row.verdict]}
        size="small"
        data-testid="record-verdict"
        data-verdict={row.verdict}
      />
    ),
  },
  {
    field: 'feedback',
    // With the feedback, whether it reached the province (报送): one column, so the list fits 1024 px.
    headerName: headers.feedbackAndDelivery,
    flex: 0.9,
    minWidth: 130,
    valueGetter: (_value, item) =>
      [
        feedbackLabel(item.feedbackState, item.superseded).label,
        item.delivery === null || item.delivery === undefined ? '' : deliveryText(item.delivery).label,
      ]
        .filter((label) => label !== '')
        .join('，'),
    renderCell: ({ row }) => {
      const feedback = feedbackLabel(row.feedbackState, row.superseded);
      return (
        <Stack spacing={0.25} sx={{ height: '100%', justifyContent: 'center', alignItems: 'flex-start' }}>
          <Chip
            label={feedback.label}
            title={feedback.label}
            color={feedback.color}
            size="small"
            variant="outlined"
            data-testid="record-feedback"
            sx={{ maxWidth: '100%' }}
          />
          <DeliveryChip delivery={row.delivery} />
        </Stack>
      );
    },
  },
  {
    field: 'flags',
    headerName: headers.flags,
    flex: 1,
    minWidth: 70,
    sortable: false,
    renderCell: ({ row }) => <Flags item={row} />,
  },
];

const rowData = (item: CheckListItem) => ({ 'data-check-id': item.checkId });
const rowLabel = (item: CheckListItem) => recordsTableTexts.rowLabel(item.caseNumber, subjectOf(item));

/** The list of checks (核查记录, the dashboard's drill-down): a click, Enter or Space opens the record. */
export const RecordsTable = ({
  items,
  server,
}: {
  items: readonly CheckListItem[];
  /** Paged and sorted by the core (核查记录); without it the rows given are all there is. */
  server?: ServerList<CheckSortField>;
}) => {
  const navigate = useRouter((state) => state.navigate);
  return (
    <DataList
      listId="records"
      label={recordsTableTexts.label}
      rows={items}
      columns={columns}
      getRowId={(item) => item.checkId}
      testId="records-table"
      rowTestId="record-row"
      rowData={rowData}
      rowLabel={rowLabel}
      onOpen={(item) => navigate({ page: 'record', checkId: item.checkId })}
      {...(server === undefined ? {} : { server })}
    />
  );
};
