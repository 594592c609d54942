import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { CheckDetail, ExternalQueryRecord } from '../../../../shared/domain/check';
import { externalQueryOutcomeLabels } from '../../../../shared/domain/labels';
import { formatDateTime } from '../../format';
import { Field, FieldGrid } from '../../fields/Field';
import { externalQueryTexts as texts } from './texts';
import { ExternalQueryForm } from './ExternalQueryForm';
import { OnlineExternalQuery } from './OnlineExternalQuery';

const QueryRecord = ({ record }: { record: ExternalQueryRecord }) => (
  <Paper variant="outlined" sx={{ p: 1.5 }} data-testid="external-query-record" data-outcome={record.outcome}>
    <FieldGrid>
      <Field label={texts.channel}>{record.channel}</Field>
      <Field label={texts.queriedAt}>{formatDateTime(record.queriedAt)}</Field>
      <Field label={texts.outcome}>{externalQueryOutcomeLabels[record.outcome]}</Field>
    </FieldGrid>
    {record.summary !== '' && (
      <Field label={texts.summary}>
        <Box component="span" sx={{ whiteSpace: 'pre-line' }} data-testid="external-query-summary">
          {record.summary}
        </Box>
      </Field>
    )}
    <Typography variant="caption" color="text.secondary" component="div">
      {record.attachments.length === 0
        ? texts.noAttachment
        : record.attachments.map((file) => file.name).join('、')}
      {'　'}
      {texts.recordedBy(record.operator, formatDateTime(record.recordedAt))}
    </Typography>
  </Paper>
);

type Props = { detail: CheckDetail; onDetail: (detail: CheckDetail) => void };

/**
 * For a subject the city's data does not hold, in the matter categories the check policy names: the clerk
 * queries 信用中国 / 信用河南 and attaches what they showed; the check then no longer waits (已留存查询结果).
 */
export const ExternalQueryPanel = ({ detail, onDetail }: Props) => {
  const { result, externalQueries, standing } = detail;
  const duty = result.externalQuery;
  if (duty == null || (!duty.required && externalQueries.length === 0)) return null;
  const channels = duty.channels.map((channel) => `“${channel.name}”`).join('、');
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="external-query-panel">
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="h3" component="h3">
            {texts.title}
          </Typography>
          <Chip
            data-testid="external-query-state"
            data-open={standing.externalQueryOpen ? 'true' : 'false'}
            label={standing.externalQueryOpen ? texts.stateOpen : texts.stateDone}
            color={standing.externalQueryOpen ? 'warning' : 'success'}
          />
        </Stack>
        {standing.externalQueryOpen && (
          <Alert severity="warning">
            {result.found ? texts.requiredForAll(channels) : texts.required(channels)}
            <Typography variant="caption" component="div" color="text.secondary" sx={{ mt: 0.5 }}>
              {texts.basis(duty.basis)}
            </Typography>
          </Alert>
        )}
        {externalQueries.map((record) => (
          <QueryRecord key={record.id} record={record} />
        ))}
        {standing.externalQueryOpen && (
          <>
            <OnlineExternalQuery checkId={result.checkId} duty={duty} onAnswered={onDetail} />
            <Divider />
            <Typography variant="subtitle2" component="h4">
              {texts.manualTitle}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {texts.manualHint}
            </Typography>
            <ExternalQueryForm
              checkId={result.checkId}
              checkedAt={result.checkedAt}
              duty={duty}
              onRecorded={onDetail}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
};
