import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import type { DashboardFigures } from '../../../shared/domain/dashboard';
import { dashboardTexts as texts } from './texts';

type Props = {
  figures: DashboardFigures;
  onDay: (day: string) => void;
  onMatter: (matter: { code: string; name: string }) => void;
};

const localeText = { noData: texts.charts.noData, loading: texts.charts.loading };

/** MM-DD under the axis: the period is at most a year and its first and last day are in the caption. */
const shortDay = (day: string): string => day.slice(5);

/** Checks per day (line) and per matter (bars); a click on a day or a bar shows the checks behind it. */
export const DashboardCharts = ({ figures, onDay, onMatter }: Props) => {
  const days = figures.perDay.map((point) => point.day);
  const total = figures.perDay.reduce((sum, point) => sum + point.checks, 0);
  const matters = figures.perMatter;
  const step = Math.max(1, Math.ceil(days.length / 6));
  const theme = useTheme();
  return (
    <Stack direction={{ xs: 'column', lg: 'row' }} spacing={1.5}>
      <Paper
        variant="outlined"
        sx={{ p: 1.5, flex: 3, minWidth: 0 }}
        data-testid="dashboard-chart-days"
        // The chart's surface takes no name of its own (role none): the figure is named by its heading.
        role="figure"
        aria-labelledby="dashboard-days-title"
      >
        <Typography variant="h3" component="h2" id="dashboard-days-title">
          {texts.charts.perDayTitle}
        </Typography>
        <LineChart
          height={260}
          desc={texts.charts.perDayDesc(days.length, total)}
          localeText={localeText}
          skipAnimation
          hideLegend
          xAxis={[
            {
              scaleType: 'point',
              data: days,
              valueFormatter: shortDay,
              // Room for the labels: MUI X drops a tick label that does not fit the axis height (CJK fonts are tall).
              height: 40,
              // About six labels whatever the period's length, the last day (today, by default) always among them.
              tickInterval: (_day: string, index: number) =>
                index === days.length - 1 || (days.length - 1 - index) % step === 0,
            },
          ]}
          yAxis={[{ tickMinStep: 1 }]}
          series={[
            {
              id: 'checks',
              label: texts.charts.series,
              data: figures.perDay.map((p) => p.checks),
              curve: 'linear',
              showMark: days.length <= 31,
              color: theme.palette.primary.main,
            },
          ]}
          onAxisClick={(_event, data) => {
            const day = data === null ? undefined : days[data.dataIndex];
            if (day !== undefined) onDay(day);
          }}
        />
      </Paper>
      <Paper
        variant="outlined"
        sx={{ p: 1.5, flex: 2, minWidth: 0 }}
        data-testid="dashboard-chart-matters"
        role="figure"
        aria-labelledby="dashboard-matters-title"
      >
        <Typography variant="h3" component="h2" id="dashboard-matters-title">
          {texts.charts.perMatterTitle}
        </Typography>
        <BarChart
          height={Math.max(160, 40 + matters.length * 34)}
          desc={texts.charts.perMatterDesc(matters.length)}
          localeText={localeText}
          skipAnimation
          hideLegend
          layout="horizontal"
          yAxis={[{ scaleType: 'band', data: matters.map((m) => m.matterName), width: 150 }]}
          xAxis={[{ tickMinStep: 1, height: 40 }]}
          series={[
            {
              id: 'checks',
              label: texts.charts.series,
              data: matters.map((m) => m.checks),
              color: theme.palette.primary.light,
            },
          ]}
          onAxisClick={(_event, data) => {
            const matter = data === null ? undefined : matters[data.dataIndex];
            if (matter !== undefined) onMatter({ code: matter.matterCode, name: matter.matterName });
          }}
        />
      </Paper>
    </Stack>
  );
};
