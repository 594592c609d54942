import { RepairApplication } from '../../../../shared/domain/repair';
import { RepairSteppedPayload } from '../../../../shared/platform-api/workflow';
import { REPAIR_EVENT_LABELS, REPAIR_STATE_LABELS } from '../../../../shared/repair/state-machine';
import { detailTexts } from '../texts';

const texts = detailTexts.conflict;

const unreadable = (value: unknown): string[] => [
  typeof value === 'string' ? value : (JSON.stringify(value) ?? ''),
];

/** What this client tried, in words: a window step, or the application itself (its creation). */
export const describeRepairLocal = (value: unknown): string[] => {
  const step = RepairSteppedPayload.safeParse(value);
  if (step.success) {
    const line = texts.localStep(REPAIR_EVENT_LABELS[step.data.event], step.data.baseVersion);
    return [step.data.reason === null ? line : `${line}；${detailTexts.reason(step.data.reason)}`];
  }
  const application = RepairApplication.safeParse(value);
  if (application.success)
    return [texts.serverState(REPAIR_STATE_LABELS[application.data.state], application.data.version)];
  return unreadable(value);
};

/** The platform's version as it answered. */
export const describeRepairServer = (value: unknown): string[] => {
  const application = RepairApplication.safeParse(value);
  if (!application.success) return unreadable(value);
  const { state, version, decisionReason } = application.data;
  const line = texts.serverState(REPAIR_STATE_LABELS[state], version);
  return [decisionReason === null ? line : `${line}；${detailTexts.reason(decisionReason)}`];
};
