import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/contract/channels';
import { queryKeyOf, useCoreQuery } from './query-client';

/**
 * One stored item's detail through the query cache, refetched when the core's events make it old (staleAfter).
 * `replace` puts in the detail the core returned after the page's own action, without asking again; with
 * `areaChanged`, the area's other answers (its list) become old too, since the action changed them.
 */
export function useDetailQuery<C extends Channel>(
  channel: C,
  request: RequestOf<C>,
  options: { areaChanged?: boolean } = {},
) {
  const query = useCoreQuery(channel, request);
  const queries = useQueryClient();
  const areaChanged = options.areaChanged === true;
  const replace = useCallback(
    (detail: ResponseOf<C>) => {
      queries.setQueryData(queryKeyOf(channel, request), detail);
      if (!areaChanged) return;
      const area = `${channel.split(':')[0]}:`;
      void queries.invalidateQueries({
        predicate: ({ queryKey: [key] }) =>
          typeof key === 'string' && key.startsWith(area) && key !== channel,
      });
    },
    [queries, channel, request, areaChanged],
  );
  return {
    detail: query.data ?? null,
    error: query.error?.message ?? null,
    loading: query.isPending,
    replace,
  };
}
