import TextField from '@mui/material/TextField';

/** A start after the end: the list would be empty for a reason the user cannot see. Either side may be open (''). */
export const isRangeInvalid = (range: { from: string; to: string }): boolean =>
  range.from !== '' && range.to !== '' && range.from > range.to;

export const dateRangeTexts = { invalid: '开始日期不能晚于结束日期' } as const;

type Props = {
  fromLabel: string;
  toLabel: string;
  /** The dates shown (YYYY-MM-DD, '' for open). */
  from: string;
  to: string;
  onChange: (change: { from: string } | { to: string }) => void;
  testIds: { from: string; to: string };
  size?: 'small' | 'medium';
};

/** 从 … 至 … as two date fields; a start after the end marks both and says why under the first. */
export const DateRangeFilter = ({
  fromLabel,
  toLabel,
  from,
  to,
  onChange,
  testIds,
  size = 'medium',
}: Props) => {
  const invalid = isRangeInvalid({ from, to });
  return (
    <>
      <TextField
        label={fromLabel}
        type="date"
        size={size}
        value={from}
        onChange={(event) => onChange({ from: event.target.value })}
        error={invalid}
        helperText={invalid ? dateRangeTexts.invalid : undefined}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': testIds.from } }}
      />
      <TextField
        label={toLabel}
        type="date"
        size={size}
        value={to}
        onChange={(event) => onChange({ to: event.target.value })}
        error={invalid}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': testIds.to } }}
      />
    </>
  );
};
