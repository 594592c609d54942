import TextField from '@mui/material/TextField';
import type { SxProps, Theme } from '@mui/material/styles';

export type FilterOption = { value: string; label: string };

type Props = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly FilterOption[];
  /** An empty-value option first ("全部…"), meaning no filter. */
  allLabel?: string;
  testId: string;
  sx?: SxProps<Theme>;
};

/** One filter of a list's filter bar: a native select (keyboard-friendly, fast with long catalogues). */
export const FilterSelect = ({ label, value, onChange, options, allLabel, testId, sx }: Props) => (
  <TextField
    select
    label={label}
    value={value}
    onChange={(event) => onChange(event.target.value)}
    sx={sx ?? { minWidth: 140 }}
    slotProps={{
      select: { native: true },
      inputLabel: { shrink: true },
      htmlInput: { 'data-testid': testId },
    }}
  >
    {allLabel !== undefined && <option value="">{allLabel}</option>}
    {options.map((option) => (
      <option key={option.value} value={option.value}>
        {option.label}
      </option>
    ))}
  </TextField>
);
