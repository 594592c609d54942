import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ObjectionDetail } from '../../../../shared/domain/objection';
import { objectionOutcomeLabels } from '../../../../shared/domain/labels';
import { CountdownLine } from '../../../app/repairs/CountdownLine';
import { objectionDetailTexts } from '../texts';

const texts = objectionDetailTexts;

const Reason = ({ text }: { text: string | null }) =>
  text === null || text === '' ? null : (
    <Typography variant="body2" data-testid="objection-decision-reason">
      {texts.decision.reason(text)}
    </Typography>
  );

/** While open: the deadline of the waiting step, prominent. When closed: the result and its reason. */
export const DecisionBanner = ({ detail }: { detail: ObjectionDetail }) => {
  const { objection, countdown } = detail;
  switch (objection.state) {
    case 'decided': {
      const decision = objection.decision;
      const outcomes = objection.targets
        .map((target) =>
          target.outcome === null ? null : `“${target.title}”${objectionOutcomeLabels[target.outcome]}`,
        )
        .filter((part) => part !== null)
        .join('；');
      return (
        <Alert severity="success" data-testid="objection-decision" data-state="decided">
          <AlertTitle sx={{ mb: 0 }}>{texts.decision.decided}</AlertTitle>
          <Typography variant="body2" data-testid="objection-decision-outcomes">
            {texts.decision.summary(outcomes)}
          </Typography>
          <Reason text={decision?.reason ?? null} />
          {decision !== null && (
            <Typography variant="body2" color="text.secondary">
              {texts.decision.by(decision.unit, decision.decidedOn)}
            </Typography>
          )}
        </Alert>
      );
    }
    case 'rejected':
      return (
        <Alert severity="warning" data-testid="objection-decision" data-state="rejected">
          <AlertTitle sx={{ mb: 0 }}>{texts.decision.rejected}</AlertTitle>
          <Reason text={objection.closingReason} />
        </Alert>
      );
    case 'withdrawn':
      return (
        <Alert severity="info" data-testid="objection-decision" data-state="withdrawn">
          <AlertTitle sx={{ mb: 0 }}>{texts.decision.withdrawn}</AlertTitle>
          <Reason text={objection.closingReason} />
        </Alert>
      );
    default:
      if (countdown === null) return null;
      return (
        <Paper
          variant="outlined"
          sx={{ p: 1.5, borderColor: countdown.overdue ? 'error.main' : 'primary.main', borderWidth: 2 }}
          data-testid="objection-deadline"
          data-at-risk={countdown.atRisk ? 'true' : 'false'}
        >
          <Stack spacing={0.5}>
            <Typography variant="caption" color="text.secondary">
              {objection.extended ? `${texts.deadline}（${texts.extended}）` : texts.deadline}
            </Typography>
            <CountdownLine countdown={countdown} variant="body1" />
            {countdown.uncertain && countdown.notice !== null && (
              <Typography variant="caption" color="text.secondary" data-testid="objection-deadline-notice">
                {countdown.notice}
              </Typography>
            )}
          </Stack>
        </Paper>
      );
  }
};
