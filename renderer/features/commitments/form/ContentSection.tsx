import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useWatch } from 'react-hook-form';
import { commitmentTypes, type CommitmentType } from '../../../../shared/domain/commitment';
import { typeBarred } from '../../../../shared/commitment/route-types';
import { commitmentTypeLabels, commitmentTypeSeedNames } from '../../../../shared/domain/workflow-labels';
import type { Prepared } from '../../../app/commitments/commitment-session';
import { textFieldProps } from '../../../app/form/text-field-props';
import { formTexts } from '../texts';
import type { CommitmentFormApi } from './use-committer-lookup';

/** 承诺类型, 事由, 内容, 违诺责任. */
export const ContentSection = ({
  form,
  prepared,
  autoFocus,
}: {
  form: CommitmentFormApi;
  /** The lookup's answer for the identifier in the form, if any. */
  prepared: Prepared | null;
  autoFocus: boolean;
}) => {
  const type = useWatch({ control: form.control, name: 'type' });
  const barred = (option: CommitmentType): boolean => prepared !== null && typeBarred(prepared.route, option);
  const seedName = commitmentTypeSeedNames[type];
  const typeField = textFieldProps(form, 'type', {
    ...(seedName === null ? {} : { hint: formTexts.typeSeedName(seedName) }),
  });
  const typeError = typeField.error
    ? typeField.helperText
    : barred(type)
      ? formTexts.typeBarred(commitmentTypeLabels[type])
      : undefined;
  return (
    <Stack spacing={1.5}>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 3fr)', gap: 1.5 }}>
        <TextField
          select
          label={formTexts.type}
          {...typeField}
          error={typeError !== undefined}
          helperText={typeError ?? typeField.helperText}
          required
          slotProps={{ select: { native: true }, htmlInput: { 'data-testid': 'commitment-type' } }}
        >
          {commitmentTypes
            .filter((option) => option !== 'credit-repair')
            .map((option) => (
              <option key={option} value={option}>
                {commitmentTypeLabels[option]}
                {barred(option) ? formTexts.typeBarredOption : ''}
              </option>
            ))}
        </TextField>
        <TextField
          label={formTexts.reason}
          placeholder={formTexts.reasonPlaceholder}
          {...textFieldProps(form, 'reason')}
          required
          autoFocus={autoFocus}
          slotProps={{ htmlInput: { 'data-testid': 'commitment-reason' } }}
        />
      </Box>
      <TextField
        label={formTexts.content}
        placeholder={formTexts.contentPlaceholder}
        {...textFieldProps(form, 'content')}
        required
        multiline
        minRows={3}
        slotProps={{ htmlInput: { 'data-testid': 'commitment-content' } }}
      />
      <TextField
        label={formTexts.liability}
        {...textFieldProps(form, 'liability')}
        required
        multiline
        minRows={2}
        slotProps={{ htmlInput: { 'data-testid': 'commitment-liability' } }}
      />
    </Stack>
  );
};
