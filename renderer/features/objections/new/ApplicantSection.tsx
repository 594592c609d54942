import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useWatch } from 'react-hook-form';
import { ApplicantIdKind, ApplicantRole } from '../../../../shared/domain/objection';
import { applicantIdKindLabels, applicantRoleLabels } from '../../../../shared/domain/labels';
import { textFieldProps } from '../../../app/form/text-field-props';
import { inputTestId } from '../../../app/input-test-id';
import { useNewObjectionSession } from '../../../app/objections/new-objection-session';
import { blankAgent, subjectAsApplicant, type ObjectionForm } from '../../../app/objections/objection-form';
import { newObjectionTexts } from '../texts';

const texts = newObjectionTexts.applicant;

/** Who objects: the subject itself (its name and number filled in) or an agent at the window (typed in). */
export const ApplicantSection = ({ form }: { form: ObjectionForm }) => {
  const role = useWatch({ control: form.control, name: 'applicant.role' });
  const subject = useNewObjectionSession((state) => state.subject);
  const known = useNewObjectionSession((state) => state.knownIdentifier);
  const choose = (value: string): void => {
    const next = ApplicantRole.catch('subject').parse(value);
    const phone = form.getValues('applicant.phone');
    const applicant =
      next === 'subject' && subject !== null ? subjectAsApplicant(subject, known, phone) : blankAgent(phone);
    form.setValue('applicant', applicant, { shouldDirty: true });
    form.clearErrors('applicant');
  };
  return (
    <Stack spacing={1.5} data-testid="objection-applicant">
      <RadioGroup row aria-label={texts.role} value={role} onChange={(event) => choose(event.target.value)}>
        {ApplicantRole.options.map((option) => (
          <FormControlLabel
            key={option}
            value={option}
            control={<Radio slotProps={{ input: inputTestId(`objection-role-${option}`) }} />}
            label={applicantRoleLabels[option]}
          />
        ))}
      </RadioGroup>
      {role === 'agent' && (
        <Typography variant="caption" color="text.secondary">
          {texts.agentHint}
        </Typography>
      )}
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <TextField
          label={texts.name}
          {...textFieldProps(form, 'applicant.name')}
          required
          sx={{ minWidth: 260, flex: 1 }}
          slotProps={{ htmlInput: { 'data-testid': 'objection-applicant-name' } }}
        />
        <TextField
          select
          label={texts.idKind}
          {...textFieldProps(form, 'applicant.idKind')}
          sx={{ minWidth: 180 }}
          slotProps={{
            select: { native: true },
            inputLabel: { shrink: true },
            htmlInput: { 'data-testid': 'objection-applicant-id-kind' },
          }}
        >
          {ApplicantIdKind.options.map((kind) => (
            <option key={kind} value={kind}>
              {applicantIdKindLabels[kind]}
            </option>
          ))}
        </TextField>
        <TextField
          label={texts.idNumber}
          {...textFieldProps(form, 'applicant.idNumber')}
          required
          sx={{ minWidth: 240, flex: 1 }}
          slotProps={{
            htmlInput: { 'data-testid': 'objection-applicant-id', autoComplete: 'off', spellCheck: false },
          }}
        />
        <TextField
          label={texts.phone}
          {...textFieldProps(form, 'applicant.phone')}
          required
          sx={{ minWidth: 200 }}
          slotProps={{ htmlInput: { 'data-testid': 'objection-applicant-phone', inputMode: 'tel' } }}
        />
      </Stack>
    </Stack>
  );
};
