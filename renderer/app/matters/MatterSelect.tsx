import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useMemo } from 'react';
import type { Matter } from '../../../shared/domain/catalogue';
import { useCatalogue } from '../app-info';
import { matterSelectTexts } from './texts';

type Option = Matter & { categoryName: string };

// Matches the code or the name anywhere, so both 0101 and 施工许可 find a matter.
const filterOptions = createFilterOptions<Option>({ stringify: (option) => `${option.code} ${option.name}` });

type Props = {
  value: string | null;
  onChange: (code: string | null) => void;
  error: string | undefined;
  /** Another form's wording and test id (所属事项 of a commitment). */
  label?: string;
  testId?: string;
};

/** 事项: searchable by code or name, grouped by category. */
export const MatterSelect = ({ value, onChange, error, label, testId = 'matter-select' }: Props) => {
  const catalogue = useCatalogue().data ?? null;
  const options = useMemo<Option[]>(() => {
    if (catalogue === null) return [];
    const names = new Map(catalogue.matterCategories.map((category) => [category.code, category.name]));
    return catalogue.matters
      .map((matter) => ({ ...matter, categoryName: names.get(matter.category) ?? matter.category }))
      .sort((a, b) => a.categoryName.localeCompare(b.categoryName, 'zh-CN') || a.code.localeCompare(b.code));
  }, [catalogue]);
  const selected = options.find((option) => option.code === value) ?? null;
  const texts = matterSelectTexts;
  return (
    <Autocomplete
      options={options}
      value={selected}
      onChange={(_event, option) => onChange(option?.code ?? null)}
      groupBy={(option) => option.categoryName}
      getOptionLabel={(option) => `${option.name}（${option.code}）`}
      isOptionEqualToValue={(option, current) => option.code === current.code}
      filterOptions={filterOptions}
      autoHighlight
      loading={catalogue === null}
      loadingText={texts.loading}
      noOptionsText={texts.noOptions}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label ?? texts.label}
          placeholder={texts.placeholder}
          required
          error={error !== undefined}
          helperText={error}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, 'data-testid': testId },
          }}
        />
      )}
    />
  );
};
