import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import type { DashboardFigure } from '../../../shared/domain/dashboard';
import { useAppStore } from '../../app/app-store';
import { formatDate, formatDateTime } from '../../app/format';
import { DashboardCharts } from './DashboardCharts';
import { DashboardFiltersBar } from './DashboardFiltersBar';
import { DashboardTiles } from './DashboardTiles';
import { DrillDownPanel } from './DrillDownPanel';
import { toFilter, useDashboardStore } from './dashboard-store';
import { dashboardTexts as texts } from './texts';

/** 合规看板: is every approval checked and every hit acted on; what is due. Supervisors and administrators. */
export const DashboardPage = () => {
  const { figures, filters, loading, error, drill, exporting, exportMessage, load, open, exportExcel } =
    useDashboardStore();
  // A check recorded anywhere (this window or another) refreshes the figures.
  const recordedChecks = useAppStore((state) => state.recordedChecks);
  useEffect(() => {
    void load();
  }, [load, recordedChecks]);
  const base = toFilter(filters);
  const openFigure = (figure: DashboardFigure) =>
    void open({ figure, filter: base, title: texts.figures[figure] });
  return (
    <Stack spacing={1.5} data-testid="dashboard-page">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="h2" component="h1" sx={{ flex: 1 }}>
          {texts.pageTitle}
        </Typography>
        <Button size="small" onClick={() => void load()}>
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
      <DashboardFiltersBar />
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
          <DrillDownPanel />
          <DashboardCharts
            figures={figures}
            onDay={(day) =>
              void open({
                figure: 'checks',
                filter: { ...base, from: day, to: day },
                title: texts.drill.day(day),
              })
            }
            onMatter={(matter) =>
              void open({
                figure: 'checks',
                filter: { ...base, matterCode: matter.code },
                title: texts.drill.matter(matter.name),
              })
            }
          />
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
