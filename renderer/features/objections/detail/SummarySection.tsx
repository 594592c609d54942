import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { ObjectionDetail, ObjectionTarget } from '../../../../shared/domain/objection';
import {
  applicantIdKindLabels,
  applicantRoleLabels,
  correctableFieldLabels,
  objectionGroundLabels,
  objectionOutcomeLabels,
} from '../../../../shared/domain/labels';
import { maskIdentifier } from '../../../../shared/identifiers';
import { formatDateTime } from '../../../app/format';
import { objectionDetailTexts as texts } from '../texts';

const Row = ({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) => (
  <>
    <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
      {label}
    </Typography>
    <Box sx={{ minWidth: 0, overflowWrap: 'anywhere' }} data-testid={testId}>
      <Typography variant="body2" component="div" sx={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Typography>
    </Box>
  </>
);

const grid = { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.75 } as const;

/** Who objects to what, why, and who took it in. */
export const SummarySection = ({ detail }: { detail: ObjectionDetail }) => {
  const { objection, subject } = detail;
  const { applicant } = objection;
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Box sx={grid}>
        <Row label={texts.subject} testId="objection-subject-name">
          {subject === null ? objection.subjectName : `${subject.name}（${subject.identifierMasked}）`}
        </Row>
        <Row label={texts.applicant} testId="objection-applicant-line">
          {texts.applicantLine(
            applicant.name,
            applicantRoleLabels[applicant.role],
            applicantIdKindLabels[applicant.idKind],
            maskIdentifier(applicant.idNumber, null),
          )}
        </Row>
        <Row label={texts.phone}>{applicant.phone}</Row>
        <Row label={texts.grounds}>{objectionGroundLabels[objection.grounds]}</Row>
        <Row label={texts.statement} testId="objection-statement-text">
          {objection.statement}
        </Row>
        <Row label={texts.acceptingUnit}>{objection.acceptingUnit}</Row>
        <Row label={texts.operator}>{objection.operator}</Row>
        <Row label={texts.createdAt}>{formatDateTime(objection.createdAt)}</Row>
        {objection.routedTo.length > 0 && (
          <Row label={texts.routedTo} testId="objection-routed-to">
            {objection.routedTo.join('、')}
          </Row>
        )}
      </Box>
    </Paper>
  );
};

const outcomeTone = { maintain: 'default', correct: 'primary', delete: 'success', mask: 'success' } as const;

const TargetItem = ({
  target,
  now,
}: {
  target: ObjectionTarget;
  now: ObjectionDetail['targetsNow'][number] | undefined;
}) => (
  <Paper variant="outlined" sx={{ p: 1.5 }} data-testid="objection-target" data-target-id={target.targetId}>
    <Stack spacing={0.5}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body1" sx={{ fontWeight: 600 }}>
          {target.title}
        </Typography>
        {target.outcome !== null && (
          <Chip
            label={`${texts.outcome}：${objectionOutcomeLabels[target.outcome]}`}
            size="small"
            color={outcomeTone[target.outcome]}
            data-testid="objection-target-outcome"
            data-outcome={target.outcome}
          />
        )}
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {texts.targetUnit(target.unit)}
      </Typography>
      {target.corrections.map((correction) => (
        <Typography key={correction.field} variant="body2" data-testid="objection-target-correction">
          {texts.corrected(
            correctableFieldLabels[correction.field],
            correction.previous ?? null,
            correction.value,
          )}
        </Typography>
      ))}
      <Typography variant="body2" data-testid="objection-target-now">
        {`${texts.targetNow}：${now === undefined || !now.exists ? texts.targetGone : now.statusLabel}`}
      </Typography>
    </Stack>
  </Paper>
);

/** The records objected to: as shown at intake, what was decided for each, and how the data has them now. */
export const TargetsList = ({ detail }: { detail: ObjectionDetail }) => {
  const { objection, targetsNow } = detail;
  return (
    <Stack spacing={1}>
      <Typography variant="h3" component="h2">
        {texts.targets(objection.targets.length)}
      </Typography>
      {objection.targets.map((target) => (
        <TargetItem
          key={`${target.targetTable}:${target.targetId}`}
          target={target}
          now={targetsNow.find(
            (each) => each.targetTable === target.targetTable && each.targetId === target.targetId,
          )}
        />
      ))}
    </Stack>
  );
};
