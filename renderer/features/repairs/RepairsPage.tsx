import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { RepairSortField } from '../../../shared/domain/repair';
import { PagedListPanel } from '../../app/list/PagedListPanel';
import { RepairFiltersBar } from './list/RepairFiltersBar';
import { useRepairsList } from './list/repairs-list';
import { RepairsTable } from '../../app/repairs/RepairsTable';
import { useNewRepairSession } from '../../app/repairs/new-repair-session';
import { NewRepairWizard } from './new/NewRepairWizard';
import { repairsTexts } from './texts';

/** 信用修复: the applications taken in here, or the new application while one is being filled in. */
export const RepairsPage = () => {
  const creating = useNewRepairSession((state) => state.open);
  const start = useNewRepairSession((state) => state.start);
  if (creating) return <NewRepairWizard />;
  return <RepairsList onNew={start} />;
};

/** The list, asked again when it opens; a change of the area makes it old (staleAfter). */
const RepairsList = ({ onNew }: { onNew: () => void }) => {
  const list = useRepairsList();
  return (
    <Stack spacing={1.5} data-testid="repairs-page">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="h2" component="h1" sx={{ flex: 1 }}>
          {repairsTexts.pageTitle}
        </Typography>
        <Button size="small" onClick={list.refresh} data-testid="repairs-refresh">
          {repairsTexts.refresh}
        </Button>
        <Button variant="contained" startIcon={<AddIcon />} onClick={onNew} data-testid="repair-new-button">
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
