import Typography from '@mui/material/Typography';

/** Placeholder until the page is built (issue 5). */
export const ReportPage = ({ subjectId }: { subjectId: string }) => (
  <Typography variant="h5" component="h1" data-testid="report-page" data-subject={subjectId}>
    信用报告
  </Typography>
);
