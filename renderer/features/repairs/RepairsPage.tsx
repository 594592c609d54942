import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { RepairSortField } from '../../../shared/domain/repair';
import { PagedListPanel } from '../../app/list/PagedListPanel';
import { useWorkflowChanged } from '../../app/list/use-workflow-changed';
import { RepairFiltersBar } from './list/RepairFiltersBar';
import { useRepairsStore } from './list/repairs-store';
import { RepairsTable } from '../../app/repairs/RepairsTable';
import { useNewRepairSession } from '../../app/repairs/new-repair-session';
import { NewRepairWizard } from './new/NewRepairWizard';
import { repairsTexts } from './texts';

/** 信用修复: the applications taken in here, or the new application while one is being filled in. */
export const RepairsPage = () => {
  const creating = useNewRepairSession((state) => state.open);
  const start = useNewRepairSession((state) => state.start);
  const list = useRepairsStore();
  const { load } = list;
  useEffect(() => {
    if (!creating) void load();
  }, [load, creating]);
  useWorkflowChanged('repairs', () => {
    if (!useNewRepairSession.getState().open) void load();
  });
  if (creating) return <NewRepairWizard />;
  return (
    <Stack spacing={1.5} data-testid="repairs-page">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="h2" component="h1" sx={{ flex: 1 }}>
          {repairsTexts.pageTitle}
        </Typography>
        <Button size="small" onClick={() => void load()} data-testid="repairs-refresh">
          {repairsTexts.refresh}
        </Button>
        <Button variant="contained" startIcon={<AddIcon />} onClick={start} data-testid="repair-new-button">
          {repairsTexts.newApplication}
        </Button>
      </Stack>
      <RepairFiltersBar />
      <PagedListPanel state={list} sortFields={RepairSortField.options} testId="repairs" texts={repairsTexts}>
        {(server) => <RepairsTable items={list.items} server={server} />}
      </PagedListPanel>
    </Stack>
  );
};
