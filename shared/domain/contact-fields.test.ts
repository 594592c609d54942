import { describe, expect, it } from 'vitest';
import { phoneMessage, phoneNumber, unitCode, unitCodeMessage } from './contact-fields';

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? null : (result.error?.issues[0]?.message ?? '');

describe('单位代码', () => {
  it('takes a 统一社会信用代码 or an organisation code, and blank', () => {
    for (const code of ['11410422MB1234567X', '91410402613341561G', '61334156-1', '613341561', '']) {
      expect(unitCode().safeParse(code).success).toBe(true);
    }
  });
  it('refuses anything else in words', () => {
    for (const code of ['abc', '1141042', '11410422MB1234567I', '你好', 'DROP TABLE units']) {
      expect(messageOf(unitCode().safeParse(code))).toBe(unitCodeMessage);
    }
  });
});

describe('联系电话', () => {
  it('takes landlines, mobiles and extensions as people write them', () => {
    for (const phone of [
      '0375-8888888',
      '(0375)8888888',
      '（0375）8888888',
      '13800000000',
      '+86 138 0000 0000',
      '0375-8888888转123',
      '',
    ]) {
      expect(phoneNumber().safeParse(phone).success).toBe(true);
    }
  });
  it('refuses letters, scripts and digit counts no phone has', () => {
    for (const phone of ['abc', '123', '<script>', '0375-8888888; DROP', '1'.repeat(25)]) {
      expect(messageOf(phoneNumber().safeParse(phone))).not.toBeNull();
    }
    expect(messageOf(phoneNumber().safeParse('abc'))).toBe(phoneMessage);
  });
});
