import { freeText } from './free-text';

/**
 * 单位代码 (认定单位, 受理单位): an 18-character 统一社会信用代码 (GB 32100: registration authority and kind, the
 * 6-digit area code, the 9-character organisation code with its check) or a 9-character 组织机构代码
 * (GB 11714, with or without the hyphen before its check character). Only the shape is checked here: the check
 * characters are not, since a department's own code may predate them.
 */
const UNIT_CODE = /^(?:[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}|[0-9A-Z]{8}-?[0-9X])$/;
export const unitCodeMessage = '单位代码应为18位统一社会信用代码或9位组织机构代码';

/** Blank stays '' (the caller decides whether it is required). */
export const unitCode = () =>
  freeText({ max: 32, tooLong: '单位代码过长' }).refine(
    (code) => code === '' || UNIT_CODE.test(code),
    unitCodeMessage,
  );

/**
 * 联系电话: a landline (0375-8888888, (0375)8888888, 0375 8888 888, with 转 and an extension) or a mobile
 * number (+86 allowed): digits and the separators people write, 7 to 20 digits in all.
 */
const PHONE_CHARS = /^\+?[0-9\-\s()（）转]+$/u;
export const phoneMessage = '联系电话只能填写数字、空格、“-”、括号或“转”，如 0375-8888888 或 13800000000';

export const phoneNumber = () =>
  freeText({ max: 30, tooLong: '联系电话过长' }).refine((phone) => {
    if (phone === '') return true;
    const digits = phone.replace(/\D/g, '').length;
    return PHONE_CHARS.test(phone) && digits >= 7 && digits <= 20;
  }, phoneMessage);
