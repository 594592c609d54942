// Pure: how sync numbers read in Chinese, testable without a window.
import type { SyncSummary } from '../../../shared/domain/sync';
import { syncTexts } from './texts';

/** Beyond this the clock drift is worth a warning; it never blocks anything. */
export const DRIFT_WARNING_MS = 5 * 60_000;

const oneDecimal = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });

const duration = (ms: number): string => {
  const texts = syncTexts.platform;
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return texts.minutes(minutes);
  return texts.hours(Math.floor(minutes / 60), minutes % 60);
};

/**
 * serverOffsetMs is the platform's clock minus ours: positive means this PC is behind. Under a minute it reads as
 * signed seconds (+1.2 秒), beyond as which way the local clock is off (本机时钟偏慢 3 分钟).
 */
export const describeOffset = (offsetMs: number | null): { text: string; drift: boolean } => {
  const texts = syncTexts.platform;
  if (offsetMs === null) return { text: texts.offsetUnknown, drift: false };
  const size = Math.abs(offsetMs);
  const drift = size > DRIFT_WARNING_MS;
  if (size < 60_000) {
    const seconds = offsetMs / 1000;
    const signed = `${seconds >= 0 ? '+' : '−'}${oneDecimal.format(Math.abs(seconds))}`;
    return { text: texts.offsetSeconds(signed), drift };
  }
  return { text: offsetMs > 0 ? texts.clockSlow(duration(size)) : texts.clockFast(duration(size)), drift };
};

/** Counts with zh-CN grouping: 48,000. */
export const formatCount = (count: number): string => whole.format(count);

export const formatRate = (perSecond: number): string =>
  whole.format(Number.isFinite(perSecond) && perSecond > 0 ? perSecond : 0);

export const formatSeconds = (seconds: number): string => oneDecimal.format(Math.max(0, seconds));

/** 同步完成：上传 X 条，下载 Y 条，用时 Z 秒, with what else happened when it did. */
export const summaryText = (summary: SyncSummary): string => {
  const texts = syncTexts.run;
  return [
    texts.done(formatCount(summary.pushed), formatCount(summary.pulled), formatSeconds(summary.seconds)),
    summary.rejected > 0 ? texts.rejected(formatCount(summary.rejected)) : '',
    summary.flagged > 0 ? texts.flagged(formatCount(summary.flagged)) : '',
    summary.repairedTables.length > 0 ? texts.repaired(summary.repairedTables.length) : '',
  ].join('');
};

export const kindLabel = (kind: string): string => syncTexts.rejected.kinds[kind] ?? kind;

/** 0–100 for a determinate bar, or null while the total is unknown. */
export const progressPercent = (done: number, total: number | null): number | null => {
  if (total === null) return null;
  if (total <= 0) return 100;
  return Math.min(100, Math.max(0, (done / total) * 100));
};
