import type { ExternalChannel, ExternalQueryRequest } from '../../../../shared/domain/check';
import type { StoredFile } from '../../../../shared/domain/files';
import {
  boundsProblem,
  isoToWall,
  limitTexts,
  wallOf,
  wallToIso,
  type Bounds,
} from '../../fields/beijing-time';
import { externalQueryTexts } from './texts';

/** What the clerk fills in when attaching an external query's result to a check. */
export type ExternalQueryDraft = {
  channel: string;
  /** Beijing wall time 'YYYY-MM-DD HH:mm' as the date-time field holds it. */
  queriedAt: string;
  outcome: ExternalQueryRequest['outcome'] | null;
  summary: string;
  attachments: StoredFile[];
};

export type DraftErrors = Partial<Record<'channel' | 'queriedAt' | 'outcome' | 'summary', string>>;

export const initialExternalDraft = (
  channels: readonly ExternalChannel[],
  now: Date,
): ExternalQueryDraft => ({
  channel: channels[0]?.name ?? '',
  queriedAt: wallOf(now),
  outcome: null,
  summary: '',
  attachments: [],
});

/** A query may have been made the day before the check (the clerk looked first), never after now. */
export const queriedAtBounds = (checkedAt: string, now: Date): Bounds => ({
  min: isoToWall(new Date(Date.parse(checkedAt) - 24 * 3_600_000).toISOString()),
  minLabel: externalQueryTexts.dayBeforeCheck,
  max: wallOf(now),
  maxLabel: limitTexts.now,
});

/** The request, or every field's problem in the clerk's words. */
export function toExternalQueryRequest(
  checkId: string,
  draft: ExternalQueryDraft,
  bounds: Bounds,
): { ok: true; request: ExternalQueryRequest } | { ok: false; errors: DraftErrors } {
  const texts = externalQueryTexts;
  const errors: DraftErrors = {};
  const queriedAt = wallToIso(draft.queriedAt);
  const queriedAtProblem = boundsProblem(draft.queriedAt, 'wall', bounds);
  if (draft.channel === '') errors.channel = texts.channelRequired;
  if (draft.queriedAt === '') errors.queriedAt = texts.queriedAtRequired;
  else if (queriedAtProblem !== null) errors.queriedAt = queriedAtProblem;
  if (draft.outcome === null) errors.outcome = texts.outcomeRequired;
  const summary = draft.summary.trim();
  if (draft.outcome === 'found' && summary === '') errors.summary = texts.summaryRequired;
  if (summary.length > 2000) errors.summary = texts.summaryTooLong;
  if (queriedAt === null || draft.outcome === null || Object.keys(errors).length > 0)
    return { ok: false, errors };
  return {
    ok: true,
    request: {
      checkId,
      channel: draft.channel,
      queriedAt,
      outcome: draft.outcome,
      summary,
      attachments: draft.attachments,
    },
  };
}
