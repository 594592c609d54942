import { keepPreviousData, QueryClient, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { AppEvent } from '../../../shared/contract/events';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/contract/channels';
import { client } from '../../transport/client';
import { onAppEvent } from '../../transport/events';

/** A refusal of the core, carried as the query's error: its code for the program, its Chinese for the person. */
export class CoreRefusal extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** The refusal's details (a BAD_REQUEST's issues), for placing it at a form's fields. */
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/**
 * Server state of the renderer: answers of the core, cached by channel and request. The core is local, so a
 * failed call is not retried (its refusal is the answer) and nothing refetches on window focus: what changes
 * the data is the core's events (startQueryRefresh).
 */
export const createQueryClient = (): QueryClient =>
  new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 } },
  });

export const queryClient = createQueryClient();

export const queryKeyOf = <C extends Channel>(channel: C, request: RequestOf<C>) =>
  [channel, request] as const;

/** One channel's answer as a query; a refusal is the query's error (CoreRefusal, in the core's words). */
export function useCoreQuery<C extends Channel>(
  channel: C,
  /** null: nothing to ask yet (e.g. no record chosen); the query waits. */
  request: RequestOf<C> | null,
  options: {
    /** Asked again every so many ms, for what no event announces (e.g. the shell's update status). */
    refetchInterval?: number;
    /** Keep showing the previous answer while a new request (another page, filter or sort) is asked. */
    keepPrevious?: boolean;
  } = {},
): UseQueryResult<ResponseOf<C>, CoreRefusal> {
  return useQuery<ResponseOf<C>, CoreRefusal>({
    refetchInterval: options.refetchInterval,
    placeholderData: options.keepPrevious === true ? keepPreviousData : undefined,
    enabled: request !== null,
    queryKey: [channel, request],
    queryFn: async () => {
      if (request === null) throw new CoreRefusal('BAD_REQUEST', '没有可查询的内容');
      const result = await client.call(channel, request);
      if (!result.ok) throw new CoreRefusal(result.error.code, result.error.message, result.error.details);
      return result.value;
    },
  });
}

/** Which cached answers an event of the core makes old: a sync may change anything, a check changes checks. */
export const staleAfter = (event: AppEvent): ((channel: string) => boolean) | null => {
  switch (event.type) {
    case 'sync-finished':
      return () => true;
    case 'check-recorded':
      return (channel) =>
        channel.startsWith('check:') || channel.startsWith('dashboard:') || channel === 'sync:status';
    // A review flags or clears stored checks, and changes the open 需复核 list.
    case 'reviews-changed':
      return (channel) => channel.startsWith('check:') || channel.startsWith('reviews:');
    case 'workflow-changed':
      return (channel) => channel.startsWith(`${event.area}:`) || channel.startsWith('dashboard:');
    // A platform that now answers (or not) may say it runs the demo data set.
    case 'connectivity':
      return (channel) => channel === 'app:info' || channel === 'sync:status';
    case 'sync-live':
      return (channel) => channel === 'sync:status';
    default:
      return null;
  }
};

/** Refetches what the core's events make old; returns the stop function. */
export const startQueryRefresh = (queries: QueryClient = queryClient): (() => void) =>
  onAppEvent((event) => {
    const stale = staleAfter(event);
    if (stale === null) return;
    void queries.invalidateQueries({
      predicate: (query) => typeof query.queryKey[0] === 'string' && stale(query.queryKey[0]),
    });
  });
