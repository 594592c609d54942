import type { ExternalChannel, ExternalQueryRequest } from '../../../../shared/domain/check';
import type { StoredFile } from '../../../../shared/domain/files';
import { fromDateTimeLocal, toDateTimeLocal } from '../../format';
import { externalQueryTexts } from './texts';

/** What the clerk fills in when attaching an external query's result to a check. */
export type ExternalQueryDraft = {
  channel: string;
  /** `<input type="datetime-local">` value, local time. */
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
  queriedAt: toDateTimeLocal(now),
  outcome: null,
  summary: '',
  attachments: [],
});

/** The request, or every field's problem in the clerk's words. */
export function toExternalQueryRequest(
  checkId: string,
  draft: ExternalQueryDraft,
): { ok: true; request: ExternalQueryRequest } | { ok: false; errors: DraftErrors } {
  const texts = externalQueryTexts;
  const errors: DraftErrors = {};
  const queriedAt = fromDateTimeLocal(draft.queriedAt);
  if (draft.channel === '') errors.channel = texts.channelRequired;
  if (queriedAt === null) errors.queriedAt = texts.queriedAtRequired;
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
