import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { RepairDetail } from '../../../../shared/domain/repair';
import { queryKeyOf, useCoreQuery } from '../../../app/query/query-client';

/**
 * One application through the query cache, refetched when the core says repairs changed or a sync finished (it
 * brings the platform's decision). A failed refetch keeps what is shown, with the error above it. `replace` puts
 * in the core's answer to a step, without asking again, and makes the area's other answers (the list) old.
 */
export const useRepairDetail = (id: string) => {
  const query = useCoreQuery('repairs:get', { id });
  const queries = useQueryClient();
  const replace = useCallback(
    (detail: RepairDetail) => {
      queries.setQueryData(queryKeyOf('repairs:get', { id }), detail);
      void queries.invalidateQueries({
        predicate: ({ queryKey: [channel] }) =>
          typeof channel === 'string' && channel.startsWith('repairs:') && channel !== 'repairs:get',
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
