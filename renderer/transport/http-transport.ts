import type { Transport } from '../../shared/contract/api';
import type { AppEvent } from '../../shared/contract/events';
import type { Channel } from '../../shared/contract/channels';
import type { Result } from '../../shared/result';
import { reportReachable } from './reachability';
import { transportTexts } from './texts';

const transportFailure: Result<unknown> = {
  ok: false,
  error: { code: 'TRANSPORT', message: transportTexts.unreachable },
};

const isResult = (value: unknown): value is Result<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';

const isAppEvent = (value: unknown): value is AppEvent =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

/** The browser host's side of the contract: POST /api/invoke/<channel>, events over server-sent events. */
export const createHttpTransport = (token: string | null): Transport => {
  const invoke = async (channel: Channel, request: unknown): Promise<Result<unknown>> => {
    let response: Response;
    try {
      response = await fetch(`/api/invoke/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
        },
        body: JSON.stringify(request),
      });
    } catch {
      return transportFailure;
    }
    try {
      const body: unknown = await response.json();
      if (isResult(body)) return body;
    } catch {
      // Falls through: a body that is not a Result is a host fault, reported the same way below.
    }
    return {
      ok: false,
      error: { code: 'TRANSPORT', message: transportTexts.badResponse(response.status) },
    };
  };

  const onEvent: Transport['onEvent'] = (listener) => {
    const query = token === null ? '' : `?token=${encodeURIComponent(token)}`;
    const source = new EventSource(`/api/events${query}`);
    source.onmessage = (message: MessageEvent<string>) => {
      try {
        const event: unknown = JSON.parse(message.data);
        if (isAppEvent(event)) listener(event);
      } catch {
        // A malformed event is dropped; the next app:info refresh brings the state back.
      }
    };
    // The event stream is the one open line to the host: losing it means the host is gone (EventSource keeps
    // retrying by itself, and reopening means it is back).
    source.onopen = () => reportReachable(true);
    source.onerror = () => reportReachable(false);
    return () => source.close();
  };

  return { invoke, onEvent };
};
