import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { roleLabels } from '../../../shared/auth/labels';
import { useAuthStore } from '../../app/auth/auth-store';
import { signOut } from './sign-out';
import { authTexts } from './texts';

/** In the app bar: who is signed in, in which role (离线登录 when so), and 退出登录. */
export const SessionUser = () => {
  const session = useAuthStore((state) => state.session);
  if (session === null || session === undefined) return null;
  const { user } = session;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Typography variant="body2" sx={{ opacity: 0.9 }} data-testid="session-user" data-role={user.role}>
        {authTexts.user(user.displayName, user.username)} · {roleLabels[user.role]}
      </Typography>
      {session.how === 'offline' && (
        <Chip size="small" label={authTexts.offlineTag} data-testid="session-offline" color="warning" />
      )}
      <Button color="inherit" size="small" data-testid="signout" onClick={() => void signOut()}>
        {authTexts.signOut}
      </Button>
    </Stack>
  );
};
