import { describe, expect, it } from 'vitest';
import {
  UNFINISHED,
  boundsProblem,
  isValidWall,
  isoToWall,
  pickerToDay,
  pickerToWall,
  toPicker,
  todayOf,
  wallOf,
  wallToIso,
} from './beijing-time';

describe('Beijing wall time', () => {
  it('shows a UTC instant as Beijing wall time, eight hours ahead', () => {
    expect(wallOf(new Date('2026-11-27T01:30:00Z'))).toBe('2026-11-27 09:30');
    expect(isoToWall('2026-11-27T09:30:00.000+08:00')).toBe('2026-11-27 09:30');
  });

  it('turns Beijing wall time into the same instant, with +08:00', () => {
    const iso = wallToIso('2026-11-27 09:30');
    expect(iso).toBe('2026-11-27T09:30:00.000+08:00');
    expect(Date.parse(iso ?? '')).toBe(Date.parse('2026-11-27T01:30:00Z'));
  });

  it('crosses the day boundary at Beijing midnight, not UTC or the PC’s', () => {
    expect(wallOf(new Date('2026-11-26T16:00:00Z'))).toBe('2026-11-27 00:00');
    expect(wallOf(new Date('2026-11-26T15:59:59Z'))).toBe('2026-11-26 23:59');
    expect(todayOf(new Date('2026-11-26T16:00:00Z'))).toBe('2026-11-27');
    expect(todayOf(new Date('2026-11-26T15:59:59Z'))).toBe('2026-11-26');
    expect(wallToIso('2027-01-01 00:00')).toBe('2027-01-01T00:00:00.000+08:00');
  });

  it('keeps eight hours all year (no daylight saving)', () => {
    expect(wallOf(new Date('2026-07-01T04:00:00Z'))).toBe('2026-07-01 12:00');
    expect(wallOf(new Date('2026-01-01T04:00:00Z'))).toBe('2026-01-01 12:00');
    expect(pickerToWall(toPicker('2026-07-01 12:00'))).toBe('2026-07-01 12:00');
    expect(toPicker('2026-07-01 12:00')?.toISOString()).toBe('2026-07-01T04:00:00.000Z');
  });

  it('refuses wall times that do not exist or are not finished', () => {
    for (const wall of [
      '',
      UNFINISHED,
      '2025-02-29 10:00',
      '2026-13-01 10:00',
      '2026-11-27 24:00',
      '2026-11-27',
    ])
      expect(wallToIso(wall), wall).toBeNull();
    expect(isValidWall('2024-02-29 23:59')).toBe(true);
    expect(isoToWall('not a time')).toBe('');
  });
});

describe('picker values', () => {
  it('round-trips days and wall times through Asia/Shanghai dayjs values', () => {
    expect(pickerToDay(toPicker('2026-11-27'))).toBe('2026-11-27');
    expect(toPicker('2026-11-27')?.toISOString()).toBe('2026-11-26T16:00:00.000Z');
    expect(pickerToWall(toPicker('2026-11-27 00:10'))).toBe('2026-11-27 00:10');
  });

  it('tells cleared from unfinished input', () => {
    expect(toPicker('')).toBeNull();
    expect(toPicker('2025-02-29')).toBeNull();
    expect(pickerToDay(null)).toBe('');
    const invalid = toPicker('2026-11-27')?.year(Number.NaN) ?? null;
    expect(pickerToDay(invalid)).toBe(UNFINISHED);
    expect(pickerToWall(invalid)).toBe(UNFINISHED);
  });
});

describe('boundsProblem', () => {
  it('refuses days before 1949 and absurd years', () => {
    expect(boundsProblem('1900-01-01', 'day')).toBe('不能早于 1949-01-01');
    expect(boundsProblem('9999-01-01', 'day')).toBe('不能晚于 2099-12-31');
    expect(boundsProblem('1949-01-01', 'day')).toBeNull();
  });

  it('names the limit when told what it is', () => {
    const bounds = {
      min: '2026-11-27 09:30',
      minLabel: '核查时间',
      max: '2026-11-27 10:00',
      maxLabel: '当前时间',
    };
    expect(boundsProblem('2026-11-27 09:29', 'wall', bounds)).toBe('不能早于核查时间（2026-11-27 09:30）');
    expect(boundsProblem('2026-11-27 09:30', 'wall', bounds)).toBeNull();
    expect(boundsProblem('2026-11-27 10:01', 'wall', bounds)).toBe('不能晚于当前时间（2026-11-27 10:00）');
  });

  it('leaves empty to the caller and words unfinished input', () => {
    expect(boundsProblem('', 'day')).toBeNull();
    expect(boundsProblem(UNFINISHED, 'day')).toBe('请输入完整、存在的日期');
    expect(boundsProblem('2025-02-29 10:00', 'wall')).toBe('请输入完整、存在的日期和时间');
  });
});
