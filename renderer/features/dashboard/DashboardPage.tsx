import Typography from '@mui/material/Typography';

/** Placeholder until the page is built (issue 5). */
export const DashboardPage = () => (
  <Typography variant="h5" component="h1" data-testid="dashboard-page">
    合规看板
  </Typography>
);
