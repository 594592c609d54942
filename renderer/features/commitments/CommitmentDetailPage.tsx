import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useRouter } from '../../app/router';
import { CommitmentDetailView } from './detail/CommitmentDetailView';
import { useCommitmentDetail } from './detail/use-commitment-detail';
import { detailTexts } from './texts';

/** One commitment: its fields and state, verification while pending, and the printable 承诺书. */
export const CommitmentDetailPage = ({ id }: { id: string }) => {
  const navigate = useRouter((state) => state.navigate);
  const { detail, error, loading, replace } = useCommitmentDetail(id);
  return (
    <Stack spacing={1.5} data-testid="commitment-detail" data-commitment-id={id} sx={{ maxWidth: 1100 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Button
          size="small"
          startIcon={<ArrowBackIcon />}
          onClick={() => navigate({ page: 'commitments' })}
          data-testid="commitment-back"
        >
          {detailTexts.back}
        </Button>
        <Typography variant="h2" component="h1">
          {detailTexts.title}
        </Typography>
      </Stack>
      {loading && <LinearProgress aria-label={detailTexts.loading} />}
      {error !== null && (
        <Alert severity="error" data-testid="commitment-error">
          {error}
        </Alert>
      )}
      {detail !== null && <CommitmentDetailView detail={detail} onDetail={replace} />}
    </Stack>
  );
};
