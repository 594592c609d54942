// Identifiers of synthetic subjects: unified social credit codes (GB 32100, with the GB 11714 organisation code
// inside) and citizen ID numbers (GB 11643), with correct check characters. A USCC is its class (登记管理部门 +
// 机构类别), the region, an 8-character body and the two checks; the body keeps the style of real codes of its
// class and period (DOMAIN.md): post-2015 bodies start with MA (enterprises, shops, cooperatives) or MJ (social
// organisations), older ones are digits. Bodies are filled in one of two ways, one per data set:
// drawn-identifiers.ts (the demo data set: random, kept distinct by a set of the codes given) and
// numbered-identifiers.ts (the city: a one-to-one map of the subject's number, so nothing is kept in memory).
import {
  citizenIdCheckChar,
  orgCodeCheckChar,
  USCC_CHARSET,
  usccCheckChar,
} from '../../../shared/identifiers/check-chars';

/** 登记管理部门 + 机构类别 codes used by the generators. */
export type UsccClass = '91' | '92' | '93' | '12' | '52';

export const DIGITS = '0123456789';
/** The 31 characters of a USCC body (no I, O, Z, S, V); valid in the organisation code too. */
export const BASE31 = USCC_CHARSET;

/** A body: a head (or one of several, drawn), then `width` characters of `chars`. */
export type BodyStyle = { head: string | readonly string[]; chars: string; width: number };

/** Registered on or after the 2015 reform: an MA/MJ body rather than an old organisation code. */
export const isModern = (registeredOn: string | null): boolean =>
  registeredOn !== null && registeredOn >= '2015-10-01';

/** `value` in the digits of `chars` (base `chars.length`), `width` characters with leading zeros. */
export function encode(value: number, chars: string, width: number): string {
  let out = '';
  let rest = value;
  for (let position = 0; position < width; position += 1) {
    out = chars.charAt(rest % chars.length) + out;
    rest = Math.floor(rest / chars.length);
  }
  return out;
}

/**
 * The `index`-th 8-character organisation-code body (base 31 over BASE31): a distinct, valid body per index below
 * 31^8, for tests, benchmarks and the crash campaign that publish numbered companies (makeUscc adds the checks).
 */
export const syntheticOrgCode = (index: number): string => encode(index, BASE31, 8);

function checked(value: string | null, of: string): string {
  if (value === null) throw new Error(`no check character for ${of}`);
  return value;
}

/** The USCC of a class, region and 8-character body, with its organisation-code and USCC check characters. */
export function usccOf(usccClass: UsccClass, regionCode: string, body: string): string {
  const first17 = `${usccClass}${regionCode}${body}${checked(orgCodeCheckChar(body), body)}`;
  return first17 + checked(usccCheckChar(first17), first17);
}

/** The same code with a wrong USCC check character, `offset` (1–30) places on (a legacy code). */
export function withWrongUsccCheck(code: string, offset: number): string {
  const correct = BASE31.indexOf(code.charAt(17));
  return code.slice(0, 17) + BASE31.charAt((correct + offset) % BASE31.length);
}

/** A citizen ID: region, birth date, 3-digit sequence (its last digit odd for men) and check character. */
export function citizenIdOf(regionCode: string, birth: string, sequence: string): string {
  const first17 = `${regionCode}${birth.replaceAll('-', '')}${sequence}`;
  return first17 + checked(citizenIdCheckChar(first17), first17);
}
