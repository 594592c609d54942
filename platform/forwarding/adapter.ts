import type { ProvincialRecord } from '../../shared/feedback-forwarding/field-map';

/**
 * How one attempt ended. `retry`: worth trying again later (the receiver down, slow, or failing); `refused`: the
 * receiver says the record itself is wrong, which trying again will not change (stops at once). Messages are
 * Chinese: they reach the window as the reason a record is not delivered.
 */
export type DeliveryOutcome = { ok: true } | { ok: false; retry: boolean; error: string };

/** Where forwarded records go: the provincial 联合奖惩 system, or the reference receiver standing in for it. */
export type ProvincialAdapter = {
  deliver: (record: ProvincialRecord, deliveryKey: string) => Promise<DeliveryOutcome>;
};

export const DEFAULT_DELIVERY_TIMEOUT_MS = 15_000;

/** The body of each POST: the key the receiver de-duplicates by, and the record in the field set's order. */
export type DeliveryBody = { deliveryKey: string; record: ProvincialRecord };

const reasonOf = async (response: Response): Promise<string> => {
  try {
    const body = (await response.json()) as { message?: unknown };
    return typeof body.message === 'string' ? `：${body.message.slice(0, 200)}` : '';
  } catch {
    return '';
  }
};

/**
 * POSTs each record as JSON to `url` (Node's fetch), with the delivery key also as the Idempotency-Key header.
 * 2xx: delivered. 408, 429, 5xx, no answer within `timeoutMs`, or no connection: retried. Another 4xx: refused.
 */
export function httpProvincialAdapter(options: { url: string; timeoutMs?: number }): ProvincialAdapter {
  const timeoutMs = options.timeoutMs ?? DEFAULT_DELIVERY_TIMEOUT_MS;
  return {
    deliver: async (record, deliveryKey) => {
      let response: Response;
      try {
        response = await fetch(options.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': deliveryKey },
          body: JSON.stringify({ deliveryKey, record } satisfies DeliveryBody),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        const timedOut = error instanceof Error && error.name === 'TimeoutError';
        return {
          ok: false,
          retry: true,
          error: timedOut
            ? `省联合奖惩系统在${Number((timeoutMs / 1000).toFixed(1))}秒内未响应`
            : '无法连接省联合奖惩系统（连接被拒绝或网络不通）',
        };
      }
      if (response.ok) {
        await response.body?.cancel();
        return { ok: true };
      }
      const reason = await reasonOf(response);
      const status = response.status;
      if (status === 408 || status === 429 || status >= 500)
        return { ok: false, retry: true, error: `省联合奖惩系统暂时无法接收（状态码 ${status}）${reason}` };
      return { ok: false, retry: false, error: `省联合奖惩系统拒收该记录（状态码 ${status}）${reason}` };
    },
  };
}
