import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import {
  commitmentTypes,
  Fulfilment,
  type CommitmentList,
  type CommitmentType,
} from '../../../shared/domain/commitment';
import {
  commitmentDueLabels,
  commitmentTypeLabels,
  fulfilmentLabels,
} from '../../../shared/domain/workflow-labels';
import { FilterSelect } from '../../app/filters/FilterSelect';
import { MatterFilter } from '../../app/filters/MatterFilter';
import { useCommitmentsView, type DueTab } from '../../app/commitments/commitments-list';
import { commitmentsTexts } from './texts';

const SEARCH_DELAY_MS = 300;

const countOf = (tab: DueTab, counts: CommitmentList['counts']): number | null => {
  if (tab === 'open') return counts.open;
  if (tab === 'due-soon') return counts.dueSoon;
  if (tab === 'overdue') return counts.overdue;
  return null;
};

const tabs: readonly DueTab[] = ['all', 'open', 'due-soon', 'overdue', 'verified'];

const tabLabel = (tab: DueTab, counts: CommitmentList['counts']): string => {
  const label = tab === 'all' ? commitmentsTexts.tabs.all : commitmentDueLabels[tab];
  const count = countOf(tab, counts);
  return count === null ? label : commitmentsTexts.tabs.count(label, count);
};

const isType = (value: string): value is CommitmentType =>
  (commitmentTypes as readonly string[]).includes(value);

const typeOptions = commitmentTypes.map((type) => ({ value: type, label: commitmentTypeLabels[type] }));
const fulfilmentOptions = Fulfilment.options.map((fulfilment) => ({
  value: fulfilment,
  label: fulfilmentLabels[fulfilment],
}));

/** 待核查 / 即将到期 / 已逾期 / 已核查 as tabs with their counts, then 事项, 类型, 履行状态 and a search box. */
export const CommitmentFiltersBar = ({ counts }: { counts: CommitmentList['counts'] }) => {
  const filters = useCommitmentsView((state) => state.filters);
  const setFilters = useCommitmentsView((state) => state.setFilters);
  const clearFilters = useCommitmentsView((state) => state.clearFilters);
  const [query, setQuery] = useState(filters.query);
  const texts = commitmentsTexts.filters;

  // Typing searches once the clerk pauses; Enter searches at once.
  useEffect(() => {
    if (query === filters.query) return;
    const timer = window.setTimeout(() => setFilters({ query }), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [query, filters.query, setFilters]);

  return (
    <Stack spacing={1}>
      <Tabs
        value={filters.due}
        onChange={(_event, due: DueTab) => setFilters({ due })}
        aria-label={commitmentsTexts.tabs.label}
        variant="scrollable"
        data-testid="commitment-tabs"
      >
        {tabs.map((tab) => (
          <Tab
            key={tab}
            value={tab}
            label={tabLabel(tab, counts)}
            data-testid={`commitment-tab-${tab}`}
            data-count={countOf(tab, counts) ?? undefined}
          />
        ))}
      </Tabs>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <TextField
          label={texts.query}
          placeholder={texts.queryPlaceholder}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') setFilters({ query });
          }}
          sx={{ minWidth: 260 }}
          slotProps={{ htmlInput: { 'data-testid': 'commitment-search', maxLength: 100 } }}
        />
        <MatterFilter
          label={texts.matter}
          allLabel={texts.allMatters}
          value={filters.matterCode}
          onChange={(matterCode) => setFilters({ matterCode })}
          testId="commitment-filter-matter"
        />
        <FilterSelect
          label={texts.type}
          allLabel={texts.allTypes}
          value={filters.type}
          onChange={(value) => setFilters({ type: isType(value) ? value : '' })}
          options={typeOptions}
          testId="commitment-filter-type"
        />
        <FilterSelect
          label={texts.fulfilment}
          allLabel={texts.allFulfilments}
          value={filters.fulfilment}
          onChange={(value) => {
            const parsed = Fulfilment.safeParse(value);
            setFilters({ fulfilment: parsed.success ? parsed.data : '' });
          }}
          options={fulfilmentOptions}
          testId="commitment-filter-fulfilment"
        />
        <Button
          onClick={() => {
            setQuery('');
            clearFilters();
          }}
          sx={{ mt: 0.5 }}
        >
          {texts.clear}
        </Button>
      </Stack>
    </Stack>
  );
};
