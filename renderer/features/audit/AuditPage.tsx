import Typography from '@mui/material/Typography';

/** Placeholder until the page is built (issue 5). */
export const AuditPage = () => (
  <Typography variant="h5" component="h1" data-testid="audit-page">
    审计日志
  </Typography>
);
