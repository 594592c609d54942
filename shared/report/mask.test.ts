import { describe, expect, it } from 'vitest';
import { maskCitizenIdsInText, publicSubjectName } from './mask';

describe('maskCitizenIdsInText', () => {
  it('masks citizen-ID tokens, legacy 15-digit ones included', () => {
    expect(maskCitizenIdsInText('身份证号410402199003120297。')).toBe('身份证号410402********0297。');
    expect(maskCitizenIdsInText('旧证 410402900312029 号')).toBe('旧证 410402*****2029 号');
  });

  it('leaves USCCs, commitment codes, report numbers and dates alone', () => {
    const text =
      '代码91350100M000100Y43，承诺编码41040220260301001001，报告XYBG410402202611270120007，2026-11-27';
    expect(maskCitizenIdsInText(text)).toBe(text);
  });
});

describe('publicSubjectName', () => {
  it('keeps the surname of a natural person and masks the rest; keeps an organisation whole', () => {
    expect(publicSubjectName({ kind: 'natural-person', name: '王芳' })).toBe('王*');
    expect(publicSubjectName({ kind: 'natural-person', name: '欧阳修文' })).toBe('欧***');
    expect(publicSubjectName({ kind: 'natural-person', name: '李' })).toBe('*');
    expect(publicSubjectName({ kind: 'legal-person', name: '平顶山市某某有限公司' })).toBe(
      '平顶山市某某有限公司',
    );
  });
});
