import { describe, expect, it } from 'vitest';
import { describeRepairLocal, describeRepairServer } from './conflict-versions';

describe('a refused repair edit in words', () => {
  it('describes a window step with the version it was based on, and its reason', () => {
    const step = {
      id: 'r-1',
      baseVersion: 1,
      event: 'refuse',
      reason: '材料不全',
      at: '2026-11-27T10:00:00.000+08:00',
      on: '2026-11-27',
      by: '李娜',
    };
    const [line] = describeRepairLocal(step);
    expect(line).toContain('基于第 1 版');
    expect(line).toContain('材料不全');
  });

  it('shows what it cannot read as it is, never nothing', () => {
    expect(describeRepairLocal({ odd: true })).toEqual(['{"odd":true}']);
    expect(describeRepairServer(null)).toEqual(['null']);
    expect(describeRepairServer('文本')).toEqual(['文本']);
  });
});
