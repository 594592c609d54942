import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { parseEnrolDraft, type EnrolDraft, type EnrolErrors } from './enrol-form';
import { useSyncStore, type EnrolOutcome } from '../sync/sync-store';
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
  const storeEnrol = useSyncStore((state) => state.enrol);
  const enrol = enrolWith ?? storeEnrol;
  const [draft, setDraft] = useState<EnrolDraft>({ code: '', deviceName: '' });
  const [errors, setErrors] = useState<EnrolErrors>({});
  const [outcome, setOutcome] = useState<EnrolOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const texts = enrolFormTexts;
  const deployment = useDeployment();

  const update = (patch: Partial<EnrolDraft>): void => {
    setDraft((current) => ({ ...current, ...patch }));
    setOutcome(null);
  };

  const submit = async (): Promise<void> => {
    const parsed = parseEnrolDraft(draft);
    setErrors(parsed.ok ? {} : parsed.errors);
    if (!parsed.ok || busy) return;
    setBusy(true);
    const result = await enrol(parsed.value);
    setBusy(false);
    setOutcome(result);
    // The one-time code is spent either way.
    if (result.ok) setDraft((current) => ({ ...current, code: '' }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    void submit();
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
        value={draft.code}
        onChange={(event) => update({ code: event.target.value })}
        required
        error={errors.code !== undefined}
        helperText={errors.code}
        slotProps={{ htmlInput: { 'data-testid': 'enrol-code', autoComplete: 'off', spellCheck: false } }}
      />
      <TextField
        label={texts.device}
        placeholder={texts.devicePlaceholder}
        value={draft.deviceName}
        onChange={(event) => update({ deviceName: event.target.value })}
        required
        error={errors.deviceName !== undefined}
        helperText={errors.deviceName}
        slotProps={{ htmlInput: { 'data-testid': 'enrol-device', maxLength: 100 } }}
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
        disabled={busy}
        data-testid="enrol-submit"
        sx={{ alignSelf: 'flex-start' }}
      >
        {busy ? texts.submitting : texts.submit}
      </Button>
    </Stack>
  );
};
