import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { PublicityType } from '../../../../shared/domain/commitment';
import { publicityLabels } from '../../../../shared/domain/workflow-labels';
import { inputTestId } from '../../../app/input-test-id';
import { MatterSelect } from '../../../app/matters/MatterSelect';
import { useCommitmentFormStore } from '../../../app/commitments/commitment-form-store';
import { formTexts } from '../texts';
import { fieldProps } from './field-props';

const dateSlots = (testId: string) => ({
  inputLabel: { shrink: true },
  htmlInput: { 'data-testid': testId },
});

/** 所属事项, 办件编号, 作出日期, 有效期 (or 长期), 核查期限, 公开类型. */
export const HandlingSection = () => {
  const fields = useCommitmentFormStore((state) => state.fields);
  const errors = useCommitmentFormStore((state) => state.errors);
  const update = useCommitmentFormStore((state) => state.update);
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
        <TextField
          label={formTexts.madeOn}
          type="date"
          value={fields.madeOn}
          onChange={(event) => update({ madeOn: event.target.value })}
          required
          {...fieldProps(errors.madeOn)}
          slotProps={dateSlots('commitment-made-on')}
        />
        <Stack>
          <TextField
            label={formTexts.validUntil}
            type="date"
            value={fields.longTerm ? '' : fields.validUntil}
            onChange={(event) => update({ validUntil: event.target.value })}
            disabled={fields.longTerm}
            required={!fields.longTerm}
            {...fieldProps(errors.validUntil)}
            slotProps={dateSlots('commitment-valid-until')}
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
        <TextField
          label={formTexts.verifyBy}
          type="date"
          value={fields.verifyBy}
          onChange={(event) => update({ verifyBy: event.target.value, verifyByEdited: true })}
          required
          {...fieldProps(errors.verifyBy, formTexts.verifyByHint)}
          slotProps={dateSlots('commitment-verify-by')}
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
