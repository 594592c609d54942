import type { Client, Transport } from '../../shared/contract/api';
import type { Channel, RequestOf, ResponseOf } from '../../shared/contract/channels';
import type { Result } from '../../shared/result';
import { createHttpTransport } from './http-transport';
import { reportReachable } from './reachability';
import { reportSignInRequired } from './session-required';
import { takeToken } from './token';
import { transportTexts } from './texts';

/** window.api (Electron preload) when present, else the browser host over loopback HTTP. */
const pickTransport = (): Transport => window.api ?? createHttpTransport(takeToken());

/**
 * The typed client: request and response types come from the contract table. Responses are trusted as the host
 * validated them against the same schemas; the client only guarantees it never throws.
 */
export const createClient = (transport: Transport): Client => ({
  call: async <C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>> => {
    let result: Result<unknown>;
    try {
      result = await transport.invoke(channel, request);
    } catch {
      result = { ok: false, error: { code: 'TRANSPORT', message: transportTexts.unreachable } };
    }
    reportReachable(result.ok || result.error.code !== 'TRANSPORT');
    if (!result.ok && result.error.code === 'SIGN_IN_REQUIRED') reportSignInRequired();
    return result as Result<ResponseOf<C>>;
  },
  onEvent: (listener) => transport.onEvent(listener),
});

export const client: Client = createClient(pickTransport());
