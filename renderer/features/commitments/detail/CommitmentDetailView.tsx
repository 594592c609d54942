import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import PrintIcon from '@mui/icons-material/Print';
import { useState } from 'react';
import type { CommitmentDetail } from '../../../../shared/domain/commitment';
import { commitmentDueLabels } from '../../../../shared/domain/workflow-labels';
import { WorkflowConflictAlert } from '../../../app/workflow/WorkflowConflictAlert';
import { commitmentDueTone } from '../../../theme/tokens';
import { CommitmentPrint } from '../print/CommitmentPrint';
import { detailTexts } from '../texts';
import { CommitmentFields } from './CommitmentFields';
import { describeVersion } from './conflict-versions';
import { VerificationForm } from './VerificationForm';
import { VerificationResult } from './VerificationResult';

type Props = { detail: CommitmentDetail; onDetail: (detail: CommitmentDetail) => void };

/** The code first and large, its state, any conflict, then the fields and the verification. */
export const CommitmentDetailView = ({ detail, onDetail }: Props) => {
  const [printing, setPrinting] = useState(false);
  const { commitment } = detail;
  return (
    <>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Stack sx={{ flexGrow: 1 }}>
            <Typography variant="caption" color="text.secondary">
              {detailTexts.code}
            </Typography>
            <Typography
              component="div"
              data-testid="commitment-code-value"
              sx={{ fontSize: '1.6rem', fontWeight: 700, fontFamily: 'monospace', letterSpacing: '0.06em' }}
            >
              {commitment.code}
            </Typography>
            <Typography variant="body1" data-testid="commitment-committer-heading">
              {commitment.committer.name}
            </Typography>
          </Stack>
          <Chip
            label={commitmentDueLabels[detail.due]}
            color={commitmentDueTone[detail.due]}
            data-testid="commitment-state"
            data-due={detail.due}
            data-state={commitment.state}
            sx={{ fontSize: '0.95rem' }}
          />
          <Button
            variant="outlined"
            startIcon={<PrintIcon />}
            onClick={() => setPrinting(true)}
            data-testid="commitment-print-open"
          >
            {detailTexts.print}
          </Button>
        </Stack>
      </Paper>
      <WorkflowConflictAlert
        conflicts={detail.conflicts}
        wording={detailTexts.conflict}
        describeLocal={describeVersion}
        describeServer={describeVersion}
        testId="commitment-conflict"
      />
      <CommitmentFields detail={detail} />
      {commitment.state === 'pending' ? (
        <VerificationForm key={commitment.version} commitment={commitment} onVerified={onDetail} />
      ) : (
        <VerificationResult commitment={commitment} />
      )}
      {printing && <CommitmentPrint detail={detail} onClose={() => setPrinting(false)} />}
    </>
  );
};
