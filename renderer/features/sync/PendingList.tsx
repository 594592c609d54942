import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import type { PendingItem } from '../../../shared/domain/sync';
import { formatDateTime } from '../../app/format';
import { DataList } from '../../app/list/DataList';
import { OpenItemButton } from './OpenItemButton';
import { formatCount, kindLabel } from './sync-format';
import { syncTexts } from './texts';

const texts = syncTexts.pending;

const columns: GridColDef<PendingItem>[] = [
  {
    field: 'createdAt',
    headerName: texts.columns.createdAt,
    flex: 0.9,
    minWidth: 145,
    valueFormatter: (value: string) => formatDateTime(value),
  },
  {
    field: 'kind',
    headerName: texts.columns.kind,
    flex: 1,
    minWidth: 110,
    valueGetter: (_value, entry) => kindLabel(entry.kind),
  },
  {
    field: 'madeBy',
    headerName: texts.columns.madeBy,
    flex: 0.8,
    minWidth: 100,
    valueGetter: (_value, entry) => entry.madeBy ?? texts.noMaker,
  },
  {
    field: 'actions',
    headerName: texts.columns.actions,
    minWidth: 120,
    sortable: false,
    hideable: false,
    renderCell: ({ row }) =>
      row.item === null ? null : <OpenItemButton item={row.item} testId="pending-open-item" />,
  },
];

const rowData = (entry: PendingItem) => ({ 'data-kind': entry.kind });

/** 待上传: what this PC still has to send (oldest first: what goes next), each workflow item openable. */
export const PendingList = ({ items, total }: { items: readonly PendingItem[]; total: number }) => {
  if (total === 0) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="sync-pending-list">
      <Stack spacing={1}>
        <Typography variant="h3" component="h2">
          {texts.title(formatCount(total))}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {total > items.length ? texts.explanationPartial(formatCount(items.length)) : texts.explanation}
        </Typography>
        <DataList
          listId="sync-pending"
          label={texts.label}
          rows={items}
          columns={columns}
          getRowId={(entry) => entry.mutationId}
          testId="sync-pending-table"
          rowTestId="pending-row"
          rowData={rowData}
        />
      </Stack>
    </Paper>
  );
};
