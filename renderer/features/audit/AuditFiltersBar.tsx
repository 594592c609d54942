import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import { FilterSelect } from '../../app/filters/FilterSelect';
import { auditActionLabel, auditActorLabel, auditPageTexts } from './texts';
import type { AuditList } from '../../../shared/domain/audit';
import { useAuditView } from './audit-list';
import { DateRangeFilter } from '../../app/filters/DateRangeFilter';

/** A typed filter applied when typing pauses, so every keystroke does not start a query. */
const TYPING_PAUSE_MS = 300;

function TypedFilter({
  label,
  field,
  testId,
}: {
  label: string;
  field: 'caseNumber' | 'text';
  testId: string;
}) {
  const applied = useAuditView((state) => state.filters[field]);
  const setFilters = useAuditView((state) => state.setFilters);
  const [value, setValue] = useState(applied);
  // Changed from outside (清除筛选): show it — adjusted while rendering, as React recommends over an effect.
  const [shown, setShown] = useState(applied);
  if (shown !== applied) {
    setShown(applied);
    setValue(applied);
  }
  useEffect(() => {
    if (value === applied) return undefined;
    const timer = window.setTimeout(() => setFilters({ [field]: value }), TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [value, applied, field, setFilters]);
  return (
    <TextField
      label={label}
      value={value}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') setFilters({ [field]: value });
      }}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': testId } }}
    />
  );
}

export const AuditFiltersBar = ({ response }: { response: AuditList | null }) => {
  const filters = useAuditView((state) => state.filters);
  const setFilters = useAuditView((state) => state.setFilters);
  const clearFilters = useAuditView((state) => state.clearFilters);
  const texts = auditPageTexts.filters;
  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
      <DateRangeFilter
        fromLabel={texts.from}
        toLabel={texts.to}
        from={filters.from}
        to={filters.to}
        onChange={setFilters}
        testIds={{ from: 'audit-filter-from', to: 'audit-filter-to' }}
      />
      <FilterSelect
        label={texts.actor}
        allLabel={texts.allActors}
        value={filters.actor}
        onChange={(actor) => setFilters({ actor })}
        options={(response?.actors ?? []).map((actor) => ({ value: actor, label: auditActorLabel(actor) }))}
        testId="audit-filter-actor"
        sx={{ minWidth: 180 }}
      />
      <FilterSelect
        label={texts.action}
        allLabel={texts.allActions}
        value={filters.action}
        onChange={(action) => setFilters({ action })}
        options={(response?.actions ?? []).map((action) => ({
          value: action,
          label: auditActionLabel(action),
        }))}
        testId="audit-filter-action"
        sx={{ minWidth: 160 }}
      />
      <TypedFilter label={texts.caseNumber} field="caseNumber" testId="audit-filter-case" />
      <TypedFilter label={texts.text} field="text" testId="audit-filter-text" />
      <Button onClick={clearFilters} sx={{ mt: 0.5 }}>
        {texts.clear}
      </Button>
    </Stack>
  );
};
