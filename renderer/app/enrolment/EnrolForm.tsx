import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { EnrolRequest } from '../../../shared/domain/sync';
import { useContractForm } from '../form/use-contract-form';
import type { EnrolDraft } from './enrol-form';
import type { EnrolOutcome } from '../sync/sync-store';
import { useEnrol } from '../sync/use-sync-status';
import { enrolFormTexts } from './texts';
import { DeploymentMissing, useDeployment } from '../deployment/DeploymentMissing';

/**
 * 登记码, 本机名称 → sync:enrol (or, on the sign-in screen, `enrolWith`: the first enrolment of a fresh device); a
 * successful enrolment starts the first sync by itself. The platform is the one the deployment configuration
 * names, shown read-only: nobody at the window can send this PC elsewhere. Without one there is nothing to fill.
 */
export const EnrolForm = ({
  platformUrl,
  enrolWith,
}: {
  platformUrl: string | null;
  enrolWith?: (request: EnrolDraft) => Promise<EnrolOutcome>;
}) => {
  const storeEnrol = useEnrol();
  const enrol = enrolWith ?? storeEnrol;
  const form = useContractForm(EnrolRequest, { code: '', deviceName: '' });
  const { errors, isSubmitting } = form.formState;
  const [outcome, setOutcome] = useState<EnrolOutcome | null>(null);
  const texts = enrolFormTexts;
  const deployment = useDeployment();
  // MUI's TextField takes react-hook-form's ref as its input's ref; typing again clears the last outcome.
  const field = (name: keyof EnrolDraft) => {
    const { ref, onChange, ...rest } = form.register(name);
    return {
      ...rest,
      inputRef: ref,
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        setOutcome(null);
        return onChange(event);
      },
      error: errors[name] !== undefined,
      helperText: errors[name]?.message,
    };
  };

  const submit = form.handleSubmit(async (request) => {
    const result = await enrol(request);
    setOutcome(result);
    // The one-time code is spent either way.
    if (result.ok) form.resetField('code');
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    void submit(event);
  };

  if (platformUrl === null) return <DeploymentMissing info={deployment} />;

  return (
    <Stack
      component="form"
      noValidate
      spacing={2}
      onSubmit={onSubmit}
      data-testid="enrol-form"
      sx={{ maxWidth: 480 }}
    >
      <TextField
        label={texts.url}
        value={platformUrl}
        helperText={texts.urlHelper}
        slotProps={{ htmlInput: { 'data-testid': 'enrol-url', readOnly: true } }}
      />
      <TextField
        label={texts.code}
        {...field('code')}
        required
        slotProps={{ htmlInput: { 'data-testid': 'enrol-code', autoComplete: 'off', spellCheck: false } }}
      />
      <TextField
        label={texts.device}
        placeholder={texts.devicePlaceholder}
        {...field('deviceName')}
        required
        slotProps={{ htmlInput: { 'data-testid': 'enrol-device' } }}
      />
      {outcome !== null && (
        <Alert
          severity={outcome.ok ? 'success' : 'error'}
          data-testid="enrol-result"
          data-ok={outcome.ok ? 'true' : 'false'}
        >
          {outcome.ok ? texts.success(outcome.deviceId) : outcome.message}
        </Alert>
      )}
      <Button
        type="submit"
        variant="contained"
        disabled={isSubmitting}
        data-testid="enrol-submit"
        sx={{ alignSelf: 'flex-start' }}
      >
        {isSubmitting ? texts.submitting : texts.submit}
      </Button>
    </Stack>
  );
};
