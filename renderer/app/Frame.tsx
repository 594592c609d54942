import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, type ReactNode } from 'react';
import { layout } from '../theme/tokens';
import { useAppInfo } from './app-info';
import { ConnectivityIndicator } from './ConnectivityIndicator';
import { Navigation } from './Navigation';
import { UpdateChip } from './UpdateChip';
import { SessionUser } from '../features/auth/SessionUser';
import { FreshnessLine, StatusBanners } from './StatusLines';
import { appTexts } from './texts';
import { SetupChecklist } from './setup/SetupChecklist';
import { useRouter } from './router';

/** App bar on top, navigation on the left, the page scrolling on its own. */
export const Frame = ({ children }: { children: ReactNode }) => {
  const version = useAppInfo().data?.version ?? null;
  const route = useRouter((state) => state.route);
  const main = useRef<HTMLElement>(null);
  // Every page opens at its top, not where the last one was scrolled to.
  useEffect(() => {
    main.current?.scrollTo({ top: 0 });
  }, [route]);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
      <AppBar position="static" elevation={0}>
        <Toolbar variant="dense" sx={{ gap: 2 }}>
          <Typography variant="h1" component="h1" sx={{ flexGrow: 1, fontSize: '1.1rem' }}>
            {appTexts.title}
          </Typography>
          <Typography variant="body2" component="div" sx={{ opacity: 0.9 }}>
            <FreshnessLine />
          </Typography>
          <SessionUser />
          <UpdateChip />
          <ConnectivityIndicator />
        </Toolbar>
      </AppBar>
      <Box sx={{ display: 'flex', flex: 1, minHeight: 0 }}>
        <Box
          sx={{
            width: layout.navigationWidth,
            flexShrink: 0,
            borderRight: 1,
            borderColor: 'divider',
            bgcolor: 'background.paper',
            display: 'flex',
            flexDirection: 'column',
          }}
        >
          <Navigation />
          <Box sx={{ flex: 1 }} />
          {version !== null && (
            <Typography variant="caption" color="text.secondary" sx={{ p: 1.5 }}>
              {appTexts.version(version)}
            </Typography>
          )}
        </Box>
        <Box component="main" ref={main} sx={{ flex: 1, minWidth: 0, overflow: 'auto' }}>
          <StatusBanners />
          <SetupChecklist />
          <Box sx={{ p: 2 }}>{children}</Box>
        </Box>
      </Box>
    </Box>
  );
};
