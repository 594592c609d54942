import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import type { GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';
import type { ReviewItem } from '../../../shared/domain/sync';
import { verdictLabels } from '../../../shared/domain/labels';
import { formatDateTime } from '../../app/format';
import { DataList } from '../../app/list/DataList';
import { checkColumns, subjectOf } from '../../app/records/check-columns';
import { useRouter } from '../../app/router';
import { reviewFlagTexts } from '../../app/sync/texts';
import { verdictTone } from '../../theme/tokens';
import { reviewTexts } from './texts';

type Acknowledging = {
  /** checkId being acknowledged, so every button waits. */
  acknowledging: string | null;
  onAcknowledge: (checkId: string) => void;
};

const Acknowledge = ({ checkId, acknowledging, onAcknowledge }: Acknowledging & { checkId: string }) => {
  return (
    <Button
      size="small"
      variant="outlined"
      disabled={acknowledging !== null}
      data-testid="review-ack"
      onClick={(event) => {
        event.stopPropagation();
        onAcknowledge(checkId);
      }}
      onKeyDown={(event) => event.stopPropagation()}
      sx={{ whiteSpace: 'nowrap' }}
    >
      {reviewFlagTexts.acknowledge}
    </Button>
  );
};

const headers = reviewTexts.columns;

const columnsOf = (ack: Acknowledging): GridColDef<ReviewItem>[] => [
  ...checkColumns<ReviewItem>(),
  {
    field: 'verdict',
    headerName: headers.verdict,
    flex: 1,
    minWidth: 120,
    valueGetter: (_value, item) => verdictLabels[item.verdict],
    renderCell: ({ row }) => (
      <Chip
        label={verdictLabels[row.verdict]}
        color={verdictTone[row.verdict]}
        size="small"
        variant="outlined"
        data-testid="review-verdict"
      />
    ),
  },
  { field: 'reason', headerName: headers.reason, flex: 1.5, minWidth: 120 },
  {
    field: 'flaggedAt',
    headerName: headers.flaggedAt,
    flex: 1,
    minWidth: 140,
    valueFormatter: (value: string) => formatDateTime(value),
  },
  {
    field: 'actions',
    headerName: headers.actions,
    minWidth: 110,
    sortable: false,
    hideable: false,
    renderCell: ({ row }) => <Acknowledge checkId={row.checkId} {...ack} />,
  },
];

const rowData = (item: ReviewItem) => ({ 'data-check-id': item.checkId });
const rowLabel = (item: ReviewItem) => reviewTexts.rowLabel(item.caseNumber, subjectOf(item));

/** Rows open the record (a click, Enter or Space); 复核完成 closes the flag. */
export const ReviewsTable = ({
  items,
  acknowledging,
  onAcknowledge,
}: Acknowledging & { items: readonly ReviewItem[] }) => {
  const navigate = useRouter((state) => state.navigate);
  const columns = useMemo(() => columnsOf({ acknowledging, onAcknowledge }), [acknowledging, onAcknowledge]);
  return (
    <DataList
      listId="reviews"
      label={reviewTexts.tableLabel}
      rows={items}
      columns={columns}
      getRowId={(item) => item.checkId}
      testId="reviews-table"
      rowTestId="review-row"
      rowData={rowData}
      rowLabel={rowLabel}
      onOpen={(item) => navigate({ page: 'record', checkId: item.checkId })}
      emptyText={reviewTexts.empty}
    />
  );
};
