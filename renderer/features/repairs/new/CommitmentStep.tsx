import Stack from '@mui/material/Stack';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Controller, useWatch } from 'react-hook-form';
import { isValidDay } from '../../../../shared/calendar/day';
import { PublicityType, REPAIR_MATTER_NAME } from '../../../../shared/domain/commitment';
import { subjectKindLabels } from '../../../../shared/domain/labels';
import { publicityLabels } from '../../../../shared/domain/workflow-labels';
import { DateField } from '../../../app/fields/DateFields';
import { limitTexts, todayOf, type Bounds } from '../../../app/fields/beijing-time';
import { textFieldProps } from '../../../app/form/text-field-props';
import { useNewRepairSession } from '../../../app/repairs/new-repair-session';
import type { RepairForm } from '../../../app/repairs/repair-form';
import { newRepairTexts } from '../texts';

type TextName =
  | 'commitment.committer.identifier'
  | 'commitment.reason'
  | 'commitment.content'
  | 'commitment.liability'
  | 'commitment.caseNumber'
  | 'commitment.recognisingUnit.name'
  | 'commitment.recognisingUnit.code'
  | 'commitment.acceptingUnit.name'
  | 'commitment.acceptingUnit.code';
type DateName = 'commitment.madeOn' | 'commitment.validUntil' | 'commitment.verifyBy';

/** (d) The 信用修复承诺书 made by the applicant: prefilled with the standard wording, everything editable. */
export const CommitmentStep = ({ form }: { form: RepairForm }) => {
  const subject = useNewRepairSession((state) => state.subject);
  const madeOn = useWatch({ control: form.control, name: 'commitment.madeOn' });
  const texts = newRepairTexts.commitment;
  if (subject === null) return null;

  const field = (name: TextName, testId: string, label: string, props: TextFieldProps = {}) => (
    <TextField
      {...props}
      label={label}
      {...textFieldProps(form, name, {
        hint: typeof props.helperText === 'string' ? props.helperText : undefined,
      })}
      slotProps={{ htmlInput: { 'data-testid': `commitment-${testId}` } }}
    />
  );
  // 有效期 left empty is 长期 (null in the request).
  const dateField = (name: DateName, testId: string, label: string, bounds: Bounds, required = false) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field: day, fieldState }) => (
        <DateField
          label={label}
          value={day.value ?? ''}
          onChange={(value) => day.onChange(value === '' && name === 'commitment.validUntil' ? null : value)}
          error={fieldState.error?.message}
          bounds={bounds}
          required={required}
          testId={`commitment-${testId}`}
        />
      )}
    />
  );
  // Made today or before; valid and verified from the day it was made on, into the future.
  const today = todayOf(new Date());
  const fromMade: Bounds = isValidDay(madeOn) ? { min: madeOn, minLabel: texts.madeOn } : {};
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
      {field('commitment.committer.identifier', 'committerIdentifier', texts.committerIdentifier, {
        required: true,
        helperText: masked ? texts.committerIdentifierHint(subject.identifierMasked) : undefined,
        sx: { maxWidth: 420 },
      })}
      {field('commitment.reason', 'reason', texts.reason, { required: true })}
      {field('commitment.content', 'content', texts.content, { required: true, multiline: true, minRows: 3 })}
      {field('commitment.liability', 'liability', texts.liability, {
        required: true,
        multiline: true,
        minRows: 2,
      })}
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {dateField(
          'commitment.madeOn',
          'madeOn',
          texts.madeOn,
          { max: today, maxLabel: limitTexts.today },
          true,
        )}
        {dateField('commitment.validUntil', 'validUntil', texts.validUntil, fromMade)}
        {dateField('commitment.verifyBy', 'verifyBy', texts.verifyBy, fromMade, true)}
        <TextField
          select
          label={texts.publicity}
          {...textFieldProps(form, 'commitment.publicity')}
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
      {field('commitment.caseNumber', 'caseNumber', texts.caseNumber, { sx: { maxWidth: 420 } })}
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {field('commitment.recognisingUnit.name', 'recognisingName', texts.recognisingName, {
          required: true,
          sx: { minWidth: 320 },
        })}
        {field('commitment.recognisingUnit.code', 'recognisingCode', texts.recognisingCode, {
          required: true,
        })}
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {field('commitment.acceptingUnit.name', 'acceptingName', texts.acceptingName, {
          required: true,
          sx: { minWidth: 320 },
        })}
        {field('commitment.acceptingUnit.code', 'acceptingCode', texts.acceptingCode, { required: true })}
      </Stack>
    </Stack>
  );
};
