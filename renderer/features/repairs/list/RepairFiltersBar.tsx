import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { FilterSelect } from '../../../app/filters/FilterSelect';
import { REPAIR_STATE_LABELS, RepairState } from '../../../../shared/repair/state-machine';
import { repairsTexts } from '../texts';
import { useRepairsView, type RepairScope } from './repairs-list';

// 填写中 exists only in the window's form, never in the list.
const listedStates = RepairState.options.filter((state) => state !== 'draft');

const toScope = (value: string): RepairScope =>
  value === 'all' ? 'all' : (listedStates.find((state) => state === value) ?? 'open');

export const RepairFiltersBar = () => {
  const { scope, query } = useRepairsView((state) => state.filters);
  const setFilters = useRepairsView((state) => state.setFilters);
  const texts = repairsTexts.filters;
  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
      <FilterSelect
        label={texts.scope}
        value={scope}
        onChange={(value) => setFilters({ scope: toScope(value) })}
        options={[
          { value: 'open', label: texts.open },
          { value: 'all', label: texts.all },
          ...listedStates.map((state) => ({ value: state, label: REPAIR_STATE_LABELS[state] })),
        ]}
        testId="repairs-scope"
        sx={{ minWidth: 160 }}
      />
      <TextField
        label={texts.query}
        value={query}
        onChange={(event) => setFilters({ query: event.target.value })}
        sx={{ minWidth: 280 }}
        slotProps={{ htmlInput: { 'data-testid': 'repairs-query', maxLength: 100, autoComplete: 'off' } }}
      />
    </Stack>
  );
};
