import { describe, expect, it } from 'vitest';
import { penaltyClassOf } from './penalty-class';

describe('penaltyClassOf (synthetic data)', () => {
  it('puts a 警告 and a small fine under 简易程序 as 轻微, with the person’s lower limit', () => {
    expect(penaltyClassOf('警告', false)).toEqual({ severity: 'minor', procedure: 'simple' });
    expect(penaltyClassOf('罚款人民币3000元', false)).toEqual({ severity: 'minor', procedure: 'simple' });
    expect(penaltyClassOf('罚款人民币3001元', false)).toEqual({ severity: 'general', procedure: 'ordinary' });
    expect(penaltyClassOf('责令限期改正，罚款人民币200元', true)).toEqual({
      severity: 'minor',
      procedure: 'simple',
    });
    expect(penaltyClassOf('责令限期改正，罚款人民币500元', true)).toEqual({
      severity: 'general',
      procedure: 'ordinary',
    });
  });

  it('never decides a confiscation on the spot, and grades large fines and restrictions 严重', () => {
    expect(penaltyClassOf('没收违法所得，罚款人民币2000元', false).procedure).toBe('ordinary');
    expect(penaltyClassOf('责令改正，罚款人民币200000元', false).severity).toBe('serious');
    expect(penaltyClassOf('责令限制生产，罚款人民币100000元', false).severity).toBe('serious');
    expect(penaltyClassOf('责令改正，罚款人民币120000元', false).severity).toBe('general');
  });
});
