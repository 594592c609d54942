import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { attachmentKindLabels } from '../../../shared/domain/workflow-labels';
import { isFinalState } from '../../../shared/repair/state-machine';
import { AttachmentList } from '../../app/files/AttachmentList';
import { useRouter } from '../../app/router';
import { WorkflowConflictAlert } from '../../app/workflow/WorkflowConflictAlert';
import { describeRepairLocal, describeRepairServer } from './detail/conflict-versions';
import { DecisionBanner } from './detail/DecisionBanner';
import { RepairTimeline } from './detail/RepairTimeline';
import { SummarySection } from './detail/SummarySection';
import { useRepairDetail } from './detail/use-repair-detail';
import { WindowActions } from './detail/WindowActions';
import { RepairStateChip } from '../../app/repairs/RepairStateChip';
import { repairsTableTexts } from '../../app/repairs/texts';
import { detailTexts } from './texts';

/** One application: the decision or the deadline first, then who, what, the materials and the procedure. */
export const RepairDetailPage = ({ id }: { id: string }) => {
  const navigate = useRouter((state) => state.navigate);
  const { detail, error, loading, replace } = useRepairDetail(id);
  const texts = detailTexts;
  return (
    <Stack spacing={1.5} data-testid="repair-detail" data-repair-id={id} sx={{ maxWidth: 1200 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Button
          size="small"
          startIcon={<ArrowBackIcon />}
          onClick={() => navigate({ page: 'repairs' })}
          data-testid="repair-detail-back"
        >
          {texts.back}
        </Button>
        <Typography variant="h2" component="h1">
          {texts.title}
        </Typography>
        {detail !== null && (
          <>
            <RepairStateChip state={detail.application.state} size="medium" />
            {detail.pending && (
              <Chip label={repairsTableTexts.flags.pending} variant="outlined" data-testid="flag-pending" />
            )}
            {detail.conflicts.length > 0 && (
              <Chip
                label={repairsTableTexts.flags.conflict}
                color="error"
                variant="outlined"
                data-testid="flag-conflict"
              />
            )}
          </>
        )}
      </Stack>
      {loading && <LinearProgress aria-label={texts.loading} />}
      {error !== null && (
        <Alert severity="error" data-testid="repair-detail-error">
          {error}
        </Alert>
      )}
      {detail !== null && (
        <>
          <WorkflowConflictAlert
            conflicts={detail.conflicts}
            wording={detailTexts.conflict}
            describeLocal={describeRepairLocal}
            describeServer={describeRepairServer}
            testId="repair-conflict"
          />
          <DecisionBanner detail={detail} />
          {detail.pending && (
            <Alert severity="info" data-testid="repair-pending">
              {isFinalState(detail.application.state) ? texts.pending : texts.pendingOpen}
            </Alert>
          )}
          {detail.application.state === 'submitted' && (
            <WindowActions application={detail.application} onDetail={replace} />
          )}
          <Box
            sx={{
              display: 'grid',
              gap: 1.5,
              alignItems: 'start',
              gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 2fr) minmax(260px, 1fr)' },
            }}
          >
            <Stack spacing={1.5} sx={{ minWidth: 0 }}>
              <SummarySection detail={detail} />
              <Paper variant="outlined" sx={{ p: 2 }}>
                <AttachmentList
                  prefix="repair"
                  attachments={detail.application.attachments}
                  kindLabels={attachmentKindLabels}
                />
              </Paper>
            </Stack>
            <Paper variant="outlined" sx={{ p: 2 }}>
              <Typography variant="h3" component="h2" sx={{ mb: 1 }}>
                {texts.timeline}
              </Typography>
              <RepairTimeline application={detail.application} />
            </Paper>
          </Box>
        </>
      )}
    </Stack>
  );
};
