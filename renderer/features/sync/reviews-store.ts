import { create } from 'zustand';
import type { ReviewItem } from '../../../shared/domain/sync';
import { client } from '../../transport/client';
import { useSyncStore } from '../../app/sync/sync-store';

type ReviewsState = {
  items: ReviewItem[];
  loading: boolean;
  error: string | null;
  /** checkId being acknowledged, so its button waits. */
  acknowledging: string | null;
  load: () => Promise<void>;
  acknowledge: (checkId: string) => Promise<void>;
};

/** The open 需复核 list of the sync page. */
export const useReviewsStore = create<ReviewsState>()((set, get) => {
  let requestSerial = 0;
  return {
    items: [],
    loading: false,
    error: null,
    acknowledging: null,
    load: async () => {
      requestSerial += 1;
      const serial = requestSerial;
      set({ loading: true });
      const result = await client.call('reviews:list', { includeAcknowledged: false });
      if (serial !== requestSerial) return;
      set(
        result.ok
          ? { items: result.value.items, loading: false, error: null }
          : { loading: false, error: result.error.message },
      );
    },
    acknowledge: async (checkId) => {
      if (get().acknowledging !== null) return;
      set({ acknowledging: checkId, error: null });
      const result = await client.call('reviews:acknowledge', { checkId });
      set({ acknowledging: null });
      if (!result.ok) {
        set({ error: result.error.message });
        return;
      }
      useSyncStore.setState({ reviewsOpen: result.value.open });
      await get().load();
    },
  };
});
