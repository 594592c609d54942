import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { CheckDetail } from '../../../shared/domain/check';
import { queryKeyOf, useCoreQuery } from '../../app/query/query-client';

/**
 * One stored check through the query cache (refetched when the core says checks changed: a sync, a review);
 * `replace` puts in the detail the core returned after feedback, without asking again.
 */
export const useCheckDetail = (checkId: string) => {
  const query = useCoreQuery('check:get', { checkId });
  const queries = useQueryClient();
  const replace = useCallback(
    (detail: CheckDetail) => queries.setQueryData(queryKeyOf('check:get', { checkId }), detail),
    [queries, checkId],
  );
  return {
    detail: query.data ?? null,
    error: query.error?.message ?? null,
    loading: query.isPending,
    replace,
  };
};
