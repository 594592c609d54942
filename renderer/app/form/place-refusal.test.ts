import { describe, expect, it } from 'vitest';
import { fieldRefusalText, placeRefusal } from './place-refusal';

type Values = { caseNumber: string; items: { reason: string }[] };

const recorder = () => {
  const set: Record<string, string | undefined> = {};
  const setError = ((name: string, error: { message?: string }) => {
    set[name] = error.message;
  }) as Parameters<typeof placeRefusal<Values>>[1];
  return { set, setError };
};

describe('placeRefusal', () => {
  it('puts each issue at its field, in Chinese, and leaves nothing for the alert when all are placed', () => {
    const { set, setError } = recorder();
    const left = placeRefusal<Values>(
      {
        code: 'BAD_REQUEST',
        message: '请求内容不正确：办件编号：不能超过 64 个字',
        details: [
          { path: ['caseNumber'], message: '不能超过 64 个字' },
          { path: ['items', 0, 'reason'], message: 'Too big: expected string' },
        ],
      },
      setError,
      ['caseNumber', 'items.0.reason'],
    );
    expect(left).toBeNull();
    // A message with Latin letters never reaches a person.
    expect(set).toEqual({ caseNumber: '不能超过 64 个字', 'items.0.reason': '格式不正确' });
  });

  it('keeps the core message for the alert when an issue has no field, or the refusal is not about shape', () => {
    const { set, setError } = recorder();
    const issue = { path: ['operator'], message: '请填写' };
    const refusal = { code: 'BAD_REQUEST' as const, message: '请求内容不正确：请填写', details: [issue] };
    expect(placeRefusal<Values>(refusal, setError, ['caseNumber'])).toBe('请求内容不正确：请填写');
    expect(set).toEqual({});
    expect(
      placeRefusal<Values>({ code: 'CHECK_NOT_FOUND', message: '未找到该核查记录' }, setError, [
        'caseNumber',
      ]),
    ).toBe('未找到该核查记录');
  });

  it('places a rule refusal that names its field by path (FEEDBACK_INVALID), in its own message', () => {
    const { set, setError } = recorder();
    const refusal = {
      code: 'FEEDBACK_INVALID' as const,
      message: '未采取措施时请说明原因',
      details: { index: 0, hitKey: 'e-1', path: ['items', 0, 'reason'] },
    };
    expect(placeRefusal<Values>(refusal, setError, ['items.0.reason'])).toBeNull();
    expect(set).toEqual({ 'items.0.reason': '未采取措施时请说明原因' });
    // A path no field shows, or details that are no path, leave the message for the alert.
    expect(placeRefusal<Values>(refusal, setError, ['caseNumber'])).toBe('未采取措施时请说明原因');
    expect(
      placeRefusal<Values>({ ...refusal, details: { path: 'items.0.reason' } }, setError, ['items.0.reason']),
    ).toBe('未采取措施时请说明原因');
  });

  it('says a search box’s refusal in the issue’s own words, without the request-level wording', () => {
    const refused = {
      code: 'BAD_REQUEST' as const,
      message: '请求内容不正确：查询内容：含有看不见的零宽字符，请删除后重新填写',
      details: [{ path: ['query'], message: '含有看不见的零宽字符，请删除后重新填写' }],
    };
    expect(fieldRefusalText(refused)).toBe('含有看不见的零宽字符，请删除后重新填写');
    expect(fieldRefusalText({ code: 'TRANSPORT', message: '本机服务暂时无法连接' })).toBe(
      '本机服务暂时无法连接',
    );
  });
});
