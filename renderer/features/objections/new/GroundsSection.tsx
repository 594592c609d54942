import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useController, useWatch } from 'react-hook-form';
import { AttachmentKind } from '../../../../shared/domain/repair';
import { ObjectionGround } from '../../../../shared/domain/objection';
import { objectionGroundLabels } from '../../../../shared/domain/labels';
import { AttachmentPicker } from '../../../app/files/AttachmentPicker';
import { attachmentTexts } from '../../../app/files/texts';
import { textFieldProps } from '../../../app/form/text-field-props';
import { inputTestId } from '../../../app/input-test-id';
import { useNewObjectionSession } from '../../../app/objections/new-objection-session';
import type { ObjectionForm } from '../../../app/objections/objection-form';
import { objectionAttachmentKindLabels } from '../../../app/objections/texts';
import { newObjectionTexts } from '../texts';

/** 异议类型 and 异议事由. */
export const GroundsSection = ({ form }: { form: ObjectionForm }) => {
  const texts = newObjectionTexts.grounds;
  return (
    <Stack spacing={1.5} data-testid="objection-grounds">
      <TextField
        select
        label={texts.kind}
        {...textFieldProps(form, 'grounds')}
        sx={{ maxWidth: 260 }}
        slotProps={{
          select: { native: true },
          inputLabel: { shrink: true },
          htmlInput: { 'data-testid': 'objection-grounds-kind' },
        }}
      >
        {ObjectionGround.options.map((ground) => (
          <option key={ground} value={ground}>
            {objectionGroundLabels[ground]}
          </option>
        ))}
      </TextField>
      <TextField
        label={texts.statement}
        placeholder={texts.statementPlaceholder}
        {...textFieldProps(form, 'statement')}
        required
        multiline
        minRows={3}
        slotProps={{ htmlInput: { 'data-testid': 'objection-statement' } }}
      />
    </Stack>
  );
};

/** The materials, kept with the new objection's session (files still being stored belong to it). */
export const MaterialsSection = ({ form }: { form: ObjectionForm }) => {
  const attachments = useWatch({ control: form.control, name: 'attachments' });
  const reading = useNewObjectionSession((state) => state.reading);
  const notices = useNewObjectionSession((state) => state.fileNotices);
  const { setReading, setFileNotices } = useNewObjectionSession.getState();
  const error = form.getFieldState('attachments', form.formState).error;
  const formKey = useNewObjectionSession.getState().formKey;
  return (
    <AttachmentPicker
      prefix="objection"
      attachments={attachments}
      read={() => form.getValues('attachments')}
      onChange={(next) => {
        form.setValue('attachments', next, { shouldDirty: true });
        form.clearErrors('attachments');
      }}
      kinds={AttachmentKind.options}
      kindLabels={objectionAttachmentKindLabels}
      defaultKind="other"
      max={20}
      reading={reading}
      onReading={setReading}
      notices={notices}
      onNotices={setFileNotices}
      stillCurrent={() => useNewObjectionSession.getState().formKey === formKey}
      error={
        error === undefined
          ? null
          : (error.message ?? error.root?.message ?? attachmentTexts.materialsInvalid)
      }
    />
  );
};

/** The applicant's 承诺 that the materials are true: read out, then ticked by the clerk; never ticked in advance. */
export const PledgeSection = ({ form }: { form: ObjectionForm }) => {
  const texts = newObjectionTexts;
  const { field, fieldState } = useController({ control: form.control, name: 'truthfulnessPledged' });
  const error = fieldState.error?.message;
  return (
    <Stack spacing={0.5} data-testid="objection-pledge">
      <FormControlLabel
        control={
          <Checkbox
            name={field.name}
            checked={field.value === true}
            onChange={(event) => field.onChange(event.target.checked)}
            onBlur={field.onBlur}
            slotProps={{
              input: {
                ...inputTestId('objection-pledge-check'),
                ref: field.ref,
                'aria-invalid': error !== undefined,
              },
            }}
          />
        }
        label={texts.pledge}
        sx={{ alignItems: 'flex-start', '& .MuiCheckbox-root': { mt: -1 } }}
      />
      <FormHelperText error={error !== undefined} data-testid="objection-pledge-message" sx={{ ml: 4 }}>
        {error ?? texts.pledgeHint}
      </FormHelperText>
    </Stack>
  );
};
