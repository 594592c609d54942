import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { textFieldProps } from '../../../app/form/text-field-props';
import { formTexts } from '../texts';
import type { CommitmentFormApi } from './use-committer-lookup';

const unitFields = [
  {
    name: 'recognisingUnit.name',
    label: formTexts.recognisingName,
    testId: 'commitment-recognising-name',
  },
  {
    name: 'recognisingUnit.code',
    label: formTexts.recognisingCode,
    testId: 'commitment-recognising-code',
  },
  {
    name: 'acceptingUnit.name',
    label: formTexts.acceptingName,
    testId: 'commitment-accepting-name',
  },
  {
    name: 'acceptingUnit.code',
    label: formTexts.acceptingCode,
    testId: 'commitment-accepting-code',
  },
] as const;

/** 认定单位 and 受理单位, each a name and its code (统一社会信用代码 or the department's own code). */
export const UnitsSection = ({ form }: { form: CommitmentFormApi }) => (
  <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)', gap: 1.5 }}>
    {unitFields.map(({ name, label, testId }) => (
      <TextField
        key={name}
        label={label}
        {...textFieldProps(form, name)}
        required
        slotProps={{ htmlInput: { 'data-testid': testId } }}
      />
    ))}
  </Box>
);
