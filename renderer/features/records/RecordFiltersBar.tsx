import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { Matter } from '../../../shared/domain/catalogue';
import { verdictCodes, type VerdictCode } from '../../../shared/domain/check';
import { verdictLabels } from '../../../shared/domain/labels';
import { useAppStore } from '../../app/app-store';
import { inputTestId } from '../../app/input-test-id';
import { useRecordsStore } from './records-store';
import { recordsTexts } from './texts';

// One array for "no catalogue yet": a selector returning a fresh [] on every call makes React re-render forever.
const noMatters: readonly Matter[] = [];

const isVerdict = (value: string): value is VerdictCode =>
  (verdictCodes as readonly string[]).includes(value);

export const RecordFiltersBar = () => {
  const filters = useRecordsStore((state) => state.filters);
  const setFilters = useRecordsStore((state) => state.setFilters);
  const clearFilters = useRecordsStore((state) => state.clearFilters);
  const matters = useAppStore((state) => state.catalogue?.matters ?? noMatters);
  const texts = recordsTexts.filters;
  const rangeInvalid = filters.from !== '' && filters.to !== '' && filters.from > filters.to;
  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
      <TextField
        label={texts.from}
        type="date"
        value={filters.from}
        onChange={(event) => setFilters({ from: event.target.value })}
        error={rangeInvalid}
        helperText={rangeInvalid ? texts.rangeInvalid : undefined}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'filter-from' } }}
      />
      <TextField
        label={texts.to}
        type="date"
        value={filters.to}
        onChange={(event) => setFilters({ to: event.target.value })}
        error={rangeInvalid}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'filter-to' } }}
      />
      <TextField
        select
        label={texts.matter}
        value={filters.matterCode}
        onChange={(event) => setFilters({ matterCode: event.target.value })}
        sx={{ minWidth: 220, maxWidth: 320 }}
        slotProps={{
          select: { native: true },
          inputLabel: { shrink: true },
          htmlInput: { 'data-testid': 'filter-matter' },
        }}
      >
        <option value="">{texts.allMatters}</option>
        {matters.map((matter) => (
          <option key={matter.code} value={matter.code}>
            {`${matter.name}（${matter.code}）`}
          </option>
        ))}
      </TextField>
      <TextField
        select
        label={texts.verdict}
        value={filters.verdict}
        onChange={(event) => setFilters({ verdict: isVerdict(event.target.value) ? event.target.value : '' })}
        sx={{ minWidth: 140 }}
        slotProps={{
          select: { native: true },
          inputLabel: { shrink: true },
          htmlInput: { 'data-testid': 'filter-verdict' },
        }}
      >
        <option value="">{texts.allVerdicts}</option>
        {verdictCodes.map((code) => (
          <option key={code} value={code}>
            {verdictLabels[code]}
          </option>
        ))}
      </TextField>
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
