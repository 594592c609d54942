import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { RepairApplication, type WorkflowConflict } from '../../../../shared/domain/repair';
import { RepairSteppedPayload } from '../../../../shared/platform-api/workflow';
import { REPAIR_EVENT_LABELS, REPAIR_STATE_LABELS } from '../../../../shared/repair/state-machine';
import { formatDateTime } from '../../../app/format';
import { detailTexts } from '../texts';

const texts = detailTexts.conflict;

/** What this client tried: a window step, or the application itself. */
const describeLocal = (value: unknown): string => {
  const step = RepairSteppedPayload.safeParse(value);
  if (step.success) {
    const line = texts.localStep(REPAIR_EVENT_LABELS[step.data.event], step.data.baseVersion);
    return step.data.reason === null ? line : `${line}；${detailTexts.reason(step.data.reason)}`;
  }
  const application = RepairApplication.safeParse(value);
  if (application.success)
    return texts.serverState(REPAIR_STATE_LABELS[application.data.state], application.data.version);
  return JSON.stringify(value);
};

/** The platform's version as it answered. */
const describeServer = (value: unknown): string => {
  const application = RepairApplication.safeParse(value);
  if (!application.success) return JSON.stringify(value);
  const { state, version, decisionReason } = application.data;
  const line = texts.serverState(REPAIR_STATE_LABELS[state], version);
  return decisionReason === null ? line : `${line}；${detailTexts.reason(decisionReason)}`;
};

/** Both versions of every refused edit, side by side; nothing is dropped or merged silently. */
export const ConflictAlert = ({ conflicts }: { conflicts: readonly WorkflowConflict[] }) => {
  if (conflicts.length === 0) return null;
  return (
    <Alert severity="error" data-testid="repair-conflict">
      <AlertTitle>{texts.title}</AlertTitle>
      {conflicts.map((conflict) => (
        <Box
          key={conflict.mutationId}
          sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1.5, rowGap: 0.25, mb: 1 }}
          data-testid="repair-conflict-item"
        >
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {texts.local}
          </Typography>
          <Typography variant="body2" data-testid="repair-conflict-local">
            {describeLocal(conflict.local)}
          </Typography>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {texts.server}
          </Typography>
          <Typography variant="body2" data-testid="repair-conflict-server">
            {describeServer(conflict.server)}
          </Typography>
          <Typography variant="caption" color="text.secondary" sx={{ gridColumn: '1 / -1' }}>
            {texts.at(formatDateTime(conflict.at))}
          </Typography>
        </Box>
      ))}
      <Typography variant="body2">{texts.hint}</Typography>
    </Alert>
  );
};
