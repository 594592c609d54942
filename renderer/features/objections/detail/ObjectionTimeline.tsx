import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepContent from '@mui/material/StepContent';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import type { Objection, ObjectionStep } from '../../../../shared/domain/objection';
import { OBJECTION_EVENT_LABELS } from '../../../../shared/objection/state-machine';
import { formatDateTime } from '../../../app/format';
import { objectionDetailTexts as texts } from '../texts';

/** The stages still to come while open, by name. */
const coming: readonly { label: string; after: ObjectionStep['event'][] }[] = [
  { label: '转认定单位', after: ['submit'] },
  { label: '作出处理决定', after: ['route', 'extend'] },
];

const isNegative = (step: ObjectionStep): boolean => step.event === 'reject' || step.event === 'withdraw';

/** 受理 → 转认定单位 → (延长) → 处理决定, or 不予受理 / 撤回: each step that happened, then those to come, greyed. */
export const ObjectionTimeline = ({ objection }: { objection: Objection }) => {
  const done = objection.history;
  const last = done.at(-1)?.event ?? 'submit';
  const open = objection.state === 'submitted' || objection.state === 'routed';
  const next = open
    ? coming.filter((stage, index) => index >= coming.findIndex((c) => c.after.includes(last)))
    : [];
  return (
    <Stepper
      orientation="vertical"
      activeStep={done.length}
      data-testid="objection-timeline"
      aria-label={texts.timeline}
    >
      {done.map((step, index) => (
        <Step key={`${step.event}-${index}`} completed expanded>
          <StepLabel error={isNegative(step)}>{OBJECTION_EVENT_LABELS[step.event]}</StepLabel>
          <StepContent>
            <Stack spacing={0.25} data-testid="objection-timeline-step" data-event={step.event}>
              <Typography variant="body2">{formatDateTime(step.at)}</Typography>
              <Typography variant="body2" color="text.secondary">
                {texts.by(step.by)}
              </Typography>
              {step.reason !== null && step.reason !== '' && (
                <Typography variant="body2">{texts.reason(step.reason)}</Typography>
              )}
            </Stack>
          </StepContent>
        </Step>
      ))}
      {next.map((stage) => (
        <Step key={stage.label} completed={false}>
          <StepLabel>{stage.label}</StepLabel>
        </Step>
      ))}
    </Stepper>
  );
};
