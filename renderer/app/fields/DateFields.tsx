import { DesktopDatePicker } from '@mui/x-date-pickers/DesktopDatePicker';
import { DesktopDateTimePicker } from '@mui/x-date-pickers/DesktopDateTimePicker';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import {
  BEIJING_ZONE,
  EARLIEST_DAY,
  LATEST_DAY,
  boundsProblem,
  pickerToDay,
  pickerToWall,
  toPicker,
  type Bounds,
} from './beijing-time';

type Props = {
  label: string;
  /** 'YYYY-MM-DD' (date) or 'YYYY-MM-DD HH:mm' in Beijing time (date-time); '' when empty. */
  value: string;
  onChange: (value: string) => void;
  /** On the hidden input that carries the value (e2e and component tests focus it and type digits). */
  testId: string;
  /** Earliest and latest accepted, of the value's kind; by default 1949-01-01 to 2099-12-31. */
  bounds?: Bounds;
  /** Shown under the field while nothing is wrong. */
  hint?: string;
  /** The form's own message (e.g. 请填写… after a submit); wins over the field's bounds message. */
  error?: string | undefined;
  required?: boolean;
  disabled?: boolean;
  size?: 'small' | 'medium';
  fullWidth?: boolean;
};

type Kind = 'day' | 'wall';

/** The calendar's month as a Chinese reader writes it: 2026年12月, not 十二月 2026. */
const CALENDAR_HEADER = { format: 'YYYY年M月' };

/**
 * Keeps what the clerk is typing while it is not a date yet (the form holds UNFINISHED, a filter keeps its last
 * whole day), follows the value when the form changes it, and says why a value is refused — not while the clerk
 * is still typing (年 2 is year 0002 on its way to 2026), but once the field is left or the value came otherwise.
 */
const usePickerState = (kind: Kind, { value, onChange, bounds, error }: Props) => {
  const fromPicker = kind === 'day' ? pickerToDay : pickerToWall;
  const [local, setLocal] = useState<Dayjs | null>(() => toPicker(value));
  const [basis, setBasis] = useState(value);
  const [typing, setTyping] = useState(false);
  if (value !== basis) {
    setBasis(value);
    if (fromPicker(local) !== value) setLocal(toPicker(value));
  }
  const typed = fromPicker(local);
  const problem = boundsProblem(typed, kind, bounds);
  const message = error ?? (problem !== null && !typing ? problem : undefined);
  const limit = (day: string | undefined, fallback: string): Dayjs | undefined =>
    toPicker(day ?? fallback) ?? undefined;
  return {
    value: local,
    onChange: (next: Dayjs | null) => {
      setLocal(next);
      setTyping(true);
      onChange(fromPicker(next));
    },
    message,
    min: limit(bounds?.min, EARLIEST_DAY),
    max: limit(bounds?.max, LATEST_DAY),
    onBlur: () => setTyping(false),
  };
};

const textField = (props: Props, state: ReturnType<typeof usePickerState>, minWidth: number) => ({
  required: props.required,
  size: props.size,
  fullWidth: props.fullWidth,
  // Wide enough for the whole value and the calendar button, whatever grid the field sits in; in a column of
  // wide inputs, only as wide as a date needs (unless fullWidth).
  sx: { minWidth, alignSelf: props.fullWidth === true ? undefined : 'flex-start' },
  error: state.message !== undefined,
  helperText: state.message ?? props.hint,
  onBlur: state.onBlur,
  slotProps: {
    htmlInput: { 'data-testid': props.testId, 'aria-invalid': state.message !== undefined },
  },
});

/** A day in Beijing time, typed (年-月-日) or picked from a Chinese calendar. */
export const DateField = (props: Props) => {
  const state = usePickerState('day', props);
  return (
    <DesktopDatePicker
      label={props.label}
      value={state.value}
      onChange={state.onChange}
      timezone={BEIJING_ZONE}
      format="YYYY-MM-DD"
      minDate={state.min}
      maxDate={state.max}
      disabled={props.disabled}
      slotProps={{
        textField: textField(props, state, 170),
        calendarHeader: CALENDAR_HEADER,
        // What may stay empty (a filter's open end, 有效期) can be emptied with one click.
        field: { clearable: props.required !== true },
      }}
    />
  );
};

/** A moment in Beijing time to the minute (24-hour), typed or picked. */
export const DateTimeField = (props: Props) => {
  const state = usePickerState('wall', props);
  return (
    <DesktopDateTimePicker
      label={props.label}
      value={state.value}
      onChange={state.onChange}
      timezone={BEIJING_ZONE}
      format="YYYY-MM-DD HH:mm"
      ampm={false}
      views={['year', 'month', 'day', 'hours', 'minutes']}
      minDateTime={state.min}
      maxDateTime={state.max}
      disabled={props.disabled}
      slotProps={{
        textField: textField(props, state, 215),
        calendarHeader: CALENDAR_HEADER,
        // What may stay empty (a filter's open end, 有效期) can be emptied with one click.
        field: { clearable: props.required !== true },
      }}
    />
  );
};
