import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useState } from 'react';
import type { ExportFormat } from '../../../shared/domain/export';
import type { InspectionDetail, PublishedInspectionRow } from '../../../shared/domain/inspection';
import { DataList } from '../../app/list/DataList';
import { formatBeijing } from '../../../shared/time';
import { client } from '../../transport/client';
import { InspectionPrint } from './InspectionPrint';
import { inspectionsTexts as texts } from './texts';
import { useExport } from './use-export';

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

type Props = {
  detail: InspectionDetail;
  /** 重现验证: the draw asked for again (the core redoes it from its seed and pool). */
  onReplay: () => void;
  replaying: boolean;
};

/** One draw: its seed and pool hash, 重现验证 with its answer, the list with each subject's two inspectors. */
export const DrawResult = ({ detail, onReplay, replaying }: Props) => {
  const exported = useExport(texts.exported);
  const exportList = (format: ExportFormat): void => {
    void exported.run(() => client.call('inspections:export', { id: detail.draw.id, format }));
  };
  const busy = replaying || exported.busy;
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
          <Button variant="outlined" onClick={onReplay} disabled={busy} data-testid="inspection-replay">
            {texts.replay}
          </Button>
          <Button onClick={() => exportList('csv')} disabled={busy} data-testid="inspection-export-csv">
            {texts.exportCsv}
          </Button>
          <Button onClick={() => exportList('xlsx')} disabled={busy} data-testid="inspection-export-xlsx">
            {texts.exportXlsx}
          </Button>
          <Button onClick={() => setPrinting(true)} data-testid="inspection-print">
            {texts.print}
          </Button>
        </Stack>
        {exported.error !== null && (
          <Alert severity="error" data-testid="inspection-export-error">
            {exported.error}
          </Alert>
        )}
        {exported.notice !== null && (
          <Alert severity="success" data-testid="inspection-notice">
            {exported.notice}
          </Alert>
        )}
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
