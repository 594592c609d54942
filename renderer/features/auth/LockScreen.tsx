import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { UnlockRequest, type Session } from '../../../shared/domain/auth';
import { roleLabels } from '../../../shared/auth/labels';
import { client } from '../../transport/client';
import { useAuthStore } from '../../app/auth/auth-store';
import { placeRefusal } from '../../app/form/place-refusal';
import { useContractForm } from '../../app/form/use-contract-form';
import { textFieldProps } from '../../app/form/text-field-props';
import { AuthCard } from './PasswordForm';
import { authTexts } from './texts';
import { signOut } from './sign-out';

/** Over the app after inactivity: the same user's password unlocks; 切换用户 signs out. */
export const LockScreen = ({ session }: { session: Session }) => {
  const setSession = useAuthStore((state) => state.setSession);
  const form = useContractForm(UnlockRequest, { password: '' });
  const [error, setError] = useState<string | null>(null);
  const busy = form.formState.isSubmitting;

  const unlock = form.handleSubmit(async (request) => {
    setError(null);
    const result = await client.call('auth:unlock', request);
    form.setValue('password', '');
    if (!result.ok) return setError(placeRefusal(result.error, form.setError, ['password']));
    setSession(result.value.session);
  });

  return (
    <AuthCard
      testId="lock-screen"
      title={authTexts.lockedTitle}
      error={error}
      submitLabel={busy ? authTexts.unlocking : authTexts.unlock}
      submitTestId="unlock-submit"
      busy={busy}
      onSubmit={() => void unlock()}
      extra={
        <Button data-testid="switch-user" onClick={() => void signOut()}>
          {authTexts.switchUser}
        </Button>
      }
    >
      <Typography data-testid="lock-user">
        {authTexts.user(session.user.displayName, session.user.username)} · {roleLabels[session.user.role]}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {authTexts.lockedDetail(authTexts.minutes(session.lockAfterMs))}
      </Typography>
      <TextField
        label={authTexts.password}
        type="password"
        {...textFieldProps(form, 'password')}
        autoFocus
        autoComplete="current-password"
        slotProps={{ htmlInput: { 'data-testid': 'unlock-password', maxLength: 200 } }}
      />
    </AuthCard>
  );
};
