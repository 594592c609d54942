import { describe, expect, it } from 'vitest';
import { overrideReasonError, validateContext } from './check-model';

describe('the check page validates the approval context with the contract', () => {
  it('names each missing or too-long field in the contract’s Chinese', () => {
    expect(validateContext({ caseNumber: '  ', matterCode: null, note: '' })).toEqual({
      caseNumber: '请填写办件编号',
      matterCode: '请选择事项',
    });
    expect(
      validateContext({ caseNumber: 'X'.repeat(65), matterCode: 'M001', note: '注'.repeat(501) }),
    ).toEqual({
      caseNumber: '办件编号过长',
      note: '备注过长',
    });
  });

  it('refuses invisible characters the core would refuse, and passes a valid context', () => {
    expect(validateContext({ caseNumber: 'SP\u200b-1', matterCode: 'M001', note: '' }).caseNumber).toContain(
      '零宽字符',
    );
    expect(validateContext({ caseNumber: '字'.repeat(64), matterCode: 'M001', note: '' })).toEqual({});
  });

  it('asks for an override reason of 4 to 200 characters', () => {
    expect(overrideReasonError('旧证')).toBe('请填写不少于4个字的理由');
    expect(overrideReasonError('理'.repeat(201))).toBe('理由不能超过200字');
    expect(overrideReasonError('老证件号码未更新')).toBeNull();
  });
});
