import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { RepairDetail } from '../../../../shared/domain/repair';
import { repairOutcomeLabels, repairTargetLabels } from '../../../../shared/domain/workflow-labels';
import { maskIdentifier } from '../../../../shared/identifiers';
import { formatDateTime } from '../../../app/format';
import { useRouter } from '../../../app/router';
import { detailTexts, newRepairTexts } from '../texts';

const Row = ({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) => (
  <>
    <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
      {label}
    </Typography>
    <Box sx={{ minWidth: 0 }} data-testid={testId}>
      {typeof children === 'string' ? <Typography variant="body2">{children}</Typography> : children}
    </Box>
  </>
);

const grid = { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.75 } as const;

/** Who applies, for which record (with its status now), why, and the conditions frozen at acceptance. */
export const SummarySection = ({ detail }: { detail: RepairDetail }) => {
  const navigate = useRouter((state) => state.navigate);
  const { application, target } = detail;
  const { eligibility } = application;
  const texts = detailTexts;
  const none = newRepairTexts.candidates.noDate;
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Stack spacing={1.5}>
        <Box sx={grid}>
          <Row label={texts.applicant} testId="repair-applicant">
            {application.applicantName}
          </Row>
          <Row label={texts.identifier}>{maskIdentifier(application.applicantIdentifier, null)}</Row>
          <Row label={texts.handler}>
            {[application.handlerName, application.handlerPhone].filter((part) => part !== null).join(' · ')}
          </Row>
          <Row label={texts.target} testId="repair-target">
            {`${application.targetTitle}（${repairTargetLabels[application.targetTable]}）`}
          </Row>
          <Row label={texts.targetStatus}>
            {target.exists ? (
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <Chip
                  label={target.statusLabel}
                  size="small"
                  variant="outlined"
                  data-testid="repair-target-status"
                  data-status={target.status}
                />
                {target.publicationEndsOn !== null && (
                  <Typography variant="body2" color="text.secondary">
                    {`${texts.targetPublicationEndsOn}：${target.publicationEndsOn}`}
                  </Typography>
                )}
              </Stack>
            ) : (
              <Typography
                variant="body2"
                color="text.secondary"
                data-testid="repair-target-status"
                data-status=""
              >
                {texts.targetGone}
              </Typography>
            )}
          </Row>
          <Row label={texts.requestedOutcome}>{repairOutcomeLabels[application.requestedOutcome]}</Row>
          <Row label={texts.reasons}>
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
              {application.reasons}
            </Typography>
          </Row>
          <Row label={texts.acceptingUnit}>{application.acceptingUnit}</Row>
          <Row label={texts.operator}>{application.operator}</Row>
          <Row label={texts.createdAt}>{formatDateTime(application.createdAt)}</Row>
          {application.commitmentId !== null && (
            <Row label={texts.commitment}>
              <Button
                size="small"
                sx={{ px: 0, minWidth: 0 }}
                onClick={() => navigate({ page: 'commitment', id: application.commitmentId ?? '' })}
                data-testid="repair-commitment-link"
              >
                {texts.openCommitment}
              </Button>
            </Row>
          )}
        </Box>
        <Divider />
        <Stack spacing={0.5} data-testid="repair-eligibility">
          <Typography variant="subtitle2" component="h3">
            {texts.eligibility}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {texts.eligibilityHint}
          </Typography>
          <Typography variant="body2">
            {[
              ...(eligibility.regimeName === null || eligibility.regimeName === undefined
                ? []
                : [
                    `${texts.regime}：${newRepairTexts.candidates.regimeLine(
                      eligibility.regimeName,
                      eligibility.decidedUnder,
                    )}`,
                  ]),
              `${texts.eligibleFrom}：${eligibility.eligibleFrom ?? none}`,
              `${texts.publicationEndsOn}：${eligibility.publicationEndsOn ?? none}`,
            ].join('　')}
          </Typography>
          <Typography variant="body2">{eligibility.message}</Typography>
          {eligibility.unconfirmed.map((note) => (
            <Stack key={note} direction="row" spacing={0.5} sx={{ alignItems: 'flex-start' }}>
              <WarningAmberIcon sx={{ fontSize: 16, mt: '2px' }} color="warning" />
              <Typography variant="caption" color="warning.main">
                {`${texts.unconfirmed}：${note}`}
              </Typography>
            </Stack>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
};
