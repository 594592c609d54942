import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
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
import { startSyncStore } from '../features/sync/sync-store';
import { SyncPage } from '../features/sync/SyncPage';
import { createAppTheme } from '../theme/theme';
import { startAppStore } from './app-store';
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
      return <ReportPage key={route.subjectId} subjectId={route.subjectId} />;
    case 'dashboard':
      return <DashboardPage />;
    case 'audit':
      return <AuditPage />;
    case 'inspections':
      return <InspectionsPage />;
  }
};

export const App = () => {
  useEffect(() => startRouter(), []);
  useEffect(() => startAppStore(), []);
  useEffect(() => startSyncStore(), []);
  useGlobalShortcuts();
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <Frame>
        <Page />
      </Frame>
    </ThemeProvider>
  );
};
