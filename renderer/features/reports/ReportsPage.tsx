import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { IssueForm } from './issue/IssueForm';
import { IssuedList } from './issue/IssuedList';
import { reportsTexts } from './texts';

/** 信用报告 (supervisors): issue a public credit report for a subject of the cache; the reports issued so far. */
export const ReportsPage = () => (
  <Stack spacing={2} data-testid="reports-page">
    <Typography variant="h5" component="h1">
      {reportsTexts.pageTitle}
    </Typography>
    <IssueForm />
    <IssuedList />
  </Stack>
);
