import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { isValidDay } from '../../../../shared/calendar/day';
import { PublicityType } from '../../../../shared/domain/commitment';
import { publicityLabels } from '../../../../shared/domain/workflow-labels';
import { DateField } from '../../../app/fields/DateFields';
import { limitTexts, todayOf, type Bounds } from '../../../app/fields/beijing-time';
import { inputTestId } from '../../../app/input-test-id';
import { MatterSelect } from '../../../app/matters/MatterSelect';
import { useCommitmentFormStore } from '../../../app/commitments/commitment-form-store';
import { formTexts } from '../texts';
import { fieldProps } from './field-props';

/** 所属事项, 办件编号, 作出日期, 有效期 (or 长期), 核查期限, 公开类型. */
export const HandlingSection = () => {
  const fields = useCommitmentFormStore((state) => state.fields);
  const errors = useCommitmentFormStore((state) => state.errors);
  const update = useCommitmentFormStore((state) => state.update);
  // Made today or before; valid and verified from the day it was made on, into the future.
  const fromMade: Bounds = isValidDay(fields.madeOn)
    ? { min: fields.madeOn, minLabel: formTexts.madeOn }
    : {};
  return (
    <Stack spacing={1.5}>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)', gap: 1.5 }}>
        <MatterSelect
          value={fields.matterCode === '' ? null : fields.matterCode}
          onChange={(code) => update({ matterCode: code ?? '' })}
          error={errors.matterCode}
          label={formTexts.matter}
          testId="commitment-matter"
        />
        <TextField
          label={formTexts.caseNumber}
          value={fields.caseNumber}
          onChange={(event) => update({ caseNumber: event.target.value })}
          {...fieldProps(errors.caseNumber)}
          slotProps={{ htmlInput: { 'data-testid': 'commitment-case-number', maxLength: 64 } }}
        />
      </Box>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))',
          gap: 1.5,
          alignItems: 'start',
        }}
      >
        <DateField
          label={formTexts.madeOn}
          value={fields.madeOn}
          onChange={(madeOn) => update({ madeOn })}
          required
          error={errors.madeOn}
          bounds={{ max: todayOf(new Date()), maxLabel: limitTexts.today }}
          testId="commitment-made-on"
        />
        <Stack>
          <DateField
            label={formTexts.validUntil}
            value={fields.longTerm ? '' : fields.validUntil}
            onChange={(validUntil) => update({ validUntil })}
            disabled={fields.longTerm}
            required={!fields.longTerm}
            error={errors.validUntil}
            bounds={fromMade}
            testId="commitment-valid-until"
          />
          <FormControlLabel
            label={formTexts.longTerm}
            control={
              <Checkbox
                size="small"
                checked={fields.longTerm}
                onChange={(_event, longTerm) => update({ longTerm })}
                slotProps={{ input: inputTestId('commitment-long-term') }}
              />
            }
          />
        </Stack>
        <DateField
          label={formTexts.verifyBy}
          value={fields.verifyBy}
          onChange={(verifyBy) => update({ verifyBy, verifyByEdited: true })}
          required
          error={errors.verifyBy}
          hint={formTexts.verifyByHint}
          bounds={fromMade}
          testId="commitment-verify-by"
        />
        <TextField
          select
          label={formTexts.publicity}
          value={fields.publicity}
          onChange={(event) => {
            const publicity = PublicityType.safeParse(event.target.value);
            if (publicity.success) update({ publicity: publicity.data });
          }}
          required
          {...fieldProps(errors.publicity)}
          slotProps={{ select: { native: true }, htmlInput: { 'data-testid': 'commitment-publicity' } }}
        >
          {PublicityType.options.map((publicity) => (
            <option key={publicity} value={publicity}>
              {publicityLabels[publicity]}
            </option>
          ))}
        </TextField>
      </Box>
    </Stack>
  );
};
