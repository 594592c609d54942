import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format';

describe('dates as people read them', () => {
  it('shows instants in Beijing time as YYYY-MM-DD HH:mm, 24-hour', () => {
    expect(formatDateTime('2026-12-06T16:05:00.000Z')).toBe('2026-12-07 00:05');
    expect(formatDateTime('2026-12-06T05:30:00.000+08:00')).toBe('2026-12-06 05:30');
    expect(formatDateTime('not a date')).toBe('not a date');
  });
  it('shows calendar dates as they are stored', () => {
    expect(formatDate('2026-01-02')).toBe('2026-01-02');
  });
});
