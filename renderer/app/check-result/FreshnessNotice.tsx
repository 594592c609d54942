import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import type { Freshness } from '../../../shared/domain/check';
import { formatDateTime } from '../format';
import { resultTexts } from './texts';

/** Freshness of the data the verdict was made on, as recorded with the check. */
export const FreshnessNotice = ({ freshness }: { freshness: Freshness }) => {
  const texts = resultTexts.freshness;
  if (freshness.stale) {
    const hours = Math.floor(freshness.ageHours ?? freshness.staleAfterHours);
    return (
      <Alert severity="warning" data-testid="freshness" data-stale="true">
        {freshness.cacheAsOf === null
          ? texts.staleNoData
          : texts.stale(formatDateTime(freshness.cacheAsOf), hours)}
      </Alert>
    );
  }
  return (
    <Typography variant="caption" color="text.secondary" data-testid="freshness" data-stale="false">
      {freshness.cacheAsOf === null ? texts.staleNoData : texts.fresh(formatDateTime(freshness.cacheAsOf))}
    </Typography>
  );
};
