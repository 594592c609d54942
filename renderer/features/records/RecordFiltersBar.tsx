import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import { verdictCodes, type VerdictCode } from '../../../shared/domain/check';
import { verdictLabels } from '../../../shared/domain/labels';
import { DateRangeFilter } from '../../app/filters/DateRangeFilter';
import { FilterSelect } from '../../app/filters/FilterSelect';
import { MatterFilter } from '../../app/filters/MatterFilter';
import { inputTestId } from '../../app/input-test-id';
import { useRecordsView } from '../../app/records/records-list';
import { recordsTexts } from './texts';

const isVerdict = (value: string): value is VerdictCode =>
  (verdictCodes as readonly string[]).includes(value);

const verdictOptions = verdictCodes.map((code) => ({ value: code, label: verdictLabels[code] }));

export const RecordFiltersBar = () => {
  const filters = useRecordsView((state) => state.filters);
  const setFilters = useRecordsView((state) => state.setFilters);
  const clearFilters = useRecordsView((state) => state.clearFilters);
  const texts = recordsTexts.filters;
  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
      <DateRangeFilter
        fromLabel={texts.from}
        toLabel={texts.to}
        from={filters.from}
        to={filters.to}
        onChange={setFilters}
        testIds={{ from: 'filter-from', to: 'filter-to' }}
      />
      <MatterFilter
        label={texts.matter}
        allLabel={texts.allMatters}
        value={filters.matterCode}
        onChange={(matterCode) => setFilters({ matterCode })}
        testId="filter-matter"
      />
      <FilterSelect
        label={texts.verdict}
        allLabel={texts.allVerdicts}
        value={filters.verdict}
        onChange={(value) => setFilters({ verdict: isVerdict(value) ? value : '' })}
        options={verdictOptions}
        testId="filter-verdict"
      />
      <FormControlLabel
        label={texts.openOnly}
        control={
          <Checkbox
            checked={filters.openOnly}
            onChange={(_event, checked) => setFilters({ openOnly: checked })}
            slotProps={{ input: inputTestId('filter-open') }}
          />
        }
      />
      <Button onClick={clearFilters} sx={{ mt: 0.5 }}>
        {texts.clear}
      </Button>
    </Stack>
  );
};
