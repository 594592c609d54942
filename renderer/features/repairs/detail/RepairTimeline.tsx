import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepContent from '@mui/material/StepContent';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import type { RepairApplication, RepairStep } from '../../../../shared/domain/repair';
import { REPAIR_EVENT_LABELS, type RepairEventType } from '../../../../shared/repair/state-machine';
import { formatDateTime } from '../../../app/format';
import { detailTexts } from '../texts';

const stages: readonly { label: string; events: readonly RepairEventType[] }[] = [
  { label: '提交', events: ['submit'] },
  { label: '受理', events: ['accept', 'refuse'] },
  { label: '审核', events: ['start-review'] },
  { label: '决定', events: ['grant', 'deny'] },
];

const isNegative = (step: RepairStep): boolean => step.event === 'refuse' || step.event === 'deny';

/** 提交 → 受理 → 审核 → 决定: who did each step and when, the steps still to come greyed. */
export const RepairTimeline = ({ application }: { application: RepairApplication }) => {
  const found = stages.map((stage) =>
    [...application.history].reverse().find((step) => stage.events.includes(step.event)),
  );
  // 不予受理 ends the procedure: no review or decision follows.
  const refused = application.state === 'refused';
  const shown = refused ? stages.slice(0, 2) : stages;
  const active = found.findIndex((step) => step === undefined);
  return (
    <Stepper
      orientation="vertical"
      activeStep={active < 0 ? shown.length : active}
      data-testid="repair-timeline"
      aria-label={detailTexts.timeline}
    >
      {shown.map((stage, index) => {
        const step = found[index];
        return (
          <Step key={stage.label} completed={step !== undefined} expanded={step !== undefined}>
            <StepLabel error={step !== undefined && isNegative(step)}>
              {step === undefined ? stage.label : REPAIR_EVENT_LABELS[step.event]}
            </StepLabel>
            <StepContent>
              {step !== undefined && (
                <Stack spacing={0.25} data-testid="repair-timeline-step" data-event={step.event}>
                  <Typography variant="body2">{formatDateTime(step.at)}</Typography>
                  <Typography variant="body2" color="text.secondary">
                    {detailTexts.by(step.by)}
                  </Typography>
                  {step.reason !== null && step.reason !== '' && (
                    <Typography variant="body2">{detailTexts.reason(step.reason)}</Typography>
                  )}
                </Stack>
              )}
            </StepContent>
          </Step>
        );
      })}
    </Stepper>
  );
};
