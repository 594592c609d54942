import { describe, expect, it } from 'vitest';
import { describeOffset, formatRate, kindLabel, progressPercent, summaryText } from './sync-format';

describe('server time offset', () => {
  it('reads small offsets as signed seconds, without warning', () => {
    expect(describeOffset(1234)).toEqual({ text: '+1.2 秒', drift: false });
    expect(describeOffset(-800)).toEqual({ text: '−0.8 秒', drift: false });
    expect(describeOffset(0)).toEqual({ text: '+0.0 秒', drift: false });
  });

  it('says which way the local clock is off beyond a minute, warning past five minutes', () => {
    expect(describeOffset(3 * 60_000)).toEqual({ text: '本机时钟偏慢 3 分钟', drift: false });
    expect(describeOffset(-7 * 60_000)).toEqual({ text: '本机时钟偏快 7 分钟', drift: true });
    expect(describeOffset(2 * 3_600_000 + 5 * 60_000).text).toBe('本机时钟偏慢 2 小时 5 分钟');
    expect(describeOffset(-3_600_000).text).toBe('本机时钟偏快 1 小时');
  });

  it('is unknown before any exchange', () => {
    expect(describeOffset(null).drift).toBe(false);
    expect(describeOffset(null).text).toContain('未知');
  });
});

describe('sync numbers', () => {
  it('summarises a sync, mentioning flagged and rejected entries only when there are some', () => {
    const base = { pushed: 3, rejected: 0, pulled: 1200, flagged: 0, repairedTables: [], seconds: 2.345 };
    expect(summaryText(base)).toBe('同步完成：上传 3 条，下载 1,200 条，用时 2.3 秒');
    expect(summaryText({ ...base, rejected: 1, flagged: 2 })).toBe(
      '同步完成：上传 3 条，下载 1,200 条，用时 2.3 秒，被拒绝 1 条，需复核 2 条',
    );
  });

  it('labels outbox kinds, unknown ones as they are', () => {
    expect(kindLabel('check.recorded')).toBe('核查记录');
    expect(kindLabel('feedback.recorded')).toBe('反馈');
    expect(kindLabel('audit.appended')).toBe('审计日志');
    expect(kindLabel('repair.filed')).toBe('repair.filed');
  });

  it('rounds rates and bounds progress', () => {
    expect(formatRate(1234.6)).toBe('1,235');
    expect(formatRate(Number.NaN)).toBe('0');
    expect(progressPercent(5, null)).toBeNull();
    expect(progressPercent(0, 0)).toBe(100);
    expect(progressPercent(50, 200)).toBe(25);
    expect(progressPercent(300, 200)).toBe(100);
  });
});
