import Alert from '@mui/material/Alert';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ConnectivityStatus } from '../../../shared/domain/app';
import { SignInRequest } from '../../../shared/domain/auth';
import { appTexts } from '../../app/texts';
import { useCoreQuery } from '../../app/query/query-client';
import { DemoBanner } from '../../app/StatusLines';
import { client } from '../../transport/client';
import { useAuthStore } from '../../app/auth/auth-store';
import { placeRefusal } from '../../app/form/place-refusal';
import { useContractForm } from '../../app/form/use-contract-form';
import { textFieldProps } from '../../app/form/text-field-props';
import { FirstEnrolment } from './FirstEnrolment';
import { AuthCard } from './PasswordForm';
import { authTexts } from './texts';

/**
 * Whether the platform answers (and whether demo data are in use), from the public app:info through the query
 * cache: a connectivity event makes it old (a platform that now answers may run the demo data set).
 */
const useConnectivity = (): {
  status: ConnectivityStatus | null;
  demoData: boolean;
  training: boolean;
} => {
  const info = useCoreQuery('app:info', {}).data;
  return {
    status: info?.connectivity ?? null,
    demoData: info?.demoData ?? false,
    training: info?.trainingMode ?? false,
  };
};

/** Shown whenever nobody is signed in on this device. */
export const SignInScreen = () => {
  const setStatus = useAuthStore((state) => state.setStatus);
  const device = useAuthStore((state) => state.device);
  const { status: connectivity, demoData, training } = useConnectivity();
  const form = useContractForm(SignInRequest, { username: '', password: '' });
  const busy = form.formState.isSubmitting;
  // The device turned from not enrolled to enrolled while this screen is shown: said so, and a refusal from
  // before the enrolment (e.g. 本机尚未登记) no longer holds.
  const enrolled = device?.enrolled ?? null;
  const [sawNotEnrolled, setSawNotEnrolled] = useState(false);
  if (enrolled === false && !sawNotEnrolled) setSawNotEnrolled(true);
  const justEnrolled = sawNotEnrolled && enrolled === true;
  const [refusal, setRefusal] = useState<{ message: string; enrolled: boolean | null } | null>(null);
  const setError = (message: string | null): void =>
    setRefusal(message === null ? null : { message, enrolled });
  const error = refusal === null || (justEnrolled && refusal.enrolled === false) ? null : refusal.message;
  const offline = connectivity !== null && connectivity.state !== 'online';

  // The request as the contract reads it (the user name trimmed); a refusal of the core goes to its field, or
  // above the button when it is not about one (用户名或密码错误).
  const submit = form.handleSubmit(async (request) => {
    setError(null);
    const result = await client.call('auth:sign-in', request);
    if (!result.ok) {
      form.setValue('password', '');
      setError(placeRefusal(result.error, form.setError, ['username', 'password']));
      return;
    }
    setStatus(result.value);
  });

  return (
    <AuthCard
      testId="signin-screen"
      title={`${appTexts.title} · ${authTexts.signInTitle}`}
      error={error}
      submitLabel={busy ? authTexts.submitting : authTexts.submit}
      submitTestId="signin-submit"
      busy={busy}
      onSubmit={() => void submit()}
      below={
        device !== null && !device.enrolled ? (
          <FirstEnrolment platformUrl={device.configuredPlatformUrl} />
        ) : null
      }
    >
      {(training || demoData) && <DemoBanner training={training} />}
      {justEnrolled && (
        <Alert severity="success" data-testid="signin-enrolled">
          {authTexts.enrolled}
        </Alert>
      )}
      {connectivity !== null && (
        <Alert severity={offline ? 'warning' : 'info'} data-testid="signin-mode" data-offline={offline}>
          {offline ? authTexts.offlineNotice : authTexts.onlineNotice}
        </Alert>
      )}
      <TextField
        label={authTexts.username}
        {...textFieldProps(form, 'username')}
        autoFocus
        autoComplete="username"
        slotProps={{ htmlInput: { 'data-testid': 'signin-username', maxLength: 50 } }}
      />
      <TextField
        label={authTexts.password}
        type="password"
        {...textFieldProps(form, 'password')}
        autoComplete="current-password"
        slotProps={{ htmlInput: { 'data-testid': 'signin-password', maxLength: 200 } }}
      />
      {(demoData || training) && (
        <Typography variant="caption" color="text.secondary" data-testid="signin-demo-accounts">
          {authTexts.demoAccounts}
        </Typography>
      )}
    </AuthCard>
  );
};
