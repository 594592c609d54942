import { useMemo } from 'react';
import type { Matter } from '../../../shared/domain/catalogue';
import { useCatalogue } from '../app-info';
import { FilterSelect } from './FilterSelect';

// One array for "no catalogue yet", so the options are not built again on every render.
const noMatters: readonly Matter[] = [];

type Props = {
  label: string;
  allLabel: string;
  value: string;
  onChange: (matterCode: string) => void;
  testId: string;
};

/** 事项 filter over the catalogue's matters, shown as 名称（代码）. */
export const MatterFilter = ({ label, allLabel, value, onChange, testId }: Props) => {
  const matters = useCatalogue().data?.matters ?? noMatters;
  const options = useMemo(
    () => matters.map((matter) => ({ value: matter.code, label: `${matter.name}（${matter.code}）` })),
    [matters],
  );
  return (
    <FilterSelect
      label={label}
      allLabel={allLabel}
      value={value}
      onChange={onChange}
      options={options}
      testId={testId}
      sx={{ minWidth: 220, maxWidth: 320 }}
    />
  );
};
