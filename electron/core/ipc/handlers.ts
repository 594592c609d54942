import type { Channel, ParsedRequestOf, ResponseOf } from '../../../shared/contract/channels';
import type { Result } from '../../../shared/result';

/** One handler per contract channel: it receives the validated request and returns a Result. */
export type Handler<C extends Channel> = (
  request: ParsedRequestOf<C>,
) => Result<ResponseOf<C>> | Promise<Result<ResponseOf<C>>>;

/** The full table; a missing channel is a compile error where the core assembles it. */
export type Handlers = { [C in Channel]: Handler<C> };

/** The handlers one domain contributes. */
export type HandlersOf<C extends Channel> = { [K in C]: Handler<K> };
