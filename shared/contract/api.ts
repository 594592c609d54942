import type { Result } from '../result';
import type { AppEvent } from './events';
import type { Channel, RequestOf, ResponseOf } from './channels';

/** What the preload exposes as `window.api`, and what the browser transport implements the same way. */
export type Transport = {
  invoke: (channel: Channel, request: unknown) => Promise<Result<unknown>>;
  /** Returns a function that stops listening. */
  onEvent: (listener: (event: AppEvent) => void) => () => void;
};

/** The typed client the renderer uses, derived from the contract. */
export type Client = {
  call: <C extends Channel>(channel: C, request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
  onEvent: Transport['onEvent'];
};
