import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { isOpenObjection } from '../../../shared/objection/state-machine';
import { AttachmentList } from '../../app/files/AttachmentList';
import { ObjectionStateChip } from '../../app/objections/ObjectionStateChip';
import { objectionAttachmentKindLabels, objectionsTableTexts } from '../../app/objections/texts';
import { useDetailQuery } from '../../app/query/use-detail-query';
import { useRouter } from '../../app/router';
import { WorkflowConflictAlert } from '../../app/workflow/WorkflowConflictAlert';
import { describeObjectionLocal, describeObjectionServer } from './detail/conflict-versions';
import { DecisionBanner } from './detail/DecisionBanner';
import { ObjectionTimeline } from './detail/ObjectionTimeline';
import { SummarySection, TargetsList } from './detail/SummarySection';
import { WithdrawAction } from './detail/WithdrawAction';
import { DocumentButtons } from './print/DocumentPrint';
import { objectionDetailTexts as texts } from './texts';

/** One objection: its result or deadline first, the documents, then who, what, the materials and the procedure. */
export const ObjectionDetailPage = ({ id }: { id: string }) => {
  const navigate = useRouter((state) => state.navigate);
  // Refetched when a sync finishes (it brings the platform's decision); a step's answer replaces it.
  const { detail, error, loading, replace } = useDetailQuery('objections:get', { id }, { areaChanged: true });
  const flags = objectionsTableTexts.flags;
  return (
    <Stack spacing={1.5} data-testid="objection-detail" data-objection-id={id} sx={{ maxWidth: 1200 }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Button
          size="small"
          startIcon={<ArrowBackIcon />}
          onClick={() => navigate({ page: 'objections' })}
          data-testid="objection-detail-back"
        >
          {texts.back}
        </Button>
        <Typography variant="h2" component="h1">
          {texts.title}
        </Typography>
        {detail !== null && (
          <>
            <ObjectionStateChip state={detail.objection.state} size="medium" />
            {detail.pending && <Chip label={flags.pending} variant="outlined" data-testid="flag-pending" />}
            {detail.conflicts.length > 0 && (
              <Chip label={flags.conflict} color="error" variant="outlined" data-testid="flag-conflict" />
            )}
            <Box sx={{ flex: 1 }} />
            <DocumentButtons detail={detail} />
          </>
        )}
      </Stack>
      {loading && <LinearProgress aria-label={texts.loading} />}
      {error !== null && (
        <Alert severity="error" data-testid="objection-detail-error">
          {error}
        </Alert>
      )}
      {detail !== null && (
        <>
          <WorkflowConflictAlert
            conflicts={detail.conflicts}
            wording={texts.conflict}
            describeLocal={describeObjectionLocal}
            describeServer={describeObjectionServer}
            testId="objection-conflict"
          />
          <DecisionBanner detail={detail} />
          {detail.pending && (
            <Alert severity="info" data-testid="objection-pending">
              {isOpenObjection(detail.objection.state) ? texts.pendingOpen : texts.pending}
            </Alert>
          )}
          {isOpenObjection(detail.objection.state) && (
            <WithdrawAction objection={detail.objection} onDetail={replace} />
          )}
          <Box
            sx={{
              display: 'grid',
              gap: 1.5,
              alignItems: 'start',
              gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 2fr) minmax(240px, 1fr)' },
            }}
          >
            <Stack spacing={1.5} sx={{ minWidth: 0 }}>
              <SummarySection detail={detail} />
              <TargetsList detail={detail} />
              <Paper variant="outlined" sx={{ p: 2 }}>
                <AttachmentList
                  prefix="objection"
                  attachments={detail.objection.attachments}
                  kindLabels={objectionAttachmentKindLabels}
                />
              </Paper>
            </Stack>
            <Paper variant="outlined" sx={{ p: 2 }}>
              <Typography variant="h3" component="h2" sx={{ mb: 1 }}>
                {texts.timeline}
              </Typography>
              <ObjectionTimeline objection={detail.objection} />
            </Paper>
          </Box>
        </>
      )}
    </Stack>
  );
};
