import type { Transport } from '../../shared/contract/api';
import { AppEvent } from '../../shared/contract/events';
import type { Channel } from '../../shared/contract/channels';
import type { Result } from '../../shared/result';
import { reportReachable } from './reachability';
import { transportTexts } from './texts';
import { browserHostRoutes } from '../../shared/contract/browser-host';

const transportFailure: Result<unknown> = {
  ok: false,
  error: { code: 'TRANSPORT', message: transportTexts.unreachable },
};

const isResult = (value: unknown): value is Result<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';

/** The browser host's side of the contract (paths in shared/contract/browser-host.ts). */
export const createHttpTransport = (token: string | null): Transport => {
  const invoke = async (channel: Channel, request: unknown): Promise<Result<unknown>> => {
    let response: Response;
    try {
      response = await fetch(`${browserHostRoutes.invoke}${encodeURIComponent(channel)}`, {
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
    const source = new EventSource(`${browserHostRoutes.events}${query}`);
    source.onmessage = (message: MessageEvent<string>) => {
      try {
        // Checked against the contract's event union, as the preload does on the Electron side.
        const event = AppEvent.safeParse(JSON.parse(message.data));
        if (event.success) listener(event.data);
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
