import TextField from '@mui/material/TextField';
import { regions } from '../../shared/domain/regions';
import { appTexts } from './texts';

type Props = {
  label: string;
  value: string;
  onChange: (code: string) => void;
  error?: string | undefined;
  testId: string;
  fullWidth?: boolean;
};

/** 区划 over the 平顶山 region table; a native select, so typing the first characters jumps to the entry. */
export const RegionSelect = ({ label, value, onChange, error, testId, fullWidth = false }: Props) => {
  const known = regions.some((region) => region.code === value);
  return (
    <TextField
      select
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error !== undefined}
      helperText={error}
      fullWidth={fullWidth}
      slotProps={{ select: { native: true }, htmlInput: { 'data-testid': testId } }}
    >
      {!known && <option value={value}>{value}</option>}
      {regions.map((region) => (
        <option key={region.code} value={region.code}>
          {appTexts.regionOption(region.name, region.code, region.unconfirmed === true)}
        </option>
      ))}
    </TextField>
  );
};
