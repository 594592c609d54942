import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { CheckSortField } from '../../../shared/domain/check';
import { useAppStore } from '../../app/app-store';
import { PagedListPanel } from '../../app/list/PagedListPanel';
import { RecordFiltersBar } from './RecordFiltersBar';
import { useRecordsStore } from '../../app/records/records-store';
import { RecordsTable } from '../../app/records/RecordsTable';
import { recordsTexts } from './texts';

/** 核查记录: every stored check, filterable, newest first. */
export const RecordsPage = () => {
  const list = useRecordsStore();
  const { load } = list;
  // A check recorded anywhere (this window or another) refreshes the list.
  const recordedChecks = useAppStore((state) => state.recordedChecks);
  useEffect(() => {
    void load();
  }, [load, recordedChecks]);
  return (
    <Stack spacing={1.5} data-testid="records-page">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h2" component="h1">
          {recordsTexts.pageTitle}
        </Typography>
        <Button size="small" onClick={() => void load()}>
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
