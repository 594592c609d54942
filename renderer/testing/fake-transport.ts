import type { Transport } from '../../shared/contract/api';
import {
  channels,
  type Channel,
  type ParsedRequestOf,
  type ResponseOf,
} from '../../shared/contract/channels';
import type { AppEvent } from '../../shared/contract/events';
import type { Result } from '../../shared/result';

type Produced<C extends Channel> = ResponseOf<C> | Result<ResponseOf<C>>;

/**
 * One channel's answer in a component test: a value, or an error as the core would send it; a function may return
 * a promise, for an answer the test lets arrive when it chooses (checked by the contract as it arrives).
 */
type Answer<C extends Channel> =
  Produced<C> | ((request: ParsedRequestOf<C>) => Produced<C> | Promise<Produced<C>>);

export type FakeHandlers = { [C in Channel]?: Answer<C> };

export type FakeTransport = Transport & {
  /** Every request made, in order, as the core received it (validated, defaults applied). */
  calls: { channel: Channel; request: unknown }[];
  callsTo: <C extends Channel>(channel: C) => ParsedRequestOf<C>[];
  emit: (event: AppEvent) => void;
  answer: <C extends Channel>(channel: C, answer: Answer<C>) => void;
};

const isResult = (value: unknown): value is Result<unknown> =>
  typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean';

/**
 * A transport for component tests, checked by the contract: a request the contract would refuse fails the test
 * (as the core would refuse it), and so does a canned answer that is not a valid response of its channel, so a
 * fake can never drift from what the core sends. A channel with no answer fails the test that calls it.
 */
export function createFakeTransport(handlers: FakeHandlers = {}): FakeTransport {
  const answers = new Map<Channel, unknown>(Object.entries(handlers) as [Channel, unknown][]);
  const listeners = new Set<(event: AppEvent) => void>();
  const calls: { channel: Channel; request: unknown }[] = [];
  return {
    calls,
    callsTo: <C extends Channel>(channel: C) =>
      calls.filter((call) => call.channel === channel).map((call) => call.request as ParsedRequestOf<C>),
    answer: (channel, answer) => {
      answers.set(channel, answer);
    },
    emit: (event) => {
      for (const listener of listeners) listener(event);
    },
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    invoke: async (channel: Channel, request: unknown): Promise<Result<unknown>> => {
      // Answer on a later turn, as a real transport does.
      await Promise.resolve();
      const entry = channels[channel];
      const parsed = entry.request.safeParse(request);
      if (!parsed.success)
        throw new Error(`${channel}: the UI sent a request the contract refuses: ${parsed.error.message}`);
      calls.push({ channel, request: parsed.data });
      if (!answers.has(channel)) throw new Error(`${channel}: no answer given to the fake transport`);
      const answer = answers.get(channel);
      const produced: unknown =
        typeof answer === 'function' ? await (answer as (r: unknown) => unknown)(parsed.data) : answer;
      const result = isResult(produced) ? produced : { ok: true as const, value: produced };
      if (result.ok) {
        const checked = entry.response.safeParse(result.value);
        if (!checked.success)
          throw new Error(`${channel}: the fake's answer is not a valid response: ${checked.error.message}`);
        return { ok: true, value: checked.data };
      }
      return result;
    },
  };
}
