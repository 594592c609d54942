import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { regions } from '../../../shared/domain/regions';
import { DateRangeFilter } from '../../app/filters/DateRangeFilter';
import { FilterSelect } from '../../app/filters/FilterSelect';
import { MatterFilter } from '../../app/filters/MatterFilter';
import { appTexts } from '../../app/texts';
import type { DashboardFigures } from '../../../shared/domain/dashboard';
import { useDashboardView } from './dashboard-view';
import { dashboardTexts } from './texts';

const districtOptions = regions.map((region) => ({
  value: region.code,
  label: appTexts.regionOption(region.name, region.code, region.unconfirmed === true),
}));

/** Period (empty: the default last 30 days, shown as placeholders from the answer), matter and district. */
export const DashboardFiltersBar = ({ period }: { period: DashboardFigures['period'] | null }) => {
  const filters = useDashboardView((state) => state.filters);
  const setFilters = useDashboardView((state) => state.setFilters);
  const clearFilters = useDashboardView((state) => state.clearFilters);
  const texts = dashboardTexts.filters;
  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
      <DateRangeFilter
        fromLabel={texts.from}
        toLabel={texts.to}
        from={filters.from === '' ? (period?.from ?? '') : filters.from}
        to={filters.to === '' ? (period?.to ?? '') : filters.to}
        onChange={setFilters}
        testIds={{ from: 'dashboard-from', to: 'dashboard-to' }}
      />
      <MatterFilter
        label={texts.matter}
        allLabel={texts.allMatters}
        value={filters.matterCode}
        onChange={(matterCode) => setFilters({ matterCode })}
        testId="dashboard-matter"
      />
      <FilterSelect
        label={texts.district}
        allLabel={texts.allDistricts}
        value={filters.districtCode}
        onChange={(districtCode) => setFilters({ districtCode })}
        options={districtOptions}
        testId="dashboard-district"
        sx={{ minWidth: 180 }}
      />
      <Button onClick={clearFilters} sx={{ mt: 0.5 }}>
        {texts.clear}
      </Button>
    </Stack>
  );
};
