import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { visuallyHidden } from '@mui/utils';
import { DashboardFigure, type DashboardFigures } from '../../../shared/domain/dashboard';
import { dashboardTexts as texts } from './texts';

/** Figures that call for action when not zero: their count is shown in the warning colour. */
const ALERTS: readonly DashboardFigure[] = [
  'open-feedback',
  'approvals-without-check',
  'commitments-overdue',
  'repairs-at-risk',
  'undelivered-feedback',
];

const hintOf = (figure: DashboardFigure, figures: DashboardFigures): string => {
  switch (figure) {
    case 'approvals-without-check':
      return texts.hints.approvals(
        figures.approvals.decisions,
        figures.approvals.department,
        figures.approvals.lookBackDays,
      );
    case 'commitments-due-soon':
      return texts.hints.commitmentsDueSoon(figures.commitmentDueSoonDays);
    case 'commitments-overdue':
      return texts.hints.commitmentsOverdue;
    case 'repairs-at-risk':
      return texts.hints.repairs(figures.repairAtRiskWorkingDays);
    default:
      return texts.hints[figure];
  }
};

type Props = {
  figures: DashboardFigures;
  selected: DashboardFigure | null;
  onOpen: (figure: DashboardFigure) => void;
};

/** One tile per figure: its count and what it counts; a click (or Enter) shows the rows behind it. */
export const DashboardTiles = ({ figures, selected, onOpen }: Props) => (
  <Box
    sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fill, minmax(210px, 1fr))' }}
    data-testid="dashboard-tiles"
  >
    {DashboardFigure.options.map((figure) => {
      const count = figures.counts[figure];
      const alert = ALERTS.includes(figure) && count > 0;
      return (
        <Card
          key={figure}
          variant="outlined"
          sx={{ borderColor: selected === figure ? 'primary.main' : undefined }}
        >
          <CardActionArea
            onClick={() => onOpen(figure)}
            data-testid={`dashboard-tile-${figure}`}
            sx={{ height: '100%' }}
          >
            <CardContent>
              <Typography variant="body2" color="text.secondary">
                {texts.figures[figure]}
              </Typography>
              <Typography
                variant="h4"
                component="p"
                color={alert ? 'warning.dark' : 'text.primary'}
                data-testid={`dashboard-count-${figure}`}
              >
                {count}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {hintOf(figure, figures)}
              </Typography>
              {/* The tile's name is what it shows; what a click does, said to a screen reader only. */}
              <Box component="span" sx={visuallyHidden}>
                {texts.tileAction}
              </Box>
            </CardContent>
          </CardActionArea>
        </Card>
      );
    })}
  </Box>
);
