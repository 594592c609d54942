import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { InspectionDetail } from '../../../shared/domain/inspection';
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

/** One draw: its seed and pool hash, 重现验证 with its answer, the list with each subject's two inspectors. */
export const DrawResult = ({ detail }: { detail: InspectionDetail }) => {
  const { replay, exportList, busy } = useInspectionsStore();
  const [printing, setPrinting] = useState(false);
  const { draw, rows } = detail;
  const columns = texts.rowColumns;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="inspection-result">
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
        <Table size="small">
          <TableHead>
            <TableRow sx={{ '& th': { whiteSpace: 'nowrap' } }}>
              <TableCell>{columns.order}</TableCell>
              <TableCell>{columns.name}</TableCell>
              <TableCell>{columns.identifier}</TableCell>
              <TableCell>{columns.grade}</TableCell>
              <TableCell>{columns.inspectors}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.order} data-testid="inspection-row">
                <TableCell>{row.order}</TableCell>
                <TableCell>{row.subjectName}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{row.identifier}</TableCell>
                <TableCell>{row.gradeLabel}</TableCell>
                <TableCell>
                  {row.inspectors
                    .map((inspector) => texts.inspector(inspector.name, inspector.badge))
                    .join('、')}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Stack>
      {printing && <InspectionPrint detail={detail} onClose={() => setPrinting(false)} />}
    </Paper>
  );
};
