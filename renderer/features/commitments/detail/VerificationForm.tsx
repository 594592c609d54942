import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState, type FormEvent } from 'react';
import { Fulfilment, type Commitment, type CommitmentDetail } from '../../../../shared/domain/commitment';
import { fulfilmentLabels } from '../../../../shared/domain/workflow-labels';
import { beijingDay } from '../../../../shared/time';
import { DateField } from '../../../app/fields/DateFields';
import { limitTexts } from '../../../app/fields/beijing-time';
import { formatDate } from '../../../app/format';
import { submitOnCtrlEnter } from '../../../app/form/ctrl-enter';
import { ErrorListAlert } from '../../../app/form/ErrorListAlert';
import { SubmitRow } from '../../../app/form/SubmitRow';
import { inputTestId } from '../../../app/input-test-id';
import { client } from '../../../transport/client';
import { fieldProps } from '../form/field-props';
import { detailTexts, formTexts } from '../texts';
import {
  blankVerification,
  needsDetails,
  toVerification,
  verifyErrorOf,
  type VerificationErrors,
  type VerificationFields,
} from './verification-draft';

type Props = { commitment: Commitment; onVerified: (detail: CommitmentDetail) => void };

/** 核查: 履行状态, what was not kept and the liability pursued, 虚假承诺; sent with the version the clerk saw. */
export const VerificationForm = ({ commitment, onVerified }: Props) => {
  const [fields, setFields] = useState<VerificationFields>(() => blankVerification(beijingDay(new Date())));
  const [errors, setErrors] = useState<VerificationErrors>({});
  const [submitError, setSubmitError] = useState<{ message: string; unplaced: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const texts = detailTexts.verify;
  const details = needsDetails(fields);

  const update = (patch: Partial<VerificationFields>): void => {
    setFields((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(patch)) delete next[key as keyof VerificationErrors];
      return next;
    });
    setSubmitError(null);
  };

  const submit = async (): Promise<void> => {
    if (busy) return;
    const built = toVerification(fields, commitment.madeOn, beijingDay(new Date()));
    if (!built.ok) {
      setErrors(built.errors);
      return;
    }
    setBusy(true);
    setSubmitError(null);
    const result = await client.call('commitments:verify', {
      id: commitment.id,
      baseVersion: commitment.version,
      verification: built.verification,
    });
    setBusy(false);
    if (result.ok) {
      onVerified(result.value);
      return;
    }
    const refused = verifyErrorOf(result.error);
    setErrors(refused.errors);
    setSubmitError({ message: refused.message, unplaced: refused.unplaced });
  };

  return (
    <Paper
      component="form"
      variant="outlined"
      noValidate
      onSubmit={(event: FormEvent<HTMLFormElement>) => event.preventDefault()}
      onKeyDown={submitOnCtrlEnter(submit)}
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
        <FormControl>
          <FormLabel>{texts.fulfilment}</FormLabel>
          <RadioGroup
            row
            value={fields.fulfilment}
            onChange={(_event, value) => {
              const fulfilment = Fulfilment.safeParse(value);
              if (fulfilment.success) update({ fulfilment: fulfilment.data });
            }}
          >
            {Fulfilment.options.map((fulfilment) => (
              <FormControlLabel
                key={fulfilment}
                value={fulfilment}
                label={fulfilmentLabels[fulfilment]}
                control={<Radio size="small" slotProps={{ input: inputTestId(`verify-${fulfilment}`) }} />}
              />
            ))}
          </RadioGroup>
        </FormControl>
        <FormControlLabel
          label={texts.falseCommitment}
          control={
            <Checkbox
              size="small"
              checked={fields.falseCommitment}
              onChange={(_event, falseCommitment) => update({ falseCommitment })}
              slotProps={{ input: inputTestId('verify-false') }}
            />
          }
        />
        {details && (
          <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 1.5 }}>
            <TextField
              label={texts.unfulfilledContent}
              value={fields.unfulfilledContent}
              onChange={(event) => update({ unfulfilledContent: event.target.value })}
              required
              multiline
              minRows={2}
              {...fieldProps(errors.unfulfilledContent)}
              slotProps={{ htmlInput: { 'data-testid': 'verify-unfulfilled-content', maxLength: 2000 } }}
            />
            <TextField
              label={texts.liabilityPursued}
              placeholder={texts.liabilityPursuedPlaceholder}
              value={fields.liabilityPursued}
              onChange={(event) => update({ liabilityPursued: event.target.value })}
              required
              multiline
              minRows={2}
              {...fieldProps(errors.liabilityPursued)}
              slotProps={{ htmlInput: { 'data-testid': 'verify-liability', maxLength: 2000 } }}
            />
          </Box>
        )}
        <DateField
          label={texts.verifiedOn}
          value={fields.verifiedOn}
          onChange={(verifiedOn) => update({ verifiedOn })}
          required
          error={errors.verifiedOn ?? errors.fulfilment}
          bounds={{
            min: commitment.madeOn,
            minLabel: formTexts.madeOn,
            max: beijingDay(new Date()),
            maxLabel: limitTexts.today,
          }}
          testId="verify-on"
        />
        {details && (
          <Alert severity="warning" data-testid="verify-broken-warning">
            {texts.brokenWarning}
          </Alert>
        )}
        {submitError !== null && (
          <ErrorListAlert
            title={texts.errorTitle}
            message={submitError.message}
            items={submitError.unplaced}
            testId="verify-error"
          />
        )}
        <SubmitRow
          onSubmit={submit}
          busy={busy}
          label={texts.submit}
          busyLabel={texts.submitting}
          testId="verify-submit"
          hint={texts.submitHint}
        />
      </Stack>
    </Paper>
  );
};
