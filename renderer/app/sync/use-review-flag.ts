import { useCallback, useEffect, useState } from 'react';
import type { ReviewItem } from '../../../shared/domain/sync';
import { client } from '../../transport/client';
import { useSyncStore } from './sync-store';

type FlagState = { checkId: string; item: ReviewItem | null };

/**
 * The open 需复核 flag of one stored check, or null. Reads the open list and picks the check out of it: fine while
 * flagged checks are few (a channel for one check would be the next step).
 */
export const useReviewFlag = (checkId: string): { item: ReviewItem | null; reload: () => void } => {
  const [state, setState] = useState<FlagState>({ checkId, item: null });
  const [serial, setSerial] = useState(0);
  const reviewsVersion = useSyncStore((store) => store.reviewsVersion);
  useEffect(() => {
    let current = true;
    void client.call('reviews:list', { includeAcknowledged: false }).then((result) => {
      if (!current || !result.ok) return;
      setState({ checkId, item: result.value.items.find((item) => item.checkId === checkId) ?? null });
    });
    return () => {
      current = false;
    };
  }, [checkId, reviewsVersion, serial]);
  const reload = useCallback(() => setSerial((value) => value + 1), []);
  return { item: state.checkId === checkId ? state.item : null, reload };
};
