import Badge from '@mui/material/Badge';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import HealingIcon from '@mui/icons-material/Healing';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import HistoryIcon from '@mui/icons-material/History';
import SettingsIcon from '@mui/icons-material/Settings';
import SyncIcon from '@mui/icons-material/Sync';
import DescriptionIcon from '@mui/icons-material/Description';
import InsightsIcon from '@mui/icons-material/Insights';
import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import CasinoIcon from '@mui/icons-material/Casino';
import RateReviewIcon from '@mui/icons-material/RateReview';
import ListSubheader from '@mui/material/ListSubheader';
import type { ReactNode } from 'react';
import { useSyncStore } from './sync/sync-store';
import { useSyncStatus } from './sync/use-sync-status';
import type { Role } from '../../shared/platform-api/api';
import { useRole } from './auth/auth-store';
import { useRouter, type Route } from './router';
import { appTexts } from './texts';

type Item = {
  page:
    | 'check'
    | 'records'
    | 'commitments'
    | 'repairs'
    | 'sync'
    | 'settings'
    | 'reports'
    | 'dashboard'
    | 'audit'
    | 'inspections'
    | 'objections';
  label: string;
  icon: ReactNode;
  shortcut: string;
  /** The supervisor's pages, listed under their own heading. */
  supervisor?: true;
};

// Checklist: the digits here, `pages` in use-global-shortcuts.ts and the hint in features/check/texts.ts.
const items: readonly Item[] = [
  { page: 'check', label: appTexts.nav.check, icon: <FactCheckIcon fontSize="small" />, shortcut: 'Alt+1' },
  { page: 'records', label: appTexts.nav.records, icon: <HistoryIcon fontSize="small" />, shortcut: 'Alt+2' },
  {
    page: 'commitments',
    label: appTexts.nav.commitments,
    icon: <AssignmentTurnedInIcon fontSize="small" />,
    shortcut: 'Alt+3',
  },
  { page: 'repairs', label: appTexts.nav.repairs, icon: <HealingIcon fontSize="small" />, shortcut: 'Alt+4' },
  // A window's page, listed with the others before the supervisor's heading.
  {
    page: 'objections',
    label: appTexts.nav.objections,
    icon: <RateReviewIcon fontSize="small" />,
    shortcut: 'Alt+Y',
  },
  { page: 'sync', label: appTexts.nav.sync, icon: <SyncIcon fontSize="small" />, shortcut: 'Alt+5' },
  {
    page: 'settings',
    label: appTexts.nav.settings,
    icon: <SettingsIcon fontSize="small" />,
    shortcut: 'Alt+6',
  },
  {
    page: 'reports',
    label: appTexts.nav.reports,
    icon: <DescriptionIcon fontSize="small" />,
    shortcut: 'Alt+7',
    supervisor: true,
  },
  {
    page: 'dashboard',
    label: appTexts.nav.dashboard,
    icon: <InsightsIcon fontSize="small" />,
    shortcut: 'Alt+8',
    supervisor: true,
  },
  {
    page: 'audit',
    label: appTexts.nav.audit,
    icon: <ManageSearchIcon fontSize="small" />,
    shortcut: 'Alt+9',
    supervisor: true,
  },
  {
    page: 'inspections',
    label: appTexts.nav.inspections,
    icon: <CasinoIcon fontSize="small" />,
    shortcut: 'Alt+0',
    supervisor: true,
  },
];

const isCurrent = (item: Item, route: Route): boolean =>
  item.page === route.page ||
  (item.page === 'records' && route.page === 'record') ||
  (item.page === 'commitments' && route.page === 'commitment') ||
  (item.page === 'repairs' && route.page === 'repair') ||
  (item.page === 'reports' && route.page === 'report') ||
  (item.page === 'objections' && route.page === 'objection');

/** 核查记录 carries the open 需复核 count on its icon. */
const ReviewsBadge = ({ children }: { children: ReactNode }) => {
  // The sync status seeds the count (and the store's sync state) until the core's events move it.
  useSyncStatus();
  const open = useSyncStore((state) => state.reviewsOpen);
  if (open === 0) return children;
  return (
    <Badge
      badgeContent={open}
      color="warning"
      max={999}
      data-testid="reviews-badge"
      data-count={open}
      title={appTexts.reviewsBadge(open)}
    >
      {children}
    </Badge>
  );
};

/**
 * The 督导 pages are for supervisors and administrators (their channels refuse clerks in the core anyway);
 * a clerk's navigation does not offer them.
 */
export const offeredTo = (role: Role | null, page: Route['page']): boolean =>
  items.find((item) => item.page === page)?.supervisor !== true || role === 'supervisor' || role === 'admin';

/** Left navigation: real buttons in tab order, Alt+1…9, Alt+0 and Alt+Y from anywhere (see use-global-shortcuts). */
export const Navigation = () => {
  const route = useRouter((state) => state.route);
  const navigate = useRouter((state) => state.navigate);
  const role = useRole();
  const shown = items.filter((item) => offeredTo(role, item.page));
  return (
    <List component="nav" aria-label={appTexts.navigationLabel} sx={{ py: 1 }}>
      {shown.map((item, index) => {
        const current = isCurrent(item, route);
        const firstSupervisor = item.supervisor === true && shown[index - 1]?.supervisor !== true;
        return [
          firstSupervisor ? (
            <ListSubheader
              key="supervisor-heading"
              // In a <nav>, not a <ul>: a heading, not a list item.
              component="div"
              disableSticky
              sx={{ lineHeight: '32px', bgcolor: 'transparent' }}
            >
              {appTexts.supervisorSection}
            </ListSubheader>
          ) : null,
          <ListItemButton
            key={item.page}
            selected={current}
            aria-current={current ? 'page' : undefined}
            aria-keyshortcuts={item.shortcut}
            data-testid={`nav-${item.page}`}
            onClick={() => navigate({ page: item.page })}
            sx={{ borderRadius: 1, mx: 1, mb: 0.5 }}
          >
            <ListItemIcon sx={{ minWidth: 32 }}>
              {item.page === 'records' ? <ReviewsBadge>{item.icon}</ReviewsBadge> : item.icon}
            </ListItemIcon>
            <ListItemText primary={item.label} />
          </ListItemButton>,
        ];
      })}
    </List>
  );
};
