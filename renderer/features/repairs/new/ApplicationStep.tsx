import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useWatch } from 'react-hook-form';
import { repairOutcomes } from '../../../../shared/domain/repair';
import { repairOutcomeLabels } from '../../../../shared/domain/workflow-labels';
import { outcomesFor } from '../../../../shared/repair/outcomes';
import { textFieldProps } from '../../../app/form/text-field-props';
import type { RepairForm } from '../../../app/repairs/repair-form';
import { newRepairTexts } from '../texts';
import { AttachmentPicker } from './AttachmentPicker';

/** (c) Who handles it, why, which outcome is asked for, and the materials. */
export const ApplicationStep = ({ form }: { form: RepairForm }) => {
  const targetTable = useWatch({ control: form.control, name: 'targetTable' });
  // Only what the chosen record can undergo: 移出名单 is for a list entry, 终止公示 … for a credit record.
  const outcomes = targetTable === undefined ? repairOutcomes : outcomesFor[targetTable];
  const texts = newRepairTexts.form;
  return (
    <Stack spacing={2} data-testid="repair-application-step" sx={{ maxWidth: 900 }}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <TextField
          label={texts.handlerName}
          {...textFieldProps(form, 'handlerName')}
          required
          autoFocus
          sx={{ minWidth: 220 }}
          slotProps={{ htmlInput: { 'data-testid': 'repair-handler-name' } }}
        />
        <TextField
          label={texts.handlerPhone}
          {...textFieldProps(form, 'handlerPhone')}
          sx={{ minWidth: 220 }}
          slotProps={{
            htmlInput: { 'data-testid': 'repair-handler-phone', inputMode: 'tel' },
          }}
        />
        <TextField
          select
          label={texts.outcome}
          {...textFieldProps(form, 'requestedOutcome')}
          sx={{ minWidth: 200 }}
          slotProps={{
            select: { native: true },
            inputLabel: { shrink: true },
            htmlInput: { 'data-testid': 'repair-outcome' },
          }}
        >
          {outcomes.map((outcome) => (
            <option key={outcome} value={outcome}>
              {repairOutcomeLabels[outcome]}
            </option>
          ))}
        </TextField>
      </Stack>
      <TextField
        label={texts.reasons}
        placeholder={texts.reasonsPlaceholder}
        {...textFieldProps(form, 'reasons')}
        required
        multiline
        minRows={3}
        slotProps={{ htmlInput: { 'data-testid': 'repair-reasons' } }}
      />
      <AttachmentPicker form={form} />
    </Stack>
  );
};
