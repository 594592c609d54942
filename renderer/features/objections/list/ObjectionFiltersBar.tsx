import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { FilterSelect } from '../../../app/filters/FilterSelect';
import { OBJECTION_STATE_LABELS, ObjectionState } from '../../../../shared/objection/state-machine';
import { objectionsTexts } from '../texts';
import { useObjectionsView, type ObjectionScope } from '../../../app/objections/objections-list';

const toScope = (value: string): ObjectionScope =>
  value === 'all' || value === 'at-risk'
    ? value
    : (ObjectionState.options.find((state) => state === value) ?? 'open');

export const ObjectionFiltersBar = () => {
  const { scope, query } = useObjectionsView((state) => state.filters);
  const setFilters = useObjectionsView((state) => state.setFilters);
  const texts = objectionsTexts.filters;
  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
      <FilterSelect
        label={texts.scope}
        value={scope}
        onChange={(value) => setFilters({ scope: toScope(value) })}
        options={[
          { value: 'open', label: texts.open },
          { value: 'at-risk', label: texts.atRisk },
          { value: 'all', label: texts.all },
          ...ObjectionState.options.map((state) => ({ value: state, label: OBJECTION_STATE_LABELS[state] })),
        ]}
        testId="objections-scope"
        sx={{ minWidth: 180 }}
      />
      <TextField
        label={texts.query}
        value={query}
        onChange={(event) => setFilters({ query: event.target.value })}
        sx={{ minWidth: 280 }}
        slotProps={{ htmlInput: { 'data-testid': 'objections-query', maxLength: 100, autoComplete: 'off' } }}
      />
    </Stack>
  );
};
