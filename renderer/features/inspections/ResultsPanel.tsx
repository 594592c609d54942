import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { InspectionResults } from '../../../shared/domain/inspection-result';
import { ResultDialog } from './ResultDialog';
import { ResultsPrint } from './ResultsPrint';
import { ResultsTable } from './ResultsTable';
import { useResultsStore } from './results-store';
import { resultsTexts as texts } from './results-texts';

/** 检查结果 of a draw: each drawn subject with its result or 待录入, the form, and 抽查结果公示 to print or export. */
export const ResultsPanel = ({ view }: { view: InspectionResults }) => {
  const { editing, edit, exportList, busy, error, notice } = useResultsStore();
  const [printing, setPrinting] = useState(false);
  const open = view.subjects.find((subject) => subject.subjectId === editing) ?? null;
  const nothing = view.recorded === 0;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="inspection-results">
      <Stack spacing={1.5}>
        <Typography variant="h3" component="h2">
          {texts.title}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {texts.intro}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
          <Typography variant="subtitle2" data-testid="results-summary" sx={{ mr: 1 }}>
            {texts.summary(view.recorded, view.pending)}
          </Typography>
          <Button
            variant="outlined"
            onClick={() => setPrinting(true)}
            disabled={nothing}
            data-testid="results-print"
          >
            {texts.print}
          </Button>
          <Button
            onClick={() => void exportList('csv')}
            disabled={nothing || busy !== null}
            data-testid="results-export-csv"
          >
            {texts.exportCsv}
          </Button>
          <Button
            onClick={() => void exportList('xlsx')}
            disabled={nothing || busy !== null}
            data-testid="results-export-xlsx"
          >
            {texts.exportXlsx}
          </Button>
        </Stack>
        {!view.outcomesConfirmed && (
          <Typography variant="caption" color="text.secondary">
            {texts.outcomesUnconfirmed(view.outcomesVersion)}
          </Typography>
        )}
        {error !== null && <Alert severity="error">{error}</Alert>}
        {notice !== null && (
          <Alert severity="success" data-testid="results-notice">
            {notice}
          </Alert>
        )}
        <ResultsTable subjects={view.subjects} onEdit={edit} />
      </Stack>
      {open !== null && (
        <ResultDialog key={open.subjectId} view={view} subject={open} onClose={() => edit(null)} />
      )}
      {printing && <ResultsPrint view={view} onClose={() => setPrinting(false)} />}
    </Paper>
  );
};
