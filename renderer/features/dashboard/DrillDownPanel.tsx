import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRouter } from '../../app/router';
import { CommitmentsTable } from '../../app/commitments/CommitmentsTable';
import { RecordsTable } from '../../app/records/RecordsTable';
import { RepairsTable } from '../../app/repairs/RepairsTable';
import { ApprovalsTable } from './ApprovalsTable';
import type { DashboardFigures, DashboardRows } from '../../../shared/domain/dashboard';
import type { Drill } from './dashboard-view';
import { pageLinkOf } from './page-links';
import { dashboardTexts as texts } from './texts';

const RowsTable = ({ rows }: { rows: DashboardRows }) => {
  if (rows.items.length === 0) return <Typography color="text.secondary">{texts.drill.empty}</Typography>;
  switch (rows.kind) {
    case 'checks':
      return <RecordsTable items={rows.items} />;
    case 'approvals':
      return <ApprovalsTable items={rows.items} />;
    case 'commitments':
      return <CommitmentsTable items={rows.items} />;
    case 'repairs':
      return <RepairsTable items={rows.items} />;
  }
};

/** The rows behind the figure, day or matter clicked; each row opens its record (核查记录, 告知承诺, 信用修复). */
export const DrillDownPanel = ({
  drill,
  rows,
  rowsError,
  figures,
  onClose,
}: {
  drill: Drill;
  rows: DashboardRows | null;
  rowsError: string | null;
  figures: DashboardFigures;
  onClose: () => void;
}) => {
  const navigate = useRouter((state) => state.navigate);
  const link = pageLinkOf(drill, figures);
  const linkLabel =
    link?.route.page === 'commitments' ? texts.drill.openCommitments : texts.drill.openRecords;
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} data-testid="dashboard-drill">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="h3" component="h2" sx={{ flex: 1 }} data-testid="dashboard-drill-title">
          {texts.drill.title(drill.title, rows?.total ?? 0)}
        </Typography>
        {link !== null && (
          <Button
            onClick={() => {
              link.apply();
              navigate(link.route);
            }}
            data-testid="dashboard-drill-page"
          >
            {linkLabel}
          </Button>
        )}
        <Button onClick={onClose}>{texts.drill.close}</Button>
      </Stack>
      {rowsError !== null && <Alert severity="error">{rowsError}</Alert>}
      {rows !== null && <RowsTable rows={rows} />}
      {rows !== null && rows.total > rows.items.length && (
        <Typography variant="caption" color="text.secondary">
          {texts.drill.more(rows.items.length, rows.total)}
        </Typography>
      )}
    </Paper>
  );
};
