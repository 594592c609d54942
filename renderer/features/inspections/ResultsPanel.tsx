import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ExportFormat } from '../../../shared/domain/export';
import type { InspectionResults } from '../../../shared/domain/inspection-result';
import { DisabledReason, disabledReasonProps } from '../../app/form/DisabledReason';
import { queryKeyOf, useCoreQuery } from '../../app/query/query-client';
import { client } from '../../transport/client';
import { ResultDialog } from './ResultDialog';
import { ResultsPrint } from './ResultsPrint';
import { ResultsTable } from './ResultsTable';
import { resultsTexts as texts } from './results-texts';
import { useExport } from './use-export';

/** 检查结果 of a draw (inspections:results, refetched when the core's events make it old). */
export const ResultsPanel = ({ drawId }: { drawId: string }) => {
  const results = useCoreQuery('inspections:results', { drawId });
  if (results.error !== null)
    return (
      <Alert severity="error" data-testid="results-error">
        {results.error.message}
      </Alert>
    );
  if (results.data?.drawId !== drawId) return null;
  return <ResultsView view={results.data} />;
};

/** Each drawn subject with its result or 待录入, the form, and 抽查结果公示 to print or export. */
const ResultsView = ({ view }: { view: InspectionResults }) => {
  const queries = useQueryClient();
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const exported = useExport(texts.exported);
  const [printing, setPrinting] = useState(false);
  const busy = exported.busy;
  const error = exported.error;
  const notice = saved ?? exported.notice;
  const edit = (subjectId: string | null): void => {
    setEditing(subjectId);
    setSaved(null);
  };
  const exportList = (format: ExportFormat): void => {
    setSaved(null);
    void exported.run(() => client.call('inspections:export-results', { drawId: view.drawId, format }));
  };
  // The core answers a recorded result with the draw's results as they now stand: they replace the cached ones.
  const recorded = (now: InspectionResults, subjectName: string): void => {
    queries.setQueryData(queryKeyOf('inspections:results', { drawId: now.drawId }), now);
    setEditing(null);
    setSaved(texts.saved(subjectName));
  };
  const open = view.subjects.find((subject) => subject.subjectId === editing) ?? null;
  // One reason for the three buttons, written once beside them.
  const nothing = view.recorded === 0 ? texts.nothingRecorded : null;
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
            {...disabledReasonProps('results-print', nothing)}
            data-testid="results-print"
          >
            {texts.print}
          </Button>
          <Button
            onClick={() => exportList('csv')}
            {...disabledReasonProps('results-print', nothing, busy)}
            data-testid="results-export-csv"
          >
            {texts.exportCsv}
          </Button>
          <Button
            onClick={() => exportList('xlsx')}
            {...disabledReasonProps('results-print', nothing, busy)}
            data-testid="results-export-xlsx"
          >
            {texts.exportXlsx}
          </Button>
          <DisabledReason testId="results-print" reason={nothing} />
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
        <ResultDialog
          key={open.subjectId}
          view={view}
          subject={open}
          onClose={() => edit(null)}
          onSaved={recorded}
        />
      )}
      {printing && <ResultsPrint view={view} onClose={() => setPrinting(false)} />}
    </Paper>
  );
};
