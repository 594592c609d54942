import Typography from '@mui/material/Typography';

/** Placeholder until the page is built (issue 5). */
export const InspectionsPage = () => (
  <Typography variant="h5" component="h1" data-testid="inspections-page">
    双随机抽查
  </Typography>
);
