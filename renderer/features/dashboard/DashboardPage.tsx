import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { DashboardFigure } from '../../../shared/domain/dashboard';
import { formatDate, formatDateTime } from '../../app/format';
import { DashboardCharts } from './DashboardCharts';
import { DashboardFiltersBar } from './DashboardFiltersBar';
import { DashboardTiles } from './DashboardTiles';
import { DrillDownPanel } from './DrillDownPanel';
import { ObjectionsAtRisk } from './ObjectionsAtRisk';
import { toFilter } from './dashboard-view';
import { useDashboard, useDashboardExport } from './use-dashboard';
import { dashboardTexts as texts } from './texts';

/** 合规看板: is every approval checked and every hit acted on; what is due. Supervisors and administrators. */
export const DashboardPage = () => {
  // A check recorded or a commitment or repair changed anywhere makes the figures old (staleAfter).
  const { view, figures, loading, error, rows, rowsError, refresh } = useDashboard();
  const { filters, drill, open, close } = view;
  const { exporting, message: exportMessage, exportExcel } = useDashboardExport();
  const base = toFilter(filters);
  const openFigure = (figure: DashboardFigure) =>
    open({ figure, filter: base, title: texts.figures[figure] });
  return (
    <Stack spacing={1.5} data-testid="dashboard-page">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="h2" component="h1" sx={{ flex: 1 }}>
          {texts.pageTitle}
        </Typography>
        <Button size="small" onClick={refresh}>
          {texts.refresh}
        </Button>
        <Button
          variant="contained"
          size="small"
          disabled={exporting || figures === null}
          onClick={() => void exportExcel()}
          data-testid="dashboard-export"
        >
          {exporting ? texts.exporting : texts.exportExcel}
        </Button>
      </Stack>
      <DashboardFiltersBar period={figures?.period ?? null} />
      {loading && <LinearProgress aria-label={texts.loading} />}
      {error !== null && <Alert severity="error">{error}</Alert>}
      {exportMessage !== null && <Alert severity="error">{exportMessage}</Alert>}
      {figures !== null && (
        <>
          <Typography variant="body2" color="text.secondary" data-testid="dashboard-as-of">
            {texts.asOf(
              `${formatDate(figures.period.from)} – ${formatDate(figures.period.to)}`,
              figures.cacheAsOf === null ? texts.noCache : formatDateTime(figures.cacheAsOf),
            )}
          </Typography>
          <DashboardTiles figures={figures} selected={drill?.figure ?? null} onOpen={openFigure} />
          {drill !== null && (
            <DrillDownPanel
              drill={drill}
              rows={rows}
              rowsError={rowsError}
              figures={figures}
              onClose={close}
            />
          )}
          <DashboardCharts
            figures={figures}
            onDay={(day) =>
              open({
                figure: 'checks',
                filter: { ...base, from: day, to: day },
                title: texts.drill.day(day),
              })
            }
            onMatter={(matter) =>
              open({
                figure: 'checks',
                filter: { ...base, matterCode: matter.code },
                title: texts.drill.matter(matter.name),
              })
            }
          />
          <ObjectionsAtRisk figures={figures} />
          {!figures.rules.confirmed && (
            <Alert severity="info" data-testid="dashboard-rules-note">
              {texts.rulesNote(figures.rules.note)}
            </Alert>
          )}
        </>
      )}
    </Stack>
  );
};
