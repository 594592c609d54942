import { platformRoutes, PushResponse } from '../../shared/platform-api/api';
import { sampleFeedbackRecord, sampleForwardedCheck } from '../../shared/feedback-forwarding/samples';

const AT = '2026-11-27T09:30:00.000+08:00';

/** Pushes a check and one feedback record on it as the device of `headers` (mutation ids `first`, `first`+1). */
export async function pushCheckWithFeedback(
  url: string,
  headers: Record<string, string>,
  ids: { checkId: string; feedbackId: string; first: number },
): Promise<PushResponse> {
  const entries = [
    {
      mutationId: ids.first,
      kind: 'check.recorded',
      createdAt: AT,
      payload: sampleForwardedCheck(ids.checkId),
    },
    {
      mutationId: ids.first + 1,
      kind: 'feedback.recorded',
      createdAt: AT,
      payload: sampleFeedbackRecord(ids.feedbackId, ids.checkId),
    },
  ];
  const response = await fetch(`${url}${platformRoutes.outbox}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ entries }),
  });
  if (response.status !== 200) throw new Error(`outbox: ${response.status} ${await response.text()}`);
  return PushResponse.parse(await response.json());
}
