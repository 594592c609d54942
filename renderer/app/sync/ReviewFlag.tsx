import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import type { CheckDetail } from '../../../shared/domain/check';
import { formatDateTime } from '../format';
import { useRouter } from '../router';
import { client } from '../../transport/client';
import { useCheckStore } from '../check/check-store';
import { reviewFlagTexts } from './texts';
import { useReviewFlag } from './use-review-flag';

/**
 * On a record's detail, when the check is flagged 需复核 and not yet acknowledged: why, and 重新核查 with the same
 * approval and applicant on the check page.
 */
export const ReviewFlag = ({ detail }: { detail: CheckDetail }) => {
  const checkId = detail.result.checkId;
  const { item, reload } = useReviewFlag(checkId);
  const navigate = useRouter((state) => state.navigate);
  const prefill = useCheckStore((state) => state.prefill);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (item === null) return null;
  const texts = reviewFlagTexts;

  const recheck = (): void => {
    const { context, subject, query } = detail.result;
    prefill({
      caseNumber: context.caseNumber,
      matterCode: context.matter.code,
      raw: subject?.identifier ?? query.normalized,
    });
    navigate({ page: 'check' });
  };

  const acknowledge = async (): Promise<void> => {
    setBusy(true);
    const result = await client.call('reviews:acknowledge', { checkId });
    setBusy(false);
    setError(result.ok ? null : result.error.message);
    reload();
  };

  return (
    <Alert
      severity="warning"
      data-testid="review-flag"
      action={
        <Stack direction="row" spacing={1}>
          <Button
            color="inherit"
            variant="outlined"
            size="small"
            onClick={recheck}
            data-testid="review-recheck"
          >
            {texts.recheck}
          </Button>
          <Button
            color="inherit"
            size="small"
            disabled={busy}
            onClick={() => void acknowledge()}
            data-testid="review-flag-ack"
          >
            {texts.acknowledge}
          </Button>
        </Stack>
      }
    >
      <AlertTitle>{texts.title}</AlertTitle>
      {texts.message}
      <div>{texts.reason(item.reason, formatDateTime(item.flaggedAt))}</div>
      {error !== null && <div data-testid="review-flag-error">{error}</div>}
    </Alert>
  );
};
