import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import type { Matter } from '../../../shared/domain/catalogue';
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
import { useAppStore } from '../../app/app-store';
import { noCounts, useCommitmentsStore, type DueTab } from './commitments-store';
import { commitmentsTexts } from './texts';

// One array for "no catalogue yet": a selector returning a fresh [] on every call makes React re-render forever.
const noMatters: readonly Matter[] = [];
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

/** 待核查 / 即将到期 / 已逾期 / 已核查 as tabs with their counts, then 事项, 类型, 履行状态 and a search box. */
export const CommitmentFiltersBar = () => {
  const filters = useCommitmentsStore((state) => state.filters);
  const counts = useCommitmentsStore((state) => state.response?.counts ?? noCounts);
  const setFilters = useCommitmentsStore((state) => state.setFilters);
  const clearFilters = useCommitmentsStore((state) => state.clearFilters);
  const matters = useAppStore((state) => state.catalogue?.matters ?? noMatters);
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
        <TextField
          select
          label={texts.matter}
          value={filters.matterCode}
          onChange={(event) => setFilters({ matterCode: event.target.value })}
          sx={{ minWidth: 220, maxWidth: 320 }}
          slotProps={{
            select: { native: true },
            inputLabel: { shrink: true },
            htmlInput: { 'data-testid': 'commitment-filter-matter' },
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
          label={texts.type}
          value={filters.type}
          onChange={(event) => setFilters({ type: isType(event.target.value) ? event.target.value : '' })}
          sx={{ minWidth: 140 }}
          slotProps={{
            select: { native: true },
            inputLabel: { shrink: true },
            htmlInput: { 'data-testid': 'commitment-filter-type' },
          }}
        >
          <option value="">{texts.allTypes}</option>
          {commitmentTypes.map((type) => (
            <option key={type} value={type}>
              {commitmentTypeLabels[type]}
            </option>
          ))}
        </TextField>
        <TextField
          select
          label={texts.fulfilment}
          value={filters.fulfilment}
          onChange={(event) => {
            const parsed = Fulfilment.safeParse(event.target.value);
            setFilters({ fulfilment: parsed.success ? parsed.data : '' });
          }}
          sx={{ minWidth: 140 }}
          slotProps={{
            select: { native: true },
            inputLabel: { shrink: true },
            htmlInput: { 'data-testid': 'commitment-filter-fulfilment' },
          }}
        >
          <option value="">{texts.allFulfilments}</option>
          {Fulfilment.options.map((fulfilment) => (
            <option key={fulfilment} value={fulfilment}>
              {fulfilmentLabels[fulfilment]}
            </option>
          ))}
        </TextField>
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
