import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ReviewItem } from '../../../shared/domain/sync';
import { useCoreQuery } from '../query/query-client';

/**
 * The open 需复核 flag of one stored check, or null. Reads the open list (refetched when the core says reviews
 * changed, or a sync finished) and picks the check out of it: fine while flagged checks are few (a channel for
 * one check would be the next step). `reload` makes the reviews' answers old, after an acknowledgement.
 */
export const useReviewFlag = (checkId: string): { item: ReviewItem | null; reload: () => void } => {
  const query = useCoreQuery('reviews:list', { includeAcknowledged: false });
  const queries = useQueryClient();
  const reload = useCallback(() => {
    void queries.invalidateQueries({ predicate: ({ queryKey: [channel] }) => channel === 'reviews:list' });
  }, [queries]);
  return { item: query.data?.items.find((item) => item.checkId === checkId) ?? null, reload };
};
