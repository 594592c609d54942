import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { commitmentTypes, CommitmentType } from '../../../../shared/domain/commitment';
import { typeBarred } from '../../../../shared/commitment/route-types';
import { commitmentTypeLabels, commitmentTypeSeedNames } from '../../../../shared/domain/workflow-labels';
import { preparedFor, useCommitmentFormStore } from '../../../app/commitments/commitment-form-store';
import { formTexts } from '../texts';
import { fieldProps } from './field-props';

/** 承诺类型, 事由, 内容, 违诺责任. */
export const ContentSection = ({ autoFocus }: { autoFocus: boolean }) => {
  const fields = useCommitmentFormStore((state) => state.fields);
  const errors = useCommitmentFormStore((state) => state.errors);
  const update = useCommitmentFormStore((state) => state.update);
  const prepared = preparedFor(
    useCommitmentFormStore((state) => state.prepared),
    fields.identifier,
  );
  const barred = (type: CommitmentType): boolean => prepared !== null && typeBarred(prepared.route, type);
  const seedName = commitmentTypeSeedNames[fields.type];
  return (
    <Stack spacing={1.5}>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 3fr)', gap: 1.5 }}>
        <TextField
          select
          label={formTexts.type}
          value={fields.type}
          onChange={(event) => {
            const type = CommitmentType.safeParse(event.target.value);
            if (type.success) update({ type: type.data });
          }}
          required
          {...fieldProps(
            errors.type ??
              (barred(fields.type) ? formTexts.typeBarred(commitmentTypeLabels[fields.type]) : undefined),
            seedName === null ? undefined : formTexts.typeSeedName(seedName),
          )}
          slotProps={{ select: { native: true }, htmlInput: { 'data-testid': 'commitment-type' } }}
        >
          {commitmentTypes
            .filter((type) => type !== 'credit-repair')
            .map((type) => (
              <option key={type} value={type}>
                {commitmentTypeLabels[type]}
                {barred(type) ? formTexts.typeBarredOption : ''}
              </option>
            ))}
        </TextField>
        <TextField
          label={formTexts.reason}
          placeholder={formTexts.reasonPlaceholder}
          value={fields.reason}
          onChange={(event) => update({ reason: event.target.value })}
          required
          autoFocus={autoFocus}
          {...fieldProps(errors.reason)}
          slotProps={{ htmlInput: { 'data-testid': 'commitment-reason', maxLength: 500 } }}
        />
      </Box>
      <TextField
        label={formTexts.content}
        placeholder={formTexts.contentPlaceholder}
        value={fields.content}
        onChange={(event) => update({ content: event.target.value })}
        required
        multiline
        minRows={3}
        {...fieldProps(errors.content)}
        slotProps={{ htmlInput: { 'data-testid': 'commitment-content', maxLength: 4000 } }}
      />
      <TextField
        label={formTexts.liability}
        value={fields.liability}
        onChange={(event) => update({ liability: event.target.value })}
        required
        multiline
        minRows={2}
        {...fieldProps(errors.liability)}
        slotProps={{ htmlInput: { 'data-testid': 'commitment-liability', maxLength: 2000 } }}
      />
    </Stack>
  );
};
