import Stack from '@mui/material/Stack';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { isValidDay } from '../../../../shared/calendar/day';
import { PublicityType, REPAIR_MATTER_NAME } from '../../../../shared/domain/commitment';
import { subjectKindLabels } from '../../../../shared/domain/labels';
import { publicityLabels } from '../../../../shared/domain/workflow-labels';
import { DateField } from '../../../app/fields/DateFields';
import { limitTexts, todayOf, type Bounds } from '../../../app/fields/beijing-time';
import { newRepairTexts } from '../texts';
import { useNewRepairStore } from '../../../app/repairs/new-repair-store';
import { commitmentFieldPath, type CommitmentFields } from '../../../app/repairs/repair-draft';

type DateKey = 'madeOn' | 'validUntil' | 'verifyBy';
type TextKey = Exclude<keyof CommitmentFields, 'publicity' | DateKey>;

/** (d) The 信用修复承诺书 made by the applicant: prefilled with the standard wording, everything editable. */
export const CommitmentStep = () => {
  const subject = useNewRepairStore((state) => state.subject);
  const commitment = useNewRepairStore((state) => state.commitment);
  const errors = useNewRepairStore((state) => state.errors);
  const update = useNewRepairStore((state) => state.setCommitment);
  const texts = newRepairTexts.commitment;
  if (commitment === null || subject === null) return null;

  const field = (key: TextKey, label: string, props: TextFieldProps = {}) => {
    const error = errors[commitmentFieldPath[key]];
    return (
      <TextField
        {...props}
        label={label}
        value={commitment[key]}
        onChange={(event) => update({ [key]: event.target.value })}
        error={error !== undefined}
        helperText={error ?? props.helperText}
        slotProps={{ htmlInput: { 'data-testid': `commitment-${key}` } }}
      />
    );
  };
  const dateField = (key: DateKey, label: string, bounds: Bounds, required = false) => (
    <DateField
      label={label}
      value={commitment[key]}
      onChange={(value) => update({ [key]: value })}
      error={errors[commitmentFieldPath[key]]}
      bounds={bounds}
      required={required}
      testId={`commitment-${key}`}
    />
  );
  // Made today or before; valid and verified from the day it was made on, into the future.
  const today = todayOf(new Date());
  const fromMade: Bounds = isValidDay(commitment.madeOn)
    ? { min: commitment.madeOn, minLabel: texts.madeOn }
    : {};
  const masked = subject.identifierMasked.includes('*');

  return (
    <Stack spacing={2} data-testid="repair-commitment-step" sx={{ maxWidth: 900 }}>
      <Typography variant="body2" color="text.secondary">
        {texts.intro}
      </Typography>
      <Typography variant="body1" data-testid="commitment-committer">
        {`${texts.committer}：${subject.name}（${subjectKindLabels[subject.kind]}）`}
      </Typography>
      <Typography variant="body1" data-testid="commitment-matter">
        {`${texts.matter}：${REPAIR_MATTER_NAME}`}
      </Typography>
      {field('committerIdentifier', texts.committerIdentifier, {
        required: true,
        helperText: masked ? texts.committerIdentifierHint(subject.identifierMasked) : undefined,
        sx: { maxWidth: 420 },
      })}
      {field('reason', texts.reason, { required: true })}
      {field('content', texts.content, { required: true, multiline: true, minRows: 3 })}
      {field('liability', texts.liability, { required: true, multiline: true, minRows: 2 })}
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {dateField('madeOn', texts.madeOn, { max: today, maxLabel: limitTexts.today }, true)}
        {dateField('validUntil', texts.validUntil, fromMade)}
        {dateField('verifyBy', texts.verifyBy, fromMade, true)}
        <TextField
          select
          label={texts.publicity}
          value={commitment.publicity}
          onChange={(event) =>
            update({ publicity: PublicityType.catch(commitment.publicity).parse(event.target.value) })
          }
          sx={{ minWidth: 180 }}
          slotProps={{
            select: { native: true },
            inputLabel: { shrink: true },
            htmlInput: { 'data-testid': 'commitment-publicity' },
          }}
        >
          {PublicityType.options.map((publicity) => (
            <option key={publicity} value={publicity}>
              {publicityLabels[publicity]}
            </option>
          ))}
        </TextField>
      </Stack>
      {field('caseNumber', texts.caseNumber, { sx: { maxWidth: 420 } })}
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {field('recognisingName', texts.recognisingName, { required: true, sx: { minWidth: 320 } })}
        {field('recognisingCode', texts.recognisingCode, { required: true })}
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {field('acceptingName', texts.acceptingName, { required: true, sx: { minWidth: 320 } })}
        {field('acceptingCode', texts.acceptingCode, { required: true })}
      </Stack>
    </Stack>
  );
};
