import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useEffect, type ReactNode } from 'react';
import { startAuthStore, useAuthStore } from '../../app/auth/auth-store';
import { queryClient } from '../../app/query/query-client';
import { useRouter } from '../../app/router';
import { LockScreen } from './LockScreen';
import { SignInScreen } from './SignInScreen';
import { authTexts } from './texts';
import { useActivityReports } from './use-activity';

/**
 * The app only for a signed-in user: the sign-in screen while nobody is, the lock screen over the app (its
 * drafts kept underneath, hidden) while the session is locked. `children` mount at sign-in, so their stores
 * load with a session.
 */
export const SessionGate = ({ children }: { children: ReactNode }) => {
  useEffect(() => startAuthStore(), []);
  useActivityReports();
  const session = useAuthStore((state) => state.session);
  const loadError = useAuthStore((state) => state.loadError);
  // Signed out (or 切换用户): whoever signs in next starts at 信用核查, not on the last user's page.
  useEffect(() => {
    if (session === null) {
      useRouter.getState().navigate({ page: 'check' });
      // Nothing the last user was shown stays in the cache for the next: every answer is dropped, and what
      // the sign-in screen already asks for is asked again (clear() would orphan its query).
      void queryClient.resetQueries();
    }
  }, [session]);
  if (session === undefined) {
    return (
      <Box sx={{ p: 3 }}>
        <Typography color={loadError === null ? 'text.secondary' : 'error'}>
          {loadError ?? authTexts.loading}
        </Typography>
      </Box>
    );
  }
  if (session === null) return <SignInScreen />;
  return (
    <>
      {children}
      {session.locked && <LockScreen session={session} />}
    </>
  );
};
