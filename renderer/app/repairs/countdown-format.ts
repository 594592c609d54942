import type { RepairCountdown } from '../../../shared/domain/repair';
import { countdownTexts } from './texts';

/** '受理 · 剩余 3 个工作日（截至 2026-12-03）', or 今日截止 / 已逾期 N 个工作日. */
export const formatCountdown = (countdown: RepairCountdown): string => {
  const texts = countdownTexts;
  const { label, workingDaysLeft, deadline } = countdown;
  if (countdown.overdue || workingDaysLeft < 0)
    return texts.overdue(label, Math.max(1, -workingDaysLeft), deadline);
  if (workingDaysLeft === 0) return texts.today(label, deadline);
  return texts.left(label, workingDaysLeft, deadline);
};
