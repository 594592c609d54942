import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useAskedOnOpen } from '../../app/list/use-asked-on-open';
import { useCoreQuery } from '../../app/query/query-client';
import { useSyncStore } from '../../app/sync/sync-store';
import { client } from '../../transport/client';

/**
 * The open 需复核 list, from the query cache: asked again when the page opens and when the core says reviews
 * changed or a sync finished (staleAfter).
 */
export const useOpenReviews = () => {
  useAskedOnOpen('reviews:list');
  const query = useCoreQuery('reviews:list', { includeAcknowledged: false });
  return {
    items: query.data?.items ?? [],
    loading: query.isFetching,
    error: query.error?.message ?? null,
  };
};

/** 复核完成: one at a time; the core's answer is the badge's count, and the reviews' answers become old. */
export const useAcknowledgeReview = () => {
  const queries = useQueryClient();
  const [acknowledging, setAcknowledging] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (checkId: string) => {
      if (acknowledging !== null) return;
      setAcknowledging(checkId);
      setError(null);
      const result = await client.call('reviews:acknowledge', { checkId });
      setAcknowledging(null);
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      useSyncStore.setState({ reviewsOpen: result.value.open });
      await queries.invalidateQueries({
        predicate: ({ queryKey: [channel] }) => typeof channel === 'string' && channel.startsWith('reviews:'),
      });
    },
    [acknowledging, queries],
  );
  const acknowledge = useCallback((checkId: string) => void run(checkId), [run]);
  return { acknowledging, error, acknowledge };
};
