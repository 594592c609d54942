import { describe, expect, it } from 'vitest';
import { maskCitizenIdsInText } from './mask';

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
