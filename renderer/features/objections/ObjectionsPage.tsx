import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ObjectionSortField } from '../../../shared/domain/objection';
import { PagedListPanel } from '../../app/list/PagedListPanel';
import { useNewObjectionSession } from '../../app/objections/new-objection-session';
import { ObjectionsTable } from '../../app/objections/ObjectionsTable';
import { ObjectionFiltersBar } from './list/ObjectionFiltersBar';
import { useObjectionsList } from '../../app/objections/objections-list';
import { NewObjectionForm } from './new/NewObjectionForm';
import { objectionsTexts } from './texts';

/** 异议处理: the objections taken in here, or the new one while it is being taken in. */
export const ObjectionsPage = () => {
  const creating = useNewObjectionSession((state) => state.open);
  const start = useNewObjectionSession((state) => state.start);
  if (creating) return <NewObjectionForm />;
  return <ObjectionsList onNew={start} />;
};

const ObjectionsList = ({ onNew }: { onNew: () => void }) => {
  const list = useObjectionsList();
  return (
    <Stack spacing={1.5} data-testid="objections-page">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="h2" component="h1" sx={{ flex: 1 }}>
          {objectionsTexts.pageTitle}
        </Typography>
        <Button size="small" onClick={list.refresh} data-testid="objections-refresh">
          {objectionsTexts.refresh}
        </Button>
        <Button
          variant="contained"
          startIcon={<AddIcon />}
          onClick={onNew}
          data-testid="objection-new-button"
        >
          {objectionsTexts.newObjection}
        </Button>
      </Stack>
      <ObjectionFiltersBar />
      <PagedListPanel
        state={list}
        sortFields={ObjectionSortField.options}
        testId="objections"
        texts={objectionsTexts}
      >
        {(server) => <ObjectionsTable items={list.items} server={server} />}
      </PagedListPanel>
    </Stack>
  );
};
