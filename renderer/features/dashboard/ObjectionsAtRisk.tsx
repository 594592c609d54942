import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useObjectionsView } from '../../app/objections/objections-list';
import { ObjectionsTable } from '../../app/objections/ObjectionsTable';
import { useCoreQuery } from '../../app/query/query-client';
import { useRouter } from '../../app/router';
import { dashboardObjectionTexts as texts } from './objection-texts';

/** How many the dashboard lists; 查看全部 opens 异议处理 with the same filter. */
const SHOWN = 10;

/**
 * 临近期限的异议申请: open objections due within the rule table's warning window or overdue (objections:list,
 * atRisk), those closest to their deadline first; a row opens the objection.
 */
export const ObjectionsAtRisk = () => {
  const navigate = useRouter((state) => state.navigate);
  const query = useCoreQuery('objections:list', {
    open: true,
    atRisk: true,
    limit: SHOWN,
    offset: 0,
  });
  const list = query.data ?? null;
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
          {texts.hint}
        </Typography>
        {query.error !== null && <Alert severity="error">{query.error.message}</Alert>}
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
