import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { RepairOutcome, repairOutcomes } from '../../../../shared/domain/repair';
import { repairOutcomeLabels } from '../../../../shared/domain/workflow-labels';
import { outcomesFor } from '../../../../shared/repair/outcomes';
import { newRepairTexts } from '../texts';
import { AttachmentPicker } from './AttachmentPicker';
import { candidateKey } from '../../../app/repairs/new-repair-state';
import { useNewRepairStore } from '../../../app/repairs/new-repair-store';

/** (c) Who handles it, why, which outcome is asked for, and the materials. */
export const ApplicationStep = () => {
  const application = useNewRepairStore((state) => state.application);
  const errors = useNewRepairStore((state) => state.errors);
  const update = useNewRepairStore((state) => state.setApplication);
  const targetTable = useNewRepairStore(
    (state) =>
      state.candidates?.find((candidate) => candidateKey(candidate) === state.targetKey)?.targetTable ?? null,
  );
  // Only what the chosen record can undergo: 移出名单 is for a list entry, 终止公示 … for a credit record.
  const outcomes = targetTable === null ? repairOutcomes : outcomesFor[targetTable];
  const texts = newRepairTexts.form;
  return (
    <Stack spacing={2} data-testid="repair-application-step" sx={{ maxWidth: 900 }}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <TextField
          label={texts.handlerName}
          value={application.handlerName}
          onChange={(event) => update({ handlerName: event.target.value })}
          required
          autoFocus
          error={errors.handlerName !== undefined}
          helperText={errors.handlerName}
          sx={{ minWidth: 220 }}
          slotProps={{ htmlInput: { 'data-testid': 'repair-handler-name', maxLength: 50 } }}
        />
        <TextField
          label={texts.handlerPhone}
          value={application.handlerPhone}
          onChange={(event) => update({ handlerPhone: event.target.value })}
          error={errors.handlerPhone !== undefined}
          helperText={errors.handlerPhone}
          sx={{ minWidth: 220 }}
          slotProps={{
            htmlInput: { 'data-testid': 'repair-handler-phone', maxLength: 30, inputMode: 'tel' },
          }}
        />
        <TextField
          select
          label={texts.outcome}
          value={application.requestedOutcome}
          onChange={(event) =>
            update({
              requestedOutcome: RepairOutcome.catch(application.requestedOutcome).parse(event.target.value),
            })
          }
          error={errors.requestedOutcome !== undefined}
          helperText={errors.requestedOutcome}
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
        value={application.reasons}
        onChange={(event) => update({ reasons: event.target.value })}
        required
        multiline
        minRows={3}
        error={errors.reasons !== undefined}
        helperText={errors.reasons}
        slotProps={{ htmlInput: { 'data-testid': 'repair-reasons', maxLength: 2000 } }}
      />
      <AttachmentPicker />
    </Stack>
  );
};
