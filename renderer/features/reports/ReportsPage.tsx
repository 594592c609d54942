import Typography from '@mui/material/Typography';

/** Placeholder until the page is built (issue 5). */
export const ReportsPage = () => (
  <Typography variant="h5" component="h1" data-testid="reports-page">
    信用报告
  </Typography>
);
