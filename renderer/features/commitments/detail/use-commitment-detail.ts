import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { CommitmentDetail } from '../../../../shared/domain/commitment';
import { queryKeyOf, useCoreQuery } from '../../../app/query/query-client';

/**
 * One commitment through the query cache, refetched when the core says commitments changed or a sync finished
 * (staleAfter). `replace` puts in the core's answer to a verify, without asking again, and makes the area's other
 * answers (the list) old.
 */
export const useCommitmentDetail = (id: string) => {
  const query = useCoreQuery('commitments:get', { id });
  const queries = useQueryClient();
  const replace = useCallback(
    (detail: CommitmentDetail) => {
      queries.setQueryData(queryKeyOf('commitments:get', { id }), detail);
      void queries.invalidateQueries({
        predicate: ({ queryKey: [channel] }) =>
          typeof channel === 'string' && channel.startsWith('commitments:') && channel !== 'commitments:get',
      });
    },
    [queries, id],
  );
  return {
    detail: query.data ?? null,
    error: query.error?.message ?? null,
    loading: query.isPending,
    replace,
  };
};
