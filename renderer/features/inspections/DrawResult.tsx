import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useState } from 'react';
import type { InspectionDetail, PublishedInspectionRow } from '../../../shared/domain/inspection';
import { DataList } from '../../app/list/DataList';
import { formatBeijing } from '../../../shared/time';
import { InspectionPrint } from './InspectionPrint';
import { useInspectionsStore } from './inspections-store';
import { inspectionsTexts as texts } from './texts';

const Line = ({ label, value, testId }: { label: string; value: string; testId?: string }) => (
  <Typography variant="body2">
    <Typography component="span" variant="body2" color="text.secondary">
      {`${label}：`}
    </Typography>
    <Typography
      component="span"
      variant="body2"
      sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}
      data-testid={testId}
    >
      {value}
    </Typography>
  </Typography>
);

const headers = texts.rowColumns;

/** The drawn list: order, subject, its identifier, grade and its inspectors. */
const rowColumns: GridColDef<PublishedInspectionRow>[] = [
  { field: 'order', headerName: headers.order, flex: 0.4, minWidth: 60 },
  { field: 'subjectName', headerName: headers.name, flex: 1.5, minWidth: 140 },
  { field: 'identifier', headerName: headers.identifier, flex: 1.2, minWidth: 170, cellClassName: 'mono' },
  { field: 'gradeLabel', headerName: headers.grade, flex: 0.7, minWidth: 80 },
  {
    field: 'inspectors',
    headerName: headers.inspectors,
    flex: 1.6,
    minWidth: 160,
    sortable: false,
    valueGetter: (_value, row) =>
      row.inspectors.map((inspector) => texts.inspector(inspector.name, inspector.badge)).join('、'),
  },
];

/** One draw: its seed and pool hash, 重现验证 with its answer, the list with each subject's two inspectors. */
export const DrawResult = ({ detail }: { detail: InspectionDetail }) => {
  const { replay, exportList, busy } = useInspectionsStore();
  const [printing, setPrinting] = useState(false);
  const { draw, rows } = detail;
  return (
    <Paper
      variant="outlined"
      sx={{ p: 2, '& .mono': { fontFamily: 'monospace' } }}
      data-testid="inspection-result"
    >
      <Stack spacing={1.5}>
        <Typography variant="h3" component="h2" data-testid="inspection-number">
          {texts.resultTitle(draw.number)}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {`${draw.regionName} · ${draw.matterName} · ${texts.drawnBy(draw.actor, formatBeijing(draw.drawnAt))}`}
        </Typography>
        <Line
          label={`${texts.recordedSeed}（${draw.seedSource === 'generated' ? texts.seedGenerated : texts.seedGiven}）`}
          value={draw.seed}
          testId="inspection-recorded-seed"
        />
        <Line label={texts.poolHash} value={draw.poolHash} />
        <Line label={texts.listHash} value={detail.listHash} testId="inspection-list-hash" />
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
          <Button
            variant="outlined"
            onClick={() => void replay()}
            disabled={busy !== null}
            data-testid="inspection-replay"
          >
            {texts.replay}
          </Button>
          <Button
            onClick={() => void exportList('csv')}
            disabled={busy !== null}
            data-testid="inspection-export-csv"
          >
            {texts.exportCsv}
          </Button>
          <Button
            onClick={() => void exportList('xlsx')}
            disabled={busy !== null}
            data-testid="inspection-export-xlsx"
          >
            {texts.exportXlsx}
          </Button>
          <Button onClick={() => setPrinting(true)} data-testid="inspection-print">
            {texts.print}
          </Button>
        </Stack>
        <Alert
          severity={detail.replay.reproduces ? 'success' : 'error'}
          data-testid="inspection-replay-answer"
          icon={false}
        >
          <Chip
            size="small"
            color={detail.replay.reproduces ? 'success' : 'error'}
            label={detail.replay.reproduces ? texts.replayOk : texts.replayFailed}
            sx={{ mr: 1 }}
          />
          {`${detail.replay.message}（${formatBeijing(detail.replay.checkedAt)}）`}
        </Alert>
        <Typography variant="subtitle2">{texts.rowsTitle(rows.length, draw.pool.length)}</Typography>
        <DataList
          listId="inspection-rows"
          label={texts.rowsLabel}
          rows={rows}
          columns={rowColumns}
          getRowId={(row) => row.order}
          testId="inspection-rows"
          rowTestId="inspection-row"
        />
      </Stack>
      {printing && <InspectionPrint detail={detail} onClose={() => setPrinting(false)} />}
    </Paper>
  );
};
