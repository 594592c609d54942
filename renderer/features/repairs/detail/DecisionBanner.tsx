import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { RepairDetail } from '../../../../shared/domain/repair';
import { repairOutcomeLabels } from '../../../../shared/domain/workflow-labels';
import { CountdownLine } from '../../../app/repairs/CountdownLine';
import { repairsTableTexts } from '../../../app/repairs/texts';
import { detailTexts } from '../texts';

/** While open: the deadline of the waiting step, prominent. When final: the decision and its reason. */
export const DecisionBanner = ({ detail }: { detail: RepairDetail }) => {
  const { application, countdown } = detail;
  const texts = detailTexts.decision;
  const refuseReason = [...application.history].reverse().find((step) => step.event === 'refuse')?.reason;
  const reason =
    application.decisionReason ?? (application.state === 'refused' ? refuseReason : null) ?? null;
  const reasonLine =
    reason === null || reason === '' ? null : (
      <Typography variant="body2" data-testid="repair-decision-reason">
        {texts.reason(reason)}
      </Typography>
    );
  switch (application.state) {
    case 'granted':
      return (
        <Alert severity="success" data-testid="repair-decision" data-state="granted">
          <AlertTitle sx={{ mb: 0 }}>
            {texts.granted(repairOutcomeLabels[application.outcome ?? application.requestedOutcome])}
          </AlertTitle>
          {(application.outcome ?? application.requestedOutcome) === 'stop-publication' && (
            <Typography variant="body2" data-testid="repair-decision-meaning">
              {texts.terminated}
            </Typography>
          )}
          {reasonLine}
        </Alert>
      );
    case 'denied':
      return (
        <Alert severity="error" data-testid="repair-decision" data-state="denied">
          <AlertTitle sx={{ mb: 0 }}>{texts.denied}</AlertTitle>
          {reasonLine}
        </Alert>
      );
    case 'refused':
      return (
        <Alert severity="warning" data-testid="repair-decision" data-state="refused">
          <AlertTitle sx={{ mb: 0 }}>{texts.refused}</AlertTitle>
          {reasonLine}
        </Alert>
      );
    default:
      if (countdown === null) return null;
      return (
        <Paper
          variant="outlined"
          sx={{ p: 1.5, borderColor: countdown.overdue ? 'error.main' : 'primary.main', borderWidth: 2 }}
        >
          <Stack spacing={0.5}>
            <Typography variant="caption" color="text.secondary">
              {repairsTableTexts.columns.countdown}
            </Typography>
            <CountdownLine countdown={countdown} variant="body1" />
            {countdown.uncertain && countdown.notice !== null && (
              <Typography variant="caption" color="text.secondary">
                {countdown.notice}
              </Typography>
            )}
          </Stack>
        </Paper>
      );
  }
};
