import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { useCommitmentFormStore } from '../../../app/commitments/commitment-form-store';
import type { FieldKey } from '../../../app/commitments/commitment-draft';
import { formTexts } from '../texts';
import { fieldProps } from './field-props';

type UnitField = Extract<FieldKey, 'recognisingName' | 'recognisingCode' | 'acceptingName' | 'acceptingCode'>;

const unitFields: readonly { key: UnitField; testId: string; maxLength: number }[] = [
  { key: 'recognisingName', testId: 'commitment-recognising-name', maxLength: 100 },
  { key: 'recognisingCode', testId: 'commitment-recognising-code', maxLength: 32 },
  { key: 'acceptingName', testId: 'commitment-accepting-name', maxLength: 100 },
  { key: 'acceptingCode', testId: 'commitment-accepting-code', maxLength: 32 },
];

/** 认定单位 and 受理单位, each a name and its code (统一社会信用代码 or the department's own code). */
export const UnitsSection = () => {
  const fields = useCommitmentFormStore((state) => state.fields);
  const errors = useCommitmentFormStore((state) => state.errors);
  const update = useCommitmentFormStore((state) => state.update);
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)', gap: 1.5 }}>
      {unitFields.map(({ key, testId, maxLength }) => (
        <TextField
          key={key}
          label={formTexts[key]}
          value={fields[key]}
          onChange={(event) => update({ [key]: event.target.value })}
          required
          {...fieldProps(errors[key])}
          slotProps={{ htmlInput: { 'data-testid': testId, maxLength } }}
        />
      ))}
    </Box>
  );
};
