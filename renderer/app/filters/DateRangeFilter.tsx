import { DateField } from '../fields/DateFields';
import { limitTexts, todayOf } from '../fields/beijing-time';
import { isValidDay } from '../../../shared/calendar/day';

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
  /** Only whole days (or '') reach the filter; what is still being typed stays in the field. */
  onChange: (change: { from: string } | { to: string }) => void;
  testIds: { from: string; to: string };
  size?: 'small' | 'medium';
};

const whole = (value: string): boolean => value === '' || isValidDay(value);

/** 从 … 至 … as two date fields; a start after the end marks both and says why under the first. */
export const DateRangeFilter = ({ fromLabel, toLabel, from, to, onChange, testIds, size }: Props) => {
  const invalid = isRangeInvalid({ from, to });
  // Lists are of what has happened: no day after today, none before 1949.
  const bounds = { max: todayOf(new Date()), maxLabel: limitTexts.today };
  return (
    <>
      <DateField
        label={fromLabel}
        size={size}
        value={from}
        onChange={(value) => {
          if (whole(value)) onChange({ from: value });
        }}
        error={invalid ? dateRangeTexts.invalid : undefined}
        bounds={bounds}
        testId={testIds.from}
      />
      <DateField
        label={toLabel}
        size={size}
        value={to}
        onChange={(value) => {
          if (whole(value)) onChange({ to: value });
        }}
        error={invalid ? '' : undefined}
        bounds={bounds}
        testId={testIds.to}
      />
    </>
  );
};
