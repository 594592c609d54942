import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { CheckPage } from '../features/check/CheckPage';
import { RecordDetail } from '../features/records/RecordDetail';
import { RecordsPage } from '../features/records/RecordsPage';
import { CommitmentDetailPage } from '../features/commitments/CommitmentDetailPage';
import { CommitmentsPage } from '../features/commitments/CommitmentsPage';
import { RepairDetailPage } from '../features/repairs/RepairDetailPage';
import { RepairsPage } from '../features/repairs/RepairsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { AuditPage } from '../features/audit/AuditPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { InspectionsPage } from '../features/inspections/InspectionsPage';
import { ReportPage } from '../features/reports/ReportPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { ObjectionDetailPage } from '../features/objections/ObjectionDetailPage';
import { ObjectionsPage } from '../features/objections/ObjectionsPage';
import { startSyncStore } from './sync/sync-store';
import { SyncPage } from '../features/sync/SyncPage';
import { SessionGate } from '../features/auth/SessionGate';
import { createAppTheme } from '../theme/theme';
import { startAppStore } from './app-store';
import { queryClient, startQueryRefresh } from './query/query-client';
import { DatePickersProvider } from './fields/DatePickersProvider';
import { Frame } from './Frame';
import { startRouter, useRouter } from './router';
import { useGlobalShortcuts } from './use-global-shortcuts';

const theme = createAppTheme();

const Page = () => {
  const route = useRouter((state) => state.route);
  switch (route.page) {
    case 'check':
      return <CheckPage />;
    case 'records':
      return <RecordsPage />;
    case 'record':
      return <RecordDetail key={route.checkId} checkId={route.checkId} />;
    case 'commitments':
      return <CommitmentsPage />;
    case 'commitment':
      return <CommitmentDetailPage key={route.id} id={route.id} />;
    case 'repairs':
      return <RepairsPage />;
    case 'repair':
      return <RepairDetailPage key={route.id} id={route.id} />;
    case 'sync':
      return <SyncPage />;
    case 'settings':
      return <SettingsPage />;
    case 'reports':
      return <ReportsPage />;
    case 'report':
      return <ReportPage key={route.number} number={route.number} />;
    case 'dashboard':
      return <DashboardPage />;
    case 'audit':
      return <AuditPage />;
    case 'inspections':
      return <InspectionsPage />;
    case 'objections':
      return <ObjectionsPage />;
    case 'objection':
      return <ObjectionDetailPage key={route.id} id={route.id} />;
  }
};

/** The app of a signed-in user: its stores start (and load) only once there is a session. */
const SignedIn = () => {
  useEffect(() => startAppStore(), []);
  useEffect(() => startSyncStore(), []);
  useGlobalShortcuts();
  return (
    <Frame>
      <Page />
    </Frame>
  );
};

export const App = () => {
  useEffect(() => startRouter(), []);
  // From the sign-in screen on: the core's events mark the cached answers they change as old.
  useEffect(() => startQueryRefresh(), []);
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <DatePickersProvider>
          <SessionGate>
            <SignedIn />
          </SessionGate>
        </DatePickersProvider>
      </ThemeProvider>
    </QueryClientProvider>
  );
};
