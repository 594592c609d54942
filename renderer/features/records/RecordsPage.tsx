import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CheckSortField } from '../../../shared/domain/check';
import { PagedListPanel } from '../../app/list/PagedListPanel';
import { RecordFiltersBar } from './RecordFiltersBar';
import { useRecordsList } from '../../app/records/records-list';
import { RecordsTable } from '../../app/records/RecordsTable';
import { recordsTexts } from './texts';

/** 核查记录: every stored check, filterable, newest first. */
export const RecordsPage = () => {
  // A check recorded anywhere (this window or another) makes the list old (staleAfter): it is asked again.
  const list = useRecordsList();
  return (
    <Stack spacing={1.5} data-testid="records-page">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h2" component="h1">
          {recordsTexts.pageTitle}
        </Typography>
        <Button size="small" onClick={list.refresh}>
          {recordsTexts.refresh}
        </Button>
      </Stack>
      <RecordFiltersBar />
      <PagedListPanel state={list} sortFields={CheckSortField.options} testId="records" texts={recordsTexts}>
        {(server) => <RecordsTable items={list.items} server={server} />}
      </PagedListPanel>
    </Stack>
  );
};
