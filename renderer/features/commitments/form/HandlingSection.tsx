import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { Controller, useWatch } from 'react-hook-form';
import { isValidDay } from '../../../../shared/calendar/day';
import { PublicityType } from '../../../../shared/domain/commitment';
import { publicityLabels } from '../../../../shared/domain/workflow-labels';
import { matterDepartment } from '../../../app/commitments/commitment-session';
import { DateField } from '../../../app/fields/DateFields';
import { limitTexts, todayOf, type Bounds } from '../../../app/fields/beijing-time';
import { textFieldProps } from '../../../app/form/text-field-props';
import { inputTestId } from '../../../app/input-test-id';
import { MatterSelect } from '../../../app/matters/MatterSelect';
import { formTexts } from '../texts';
import type { CommitmentFormApi } from './use-committer-lookup';

type Props = {
  form: CommitmentFormApi;
  /** 作出日期 changed: the proposed deadline may move. */
  onMadeOn: () => void;
  /** 核查期限 set by hand. */
  onVerifyBy: () => void;
};

/** 所属事项, 办件编号, 作出日期, 有效期 (or 长期), 核查期限, 公开类型. */
export const HandlingSection = ({ form, onMadeOn, onVerifyBy }: Props) => {
  const { control } = form;
  const madeOn = useWatch({ control, name: 'madeOn' });
  // Made today or before; valid and verified from the day it was made on, into the future.
  const fromMade: Bounds = isValidDay(madeOn) ? { min: madeOn, minLabel: formTexts.madeOn } : {};
  return (
    <Stack spacing={1.5}>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)', gap: 1.5 }}>
        <Controller
          control={control}
          name="matterCode"
          render={({ field, fieldState }) => (
            <MatterSelect
              value={field.value === '' ? null : field.value}
              onChange={(code) => {
                // The 认定单位 the previous matter suggested follows the new one; one the clerk typed stays.
                const recognising = form.getValues('recognisingUnit.name');
                if (recognising === '' || recognising === matterDepartment(field.value))
                  form.setValue('recognisingUnit.name', matterDepartment(code ?? ''));
                field.onChange(code ?? '');
              }}
              error={fieldState.error?.message}
              label={formTexts.matter}
              testId="commitment-matter"
            />
          )}
        />
        <TextField
          label={formTexts.caseNumber}
          {...textFieldProps(form, 'caseNumber')}
          slotProps={{ htmlInput: { 'data-testid': 'commitment-case-number' } }}
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
        <Controller
          control={control}
          name="madeOn"
          render={({ field, fieldState }) => (
            <DateField
              label={formTexts.madeOn}
              value={field.value}
              onChange={(value) => {
                field.onChange(value);
                onMadeOn();
              }}
              required
              error={fieldState.error?.message}
              bounds={{ max: todayOf(new Date()), maxLabel: limitTexts.today }}
              testId="commitment-made-on"
            />
          )}
        />
        <Controller
          control={control}
          name="validUntil"
          render={({ field, fieldState }) => (
            <Stack>
              <DateField
                label={formTexts.validUntil}
                value={field.value ?? ''}
                onChange={field.onChange}
                disabled={field.value === null}
                required={field.value !== null}
                error={fieldState.error?.message}
                bounds={fromMade}
                testId="commitment-valid-until"
              />
              <FormControlLabel
                label={formTexts.longTerm}
                control={
                  <Checkbox
                    size="small"
                    checked={field.value === null}
                    onChange={(_event, longTerm) => {
                      form.setValue('validUntil', longTerm ? null : '');
                      form.clearErrors('validUntil');
                    }}
                    slotProps={{ input: inputTestId('commitment-long-term') }}
                  />
                }
              />
            </Stack>
          )}
        />
        <Controller
          control={control}
          name="verifyBy"
          render={({ field, fieldState }) => (
            <DateField
              label={formTexts.verifyBy}
              value={field.value}
              onChange={(value) => {
                onVerifyBy();
                field.onChange(value);
              }}
              required
              error={fieldState.error?.message}
              hint={formTexts.verifyByHint}
              bounds={fromMade}
              testId="commitment-verify-by"
            />
          )}
        />
        <TextField
          select
          label={formTexts.publicity}
          {...textFieldProps(form, 'publicity')}
          required
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
