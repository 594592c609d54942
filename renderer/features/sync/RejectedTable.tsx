import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import type { RejectedEntry } from '../../../shared/domain/sync';
import { formatDateTime } from '../../app/format';
import { CellMarks, CellText, DataList } from '../../app/list/DataList';
import { OpenItemButton } from './OpenItemButton';
import { kindLabel } from './sync-format';
import { syncTexts } from './texts';

const texts = syncTexts.rejected;

const columns: GridColDef<RejectedEntry>[] = [
  {
    field: 'mutationId',
    headerName: texts.columns.id,
    flex: 1,
    minWidth: 100,
    renderCell: ({ row }) => (
      <Typography variant="body2" component="span" sx={{ fontFamily: 'monospace', minWidth: 0 }}>
        <CellText text={String(row.mutationId)} />
      </Typography>
    ),
  },
  {
    field: 'kind',
    headerName: texts.columns.kind,
    flex: 0.9,
    minWidth: 100,
    valueGetter: (_value, entry) => kindLabel(entry.kind),
  },
  {
    field: 'createdAt',
    headerName: texts.columns.createdAt,
    flex: 0.9,
    minWidth: 145,
    valueFormatter: (value: string) => formatDateTime(value),
  },
  {
    field: 'message',
    headerName: texts.columns.reason,
    flex: 2,
    minWidth: 160,
    renderCell: ({ row }) => (
      <CellMarks>
        {row.state === 'conflict' && (
          <Chip label={texts.state.conflict} color="warning" size="small" variant="outlined" />
        )}
        <CellText text={row.message} />
      </CellMarks>
    ),
  },
  {
    field: 'code',
    headerName: texts.columns.code,
    flex: 0.8,
    minWidth: 90,
    renderCell: ({ row }) => (
      <Typography variant="caption" component="span" sx={{ fontFamily: 'monospace', minWidth: 0 }}>
        <CellText text={row.code} />
      </Typography>
    ),
  },
  {
    field: 'actions',
    headerName: texts.columns.actions,
    minWidth: 120,
    sortable: false,
    hideable: false,
    renderCell: ({ row }) =>
      row.item === null ? null : <OpenItemButton item={row.item} testId="rejected-open-item" />,
  },
];

const rowData = (entry: RejectedEntry) => ({
  'data-mutation-id': String(entry.mutationId),
  'data-state': entry.state,
});

/** Outbox entries the platform refused, with its reason; they stay on this PC and never hold up the rest. */
export const RejectedTable = ({ entries }: { entries: readonly RejectedEntry[] }) => {
  if (entries.length === 0) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="sync-rejected">
      <Stack spacing={1}>
        <Typography variant="h3" component="h2">
          {texts.title(entries.length)}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {texts.explanation}
        </Typography>
        <DataList
          listId="sync-rejected"
          label={texts.label}
          rows={entries}
          columns={columns}
          getRowId={(entry) => entry.mutationId}
          testId="sync-rejected-table"
          rowTestId="rejected-row"
          rowData={rowData}
        />
      </Stack>
    </Paper>
  );
};
