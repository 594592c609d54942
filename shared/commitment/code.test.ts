import { describe, expect, it } from 'vitest';
import { codeFits, commitmentCode, parseCommitmentCode } from './code';

describe('codeFits', () => {
  const code = '41040220261127012003';

  it('accepts the code the device would have issued for a commitment made that day', () => {
    expect(codeFits(code, 12, '2026-11-27')).toBe(true);
    const issued = commitmentCode({ areaCode: '410402', day: '2026-11-27', deviceNumber: 7, counter: 1 });
    expect(issued.ok && codeFits(issued.code, 7, '2026-11-27')).toBe(true);
  });

  it('refuses another device’s number, another day and a malformed code', () => {
    expect(codeFits(code, 13, '2026-11-27')).toBe(false);
    expect(codeFits(code, 0, '2026-11-27')).toBe(false);
    expect(codeFits(code, 12, '2026-11-28')).toBe(false);
    expect(codeFits('4104022026112701200', 12, '2026-11-27')).toBe(false);
    expect(codeFits('41040A20261127012003', 12, '2026-11-27')).toBe(false);
    expect(parseCommitmentCode(code)).toEqual({
      areaCode: '410402',
      day: '2026-11-27',
      deviceNumber: 12,
      counter: 3,
    });
  });
});
