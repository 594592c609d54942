import { describe, expect, it } from 'vitest';
import type { RepairCountdown } from '../../../shared/domain/repair';
import { formatCountdown } from './countdown-format';

const countdown = (workingDaysLeft: number, overdue = workingDaysLeft < 0): RepairCountdown => ({
  label: '受理',
  deadline: '2026-12-03',
  workingDaysLeft,
  overdue,
  uncertain: false,
  notice: null,
});

describe('formatCountdown', () => {
  it('counts the working days left to the deadline', () => {
    expect(formatCountdown(countdown(3))).toBe('受理 · 剩余 3 个工作日（截至 2026-12-03）');
  });

  it('says so on the last day', () => {
    expect(formatCountdown(countdown(0))).toBe('受理 · 今日截止（2026-12-03）');
  });

  it('counts overdue days as positive', () => {
    expect(formatCountdown(countdown(-2))).toBe('受理 · 已逾期 2 个工作日（截至 2026-12-03）');
  });
});
