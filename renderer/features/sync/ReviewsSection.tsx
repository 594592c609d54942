import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { useReviewsStore } from './reviews-store';
import { ReviewsTable } from './ReviewsTable';
import { useSyncStore } from '../../app/sync/sync-store';
import { reviewTexts } from './texts';

/** 需复核: checks to look at again because their subject changed at the platform after an offline/stale check. */
export const ReviewsSection = () => {
  const { items, loading, error } = useReviewsStore();
  const load = useReviewsStore((state) => state.load);
  // A sync, an acknowledgement elsewhere or a reviews-changed event reloads the list.
  const reviewsVersion = useSyncStore((state) => state.reviewsVersion);
  useEffect(() => {
    void load();
  }, [load, reviewsVersion]);
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="reviews-list" data-count={items.length}>
      <Stack spacing={1}>
        <Typography variant="h3" component="h2">
          {reviewTexts.title(items.length)}
        </Typography>
        {items.length > 0 && (
          <Typography variant="body2" color="text.secondary">
            {reviewTexts.intro}
          </Typography>
        )}
        {loading && <LinearProgress aria-label={reviewTexts.loading} />}
        {error !== null && (
          <Alert severity="error" data-testid="reviews-error">
            {error}
          </Alert>
        )}
        {items.length > 0 ? (
          <ReviewsTable items={items} />
        ) : (
          !loading && (
            <Typography variant="body2" color="text.secondary" data-testid="reviews-empty">
              {reviewTexts.empty}
            </Typography>
          )
        )}
      </Stack>
    </Paper>
  );
};
