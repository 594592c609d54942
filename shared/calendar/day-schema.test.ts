import { describe, expect, it } from 'vitest';
import { isoDate, recordDay } from './day';

const messages = (schema: typeof isoDate, value: string): string[] => {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
};

describe('the one day schema', () => {
  it('asks for a blank day, and names a wrong format or a day that does not exist', () => {
    expect(messages(isoDate, '')).toEqual(['请填写日期']);
    expect(messages(isoDate, '2026/03/05')[0]).toBe('日期应写成“年-月-日”，如 2026-03-05');
    expect(messages(isoDate, '2026-02-30')).toEqual(['日期不存在']);
    expect(messages(isoDate, '2026-03-05')).toEqual([]);
  });

  it('holds a recorded day to 1949-01-01 … 2099-12-31', () => {
    expect(messages(recordDay, '0001-01-01')).toEqual(['日期应在 1949-01-01 至 2099-12-31 之间']);
    expect(messages(recordDay, '2100-01-01')).toEqual(['日期应在 1949-01-01 至 2099-12-31 之间']);
    expect(messages(recordDay, '1949-01-01')).toEqual([]);
  });
});
