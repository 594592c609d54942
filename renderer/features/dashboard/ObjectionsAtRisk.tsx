import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { DashboardFigures } from '../../../shared/domain/dashboard';
import { useObjectionsView } from '../../app/objections/objections-list';
import { ObjectionsTable } from '../../app/objections/ObjectionsTable';
import { useCoreQuery } from '../../app/query/query-client';
import { useRouter } from '../../app/router';
import { dashboardObjectionTexts as texts } from './objection-texts';

/** How many the dashboard lists; 查看全部 opens 异议处理 with the same filter. */
const SHOWN = 10;

/**
 * 临近期限的异议申请: open objections due within the rule table's warning window or overdue, most urgent first
 * (the dashboard's figure; objections:list with atRisk from a core without it); a row opens the objection.
 */
export const ObjectionsAtRisk = ({ figures }: { figures: DashboardFigures }) => {
  const navigate = useRouter((state) => state.navigate);
  // The dashboard's own figure; a core from before it is asked through the list instead.
  const fromFigures = figures.objectionsAtRisk;
  const query = useCoreQuery(
    'objections:list',
    fromFigures === undefined ? { open: true, atRisk: true, limit: SHOWN, offset: 0 } : null,
  );
  const list =
    fromFigures === undefined
      ? (query.data ?? null)
      : { total: fromFigures.total, items: fromFigures.items.slice(0, SHOWN) };
  const showAll = (): void => {
    useObjectionsView.getState().setFilters({ scope: 'at-risk', query: '' });
    navigate({ page: 'objections' });
  };
  const count = list?.total ?? 0;
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} data-testid="dashboard-objections-at-risk" data-count={count}>
      <Stack spacing={1}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline' }}>
          <Typography variant="h3" component="h2" sx={{ flex: 1 }}>
            {texts.title}
            <Typography
              component="span"
              variant="h4"
              color={count > 0 ? 'warning.dark' : 'text.primary'}
              sx={{ ml: 1 }}
              data-testid="dashboard-objections-count"
            >
              {list === null ? '' : count}
            </Typography>
          </Typography>
          <Button size="small" onClick={showAll} data-testid="dashboard-objections-all">
            {texts.showAll}
          </Button>
        </Stack>
        <Typography variant="caption" color="text.secondary">
          {fromFigures === undefined ? texts.hint : texts.hintDays(fromFigures.warnWithinWorkingDays)}
        </Typography>
        {fromFigures === undefined && query.error !== null && (
          <Alert severity="error">{query.error.message}</Alert>
        )}
        {list !== null && list.items.length === 0 && (
          <Typography variant="body2" color="text.secondary" data-testid="dashboard-objections-none">
            {texts.none}
          </Typography>
        )}
        {list !== null && list.items.length > 0 && (
          <ObjectionsTable
            items={list.items}
            listId="dashboard-objections"
            testId="dashboard-objections-table"
          />
        )}
      </Stack>
    </Paper>
  );
};
