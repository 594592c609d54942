import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { roleLabels } from '../../../shared/auth/labels';
import { useAppStore } from '../../app/app-store';
import { useAuthStore } from '../../app/auth/auth-store';
import { signOut } from './sign-out';
import { authTexts } from './texts';

/** In the app bar: who is signed in, in which role (离线登录 when so), and 退出登录. */
export const SessionUser = () => {
  const session = useAuthStore((state) => state.session);
  const online = useAppStore((state) => state.connectivity?.state === 'online');
  if (session === null || session === undefined) return null;
  const { user } = session;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Typography variant="body2" sx={{ opacity: 0.9 }} data-testid="session-user" data-role={user.role}>
        {authTexts.user(user.displayName, user.username)} · {roleLabels[user.role]}
      </Typography>
      {session.how === 'offline' && (
        // Back online, the session is still the offline one: said so, with how to make it an online one.
        <Tooltip title={online ? authTexts.offlineTagOnlineDetail : authTexts.offlineTagDetail}>
          <Chip
            size="small"
            label={online ? authTexts.offlineTagOnline : authTexts.offlineTag}
            data-testid="session-offline"
            data-online={online ? 'true' : 'false'}
            color={online ? 'default' : 'warning'}
            sx={online ? { color: 'inherit', borderColor: 'currentcolor' } : undefined}
            variant={online ? 'outlined' : 'filled'}
          />
        </Tooltip>
      )}
      <Button color="inherit" size="small" data-testid="signout" onClick={() => void signOut()}>
        {authTexts.signOut}
      </Button>
    </Stack>
  );
};
