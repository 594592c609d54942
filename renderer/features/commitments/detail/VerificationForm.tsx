import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { verificationNeedsDetails } from '../../../../shared/commitment/validation';
import { Fulfilment, type Commitment, type CommitmentDetail } from '../../../../shared/domain/commitment';
import { fulfilmentLabels } from '../../../../shared/domain/workflow-labels';
import { beijingDay } from '../../../../shared/time';
import { DateField } from '../../../app/fields/DateFields';
import { limitTexts } from '../../../app/fields/beijing-time';
import { formatDate } from '../../../app/format';
import { submitOnCtrlEnter } from '../../../app/form/ctrl-enter';
import { ErrorListAlert } from '../../../app/form/ErrorListAlert';
import { placeRefusal } from '../../../app/form/place-refusal';
import { SubmitRow } from '../../../app/form/SubmitRow';
import { textFieldProps } from '../../../app/form/text-field-props';
import { useContractForm } from '../../../app/form/use-contract-form';
import { inputTestId } from '../../../app/input-test-id';
import { client } from '../../../transport/client';
import { detailTexts, formTexts } from '../texts';
import {
  blankVerification,
  toVerification,
  verificationFieldOf,
  verificationFields,
  verificationFormSchema,
} from './verification-form';

type Props = { commitment: Commitment; onVerified: (detail: CommitmentDetail) => void };

const today = (): string => beijingDay(new Date());

/** The field a COMMITMENT_INVALID answer names in its details (a rule between the verification's fields). */
const namedField = (details: unknown): (typeof verificationFields)[number] | null => {
  if (typeof details !== 'object' || details === null || !('field' in details)) return null;
  return verificationFields.find((field) => field === details.field) ?? null;
};

/** 核查: 履行状态, what was not kept and the liability pursued, 虚假承诺; sent with the version the clerk saw. */
export const VerificationForm = ({ commitment, onVerified }: Props) => {
  const schema = useMemo(() => verificationFormSchema(commitment.madeOn, today), [commitment.madeOn]);
  const form = useContractForm(schema, blankVerification(today()));
  const { control } = form;
  const [submitError, setSubmitError] = useState<string | null>(null);
  const { isSubmitting } = form.formState;
  const titleId = useId();
  const texts = detailTexts.verify;
  const [fulfilment, falseCommitment] = useWatch({ control, name: ['fulfilment', 'falseCommitment'] });
  // Until a 履行状态 is chosen nothing is said about a failure (no details asked, no 失信 warning), unless the
  // commitment is marked false, which is a failure whatever its fulfilment.
  const chosen = (fulfilment as Fulfilment | undefined) !== undefined;
  const details =
    (chosen || falseCommitment) &&
    verificationNeedsDetails({ ...form.getValues(), fulfilment, falseCommitment });

  const submit = form.handleSubmit(async (values) => {
    setSubmitError(null);
    const result = await client.call('commitments:verify', {
      id: commitment.id,
      baseVersion: commitment.version,
      verification: toVerification(values),
    });
    if (result.ok) {
      onVerified(result.value);
      return;
    }
    const field = result.error.code === 'COMMITMENT_INVALID' ? namedField(result.error.details) : null;
    if (field !== null) {
      form.setError(field, { type: 'core', message: result.error.message });
      return;
    }
    setSubmitError(placeRefusal(result.error, form.setError, verificationFields, verificationFieldOf));
  });
  const send = async (): Promise<void> => {
    if (!isSubmitting) await submit();
  };

  return (
    <Paper
      component="form"
      variant="outlined"
      noValidate
      onSubmit={(event: FormEvent<HTMLFormElement>) => event.preventDefault()}
      onKeyDown={submitOnCtrlEnter(send)}
      aria-labelledby={titleId}
      data-testid="verification-form"
      sx={{ p: 2 }}
    >
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline' }}>
          <Typography id={titleId} variant="h3" component="h2">
            {texts.title}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {texts.hint(formatDate(commitment.verifyBy))}
          </Typography>
        </Stack>
        <Controller
          control={control}
          name="fulfilment"
          render={({ field, fieldState }) => (
            <FormControl error={fieldState.error !== undefined}>
              <FormLabel>{texts.fulfilment}</FormLabel>
              <RadioGroup
                row
                value={field.value ?? ''}
                onChange={(_event, value) => {
                  const chosen = Fulfilment.safeParse(value);
                  if (chosen.success) field.onChange(chosen.data);
                }}
              >
                {Fulfilment.options.map((option) => (
                  <FormControlLabel
                    key={option}
                    value={option}
                    label={fulfilmentLabels[option]}
                    control={<Radio size="small" slotProps={{ input: inputTestId(`verify-${option}`) }} />}
                  />
                ))}
              </RadioGroup>
              {fieldState.error !== undefined && <FormHelperText>{fieldState.error.message}</FormHelperText>}
            </FormControl>
          )}
        />
        <Controller
          control={control}
          name="falseCommitment"
          render={({ field }) => (
            <FormControlLabel
              label={texts.falseCommitment}
              control={
                <Checkbox
                  size="small"
                  checked={field.value}
                  onChange={(_event, checked) => field.onChange(checked)}
                  slotProps={{ input: inputTestId('verify-false') }}
                />
              }
            />
          )}
        />
        {details && (
          <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 1.5 }}>
            <TextField
              label={texts.unfulfilledContent}
              {...textFieldProps(form, 'unfulfilledContent')}
              required
              multiline
              minRows={2}
              slotProps={{ htmlInput: { 'data-testid': 'verify-unfulfilled-content' } }}
            />
            <TextField
              label={texts.liabilityPursued}
              placeholder={texts.liabilityPursuedPlaceholder}
              {...textFieldProps(form, 'liabilityPursued')}
              required
              multiline
              minRows={2}
              slotProps={{ htmlInput: { 'data-testid': 'verify-liability' } }}
            />
          </Box>
        )}
        <Controller
          control={control}
          name="verifiedOn"
          render={({ field, fieldState }) => (
            <DateField
              label={texts.verifiedOn}
              value={field.value}
              onChange={field.onChange}
              required
              error={fieldState.error?.message}
              bounds={{
                min: commitment.madeOn,
                minLabel: formTexts.madeOn,
                max: today(),
                maxLabel: limitTexts.today,
              }}
              testId="verify-on"
            />
          )}
        />
        {details && (
          <Alert severity="warning" data-testid="verify-broken-warning">
            {texts.brokenWarning}
          </Alert>
        )}
        {submitError !== null && (
          <ErrorListAlert title={texts.errorTitle} message={submitError} items={[]} testId="verify-error" />
        )}
        <SubmitRow
          onSubmit={send}
          busy={isSubmitting}
          label={texts.submit}
          busyLabel={texts.submitting}
          testId="verify-submit"
          hint={texts.submitHint}
        />
      </Stack>
    </Paper>
  );
};
