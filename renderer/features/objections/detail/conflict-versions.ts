import { z } from 'zod';
import { Objection } from '../../../../shared/domain/objection';
import {
  OBJECTION_EVENT_LABELS,
  OBJECTION_EVENT_TYPES,
  OBJECTION_STATE_LABELS,
} from '../../../../shared/objection/state-machine';
import { objectionDetailTexts } from '../texts';

const texts = objectionDetailTexts.conflict;

/** A window step as the outbox carried it: what was done, on which version, why. */
const SentStep = z.object({
  event: z.enum(OBJECTION_EVENT_TYPES),
  baseVersion: z.number().int(),
  reason: z.string().nullable(),
});

const unreadable = (value: unknown): string[] => [
  typeof value === 'string' ? value : (JSON.stringify(value) ?? ''),
];

/** What this client tried, in words: a window step, or the objection itself (its intake). */
export const describeObjectionLocal = (value: unknown): string[] => {
  const step = SentStep.safeParse(value);
  if (step.success) {
    const line = texts.localStep(OBJECTION_EVENT_LABELS[step.data.event], step.data.baseVersion);
    return [step.data.reason === null ? line : `${line}；${objectionDetailTexts.reason(step.data.reason)}`];
  }
  const objection = Objection.safeParse(value);
  if (objection.success)
    return [texts.serverState(OBJECTION_STATE_LABELS[objection.data.state], objection.data.version)];
  return unreadable(value);
};

/** The platform's version as it answered. */
export const describeObjectionServer = (value: unknown): string[] => {
  const objection = Objection.safeParse(value);
  if (!objection.success) return unreadable(value);
  const { state, version, decision, closingReason } = objection.data;
  const line = texts.serverState(OBJECTION_STATE_LABELS[state], version);
  const reason = decision?.reason ?? closingReason;
  return [reason === null || reason === '' ? line : `${line}；${objectionDetailTexts.reason(reason)}`];
};
