import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import type { InspectionListItem } from '../../../shared/domain/inspection';
import { formatBeijing } from '../../../shared/time';
import { DataList } from '../../app/list/DataList';
import { useCoreQuery } from '../../app/query/query-client';
import { inspectionsTexts as texts } from './texts';

const headers = texts.pastColumns;
const mono = { fontFamily: 'monospace' } as const;

const columns: GridColDef<InspectionListItem>[] = [
  { field: 'number', headerName: headers.number, flex: 1, minWidth: 120, cellClassName: 'mono' },
  {
    field: 'drawnAt',
    headerName: headers.drawnAt,
    flex: 1,
    minWidth: 150,
    valueFormatter: (value: string) => formatBeijing(value),
  },
  { field: 'regionName', headerName: headers.region, flex: 0.8, minWidth: 80 },
  { field: 'matterName', headerName: headers.matter, flex: 1.4, minWidth: 120 },
  {
    field: 'picked',
    headerName: headers.picked,
    flex: 0.7,
    minWidth: 90,
    align: 'right',
    headerAlign: 'right',
    valueFormatter: (_value, item) => texts.picked(item.picked, item.poolSize),
  },
  { field: 'seed', headerName: headers.seed, flex: 1, minWidth: 100, cellClassName: 'mono' },
  { field: 'actor', headerName: headers.actor, flex: 0.8, minWidth: 80 },
];

/** The past draws asked for (the newest 50); refetched when the core's events make them old, or on 刷新. */
const PAST_REQUEST = { limit: 50 };

type Props = { current: string | null; onOpen: (id: string) => void };

/** 历次抽查: every stored draw, newest first; a row opens it (and replays it). */
export const PastDraws = ({ current, onOpen }: Props) => {
  const past = useCoreQuery('inspections:list', PAST_REQUEST);
  return (
    <>
      <Paper variant="outlined" sx={{ p: 2, '& .mono': mono }} data-testid="inspection-past">
        <Stack spacing={1}>
          <Typography variant="h3" component="h2">
            {texts.pastTitle}
          </Typography>
          {past.error !== null && (
            <Alert severity="error" data-testid="inspection-past-error">
              {past.error.message}
            </Alert>
          )}
          {past.data !== undefined && (
            <DataList
              listId="inspections-past"
              label={texts.pastLabel}
              rows={past.data.items}
              columns={columns}
              getRowId={(item) => item.id}
              testId="inspection-past-table"
              rowTestId="inspection-past-row"
              rowData={(item) => ({ 'data-current': String(item.id === current) })}
              onOpen={(item) => onOpen(item.id)}
              emptyText={texts.pastEmpty}
            />
          )}
        </Stack>
      </Paper>
      <Button
        size="small"
        onClick={() => void past.refetch()}
        disabled={past.isFetching}
        sx={{ alignSelf: 'flex-start' }}
      >
        {texts.refresh}
      </Button>
    </>
  );
};
