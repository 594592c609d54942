import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import HistoryIcon from '@mui/icons-material/History';
import SettingsIcon from '@mui/icons-material/Settings';
import type { ReactNode } from 'react';
import { useRouter, type Route } from './router';
import { appTexts } from './texts';

type Item = { page: 'check' | 'records' | 'settings'; label: string; icon: ReactNode; shortcut: string };

const items: readonly Item[] = [
  { page: 'check', label: appTexts.nav.check, icon: <FactCheckIcon fontSize="small" />, shortcut: 'Alt+1' },
  { page: 'records', label: appTexts.nav.records, icon: <HistoryIcon fontSize="small" />, shortcut: 'Alt+2' },
  {
    page: 'settings',
    label: appTexts.nav.settings,
    icon: <SettingsIcon fontSize="small" />,
    shortcut: 'Alt+3',
  },
];

const isCurrent = (item: Item, route: Route): boolean =>
  item.page === route.page || (item.page === 'records' && route.page === 'record');

/** Left navigation: real buttons in tab order, Alt+1/2/3 from anywhere (see use-global-shortcuts). */
export const Navigation = () => {
  const route = useRouter((state) => state.route);
  const navigate = useRouter((state) => state.navigate);
  return (
    <List component="nav" aria-label={appTexts.navigationLabel} sx={{ py: 1 }}>
      {items.map((item) => {
        const current = isCurrent(item, route);
        return (
          <ListItemButton
            key={item.page}
            selected={current}
            aria-current={current ? 'page' : undefined}
            aria-keyshortcuts={item.shortcut}
            data-testid={`nav-${item.page}`}
            onClick={() => navigate({ page: item.page })}
            sx={{ borderRadius: 1, mx: 1, mb: 0.5 }}
          >
            <ListItemIcon sx={{ minWidth: 32 }}>{item.icon}</ListItemIcon>
            <ListItemText primary={item.label} />
          </ListItemButton>
        );
      })}
    </List>
  );
};
