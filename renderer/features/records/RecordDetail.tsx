import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import type { CheckDetail } from '../../../shared/domain/check';
import { useRouter } from '../../app/router';
import { useCheckStore } from '../../app/check/check-store';
import { ExternalQueryPanel } from '../../app/check-result/external/ExternalQueryPanel';
import { FeedbackPanel } from '../../app/check-result/feedback/FeedbackPanel';
import { ResultCard } from '../../app/check-result/ResultCard';
import { CheckSheetButton } from '../../app/check-sheet/CheckSheetButton';
import { ReviewFlag } from '../../app/sync/ReviewFlag';
import { DeliveryNotice } from '../../app/records/DeliveryNotice';
import { recordsTexts } from './texts';
import { useCheckDetail } from './use-check-detail';

/** One stored check: the evidence snapshot as it was, its feedback, and the form while feedback is open. */
export const RecordDetail = ({ checkId }: { checkId: string }) => {
  const navigate = useRouter((state) => state.navigate);
  const applyToCheckPage = useCheckStore((state) => state.applyDetail);
  const { detail, error, loading, replace } = useCheckDetail(checkId);
  const texts = recordsTexts.detail;
  const onDetail = (next: CheckDetail): void => {
    replace(next);
    applyToCheckPage(next);
  };
  return (
    <Stack spacing={1.5} data-testid="record-detail" data-check-id={checkId}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Button
          size="small"
          startIcon={<ArrowBackIcon />}
          onClick={() => navigate({ page: 'records' })}
          data-testid="record-back"
        >
          {texts.back}
        </Button>
        <Typography variant="h2" component="h1" sx={{ flex: 1 }}>
          {texts.title}
        </Typography>
        {detail !== null && <CheckSheetButton checkId={detail.result.checkId} />}
      </Stack>
      {loading && <LinearProgress aria-label={texts.loading} />}
      {error !== null && (
        <Alert severity="error" data-testid="record-error">
          {error}
        </Alert>
      )}
      {detail !== null && (
        <>
          <ReviewFlag detail={detail} />
          <Stack spacing={0.25}>
            <Typography variant="h3" component="h2">
              {texts.snapshot}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {texts.snapshotHint}
            </Typography>
          </Stack>
          <ResultCard
            result={detail.result}
            answeredHits={new Set(detail.feedback.map((record) => record.hitKey))}
          />
          <ExternalQueryPanel detail={detail} onDetail={onDetail} />
          <FeedbackPanel detail={detail} onDetail={onDetail} />
          <DeliveryNotice delivery={detail.delivery} />
        </>
      )}
    </Stack>
  );
};
