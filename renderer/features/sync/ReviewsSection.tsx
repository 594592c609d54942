import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ReviewsTable } from './ReviewsTable';
import { reviewTexts } from './texts';
import { useAcknowledgeReview, useOpenReviews } from './use-reviews';

/** 需复核: checks to look at again because their subject changed at the platform after an offline/stale check. */
export const ReviewsSection = () => {
  // A sync, an acknowledgement (here or on a record) or a reviews-changed event makes the list old.
  const { items, loading, error: listError } = useOpenReviews();
  const { acknowledging, error: acknowledgeError, acknowledge } = useAcknowledgeReview();
  const error = acknowledgeError ?? listError;
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
          <ReviewsTable items={items} acknowledging={acknowledging} onAcknowledge={acknowledge} />
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
