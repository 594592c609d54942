import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Collapse from '@mui/material/Collapse';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useId, useState } from 'react';
import type { Hit } from '../../../shared/domain/check';
import type { Subject } from '../../../shared/domain/subject';
import { ObjectionMarkChip } from '../objections/ObjectionMarkChip';
import { RaiseObjectionButton } from '../objections/RaiseObjectionButton';
import { listKindLabels } from '../../../shared/domain/labels';
import { formatDate } from '../format';
import { resultTexts } from './texts';
import { Field, FieldGrid } from '../fields/Field';
import { MeasureList } from './MeasureList';

const kindTone = { red: 'success', serious: 'error', abnormal: 'warning' } as const;

/** One list entry of the subject and what it means for this matter. */
export const HitCard = ({
  hit,
  answered,
  subject = null,
  checkId = null,
}: {
  hit: Hit;
  answered: boolean;
  /** The checked subject and the check: 提出异议 on the entry starts an objection with them. */
  subject?: Subject | null;
  checkId?: string | null;
}) => {
  const texts = resultTexts.hits;
  const [showOthers, setShowOthers] = useState(false);
  const othersId = useId();
  const { entry, listType } = hit;
  const { supervisory } = hit;
  const hasMeasures = hit.punishments.length > 0 || hit.incentives.length > 0 || supervisory.length > 0;
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} data-testid="hit" data-hit-key={hit.key}>
      <Stack spacing={1}>
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="subtitle1" component="h4" sx={{ fontWeight: 600 }} data-testid="hit-list-type">
            {listType.name}
          </Typography>
          <Chip label={listKindLabels[listType.kind]} color={kindTone[listType.kind]} variant="outlined" />
          {hit.actionable && (
            <Chip
              label={answered ? texts.answered : texts.actionable}
              color={answered ? 'success' : 'primary'}
              variant={answered ? 'outlined' : 'filled'}
              data-testid="hit-feedback"
            />
          )}
          <ObjectionMarkChip mark={hit.objection} />
          <Box sx={{ flex: 1 }} />
          <RaiseObjectionButton
            subjectId={entry.subjectId}
            subject={subject}
            targetTable="list_entries"
            targetId={entry.id}
            title={listType.name}
            checkId={checkId}
          />
        </Stack>
        <FieldGrid>
          <Field label={texts.listingUnit}>{entry.listingUnit || resultTexts.empty}</Field>
          <Field label={texts.listedOn}>{formatDate(entry.listedOn)}</Field>
          <Field label={texts.expiresOn}>
            {entry.expiresOn === null ? resultTexts.empty : formatDate(entry.expiresOn)}
          </Field>
          <Field label={texts.documentNumber}>{entry.documentNumber ?? resultTexts.empty}</Field>
        </FieldGrid>
        <Field label={texts.reason}>{entry.reason || resultTexts.empty}</Field>
        <MeasureList measures={hit.punishments} kind="punishment" />
        <MeasureList measures={hit.incentives} kind="incentive" />
        <MeasureList measures={supervisory} kind="supervisory" />
        {hit.incentivesSuppressed && (
          <Alert severity="info" data-testid="incentives-suppressed">
            {texts.incentivesSuppressed}
          </Alert>
        )}
        {!hasMeasures && !hit.incentivesSuppressed && (
          <Typography variant="body2" color="text.secondary">
            {texts.noMeasures}
          </Typography>
        )}
        {hit.notApplicable.length > 0 && (
          <Box>
            <Button
              size="small"
              onClick={() => setShowOthers((shown) => !shown)}
              aria-expanded={showOthers}
              aria-controls={othersId}
              data-testid="not-applicable-toggle"
              endIcon={
                <ExpandMoreIcon
                  sx={{ transform: showOthers ? 'rotate(180deg)' : 'none', transition: 'transform 0.2s' }}
                />
              }
            >
              {texts.notApplicable(hit.notApplicable.length)}
            </Button>
            <Collapse in={showOthers} id={othersId}>
              <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
                {texts.notApplicableHint}
              </Typography>
              <MeasureList measures={hit.notApplicable} kind="not-applicable" />
            </Collapse>
          </Box>
        )}
      </Stack>
    </Paper>
  );
};
