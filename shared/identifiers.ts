// Normalising, classifying and validating the one string a clerk types or scans at the window: a 统一社会信用代码
// (GB 32100-2015, with the embedded 组织机构代码 of GB 11714) or an 18-digit 居民身份证号码 (GB 11643-1999).
// The check-character arithmetic lives in ./identifiers/check-chars; this module decides what the string is and
// turns every failure into a specific Chinese message the clerk can act on.
import { beijingDay } from './time';
import { citizenIdCheckChar, orgCodeCheckChar, USCC_CHARSET, usccCheckChar } from './identifiers/check-chars';

export type IdentifierKind = 'uscc' | 'citizen-id';

// Any string is allowed so later warnings need no type change; `string & Record<never, never>` keeps the known
// codes visible to editors and to lint (a bare `| string` would swallow them).
export type IdentifierWarning = {
  code: 'ambiguous' | 'normalised' | 'lowercase-x' | (string & Record<never, never>);
  message: string;
};

export type ParsedIdentifier =
  | { ok: true; kind: IdentifierKind; value: string; warnings: IdentifierWarning[] }
  | {
      ok: false;
      kind: IdentifierKind | 'unknown';
      code: 'length' | 'format' | 'checksum' | 'date';
      overridable: boolean;
      message: string;
      value: string;
    };

type Failure = Extract<ParsedIdentifier, { ok: false }>;

const IDENTIFIER_LENGTH = 18;

// Besides ordinary whitespace (\s also covers U+3000 and U+FEFF), text pasted from web pages and Office documents
// carries zero-width characters the clerk cannot see and therefore cannot remove.
const INVISIBLE = /[\s\u200B-\u200D\u2060]/gu;
// Separate non-global copy: RegExp.test on a /g regex is stateful (lastIndex) and would alternate results.
const HAS_INVISIBLE = /[\s\u200B-\u200D\u2060]/u;

const CITIZEN_SHAPE = /^[0-9]{17}[0-9X]$/;

// Some real pre-2016 codes fail the check (DOMAIN.md, known traps), so such a failure must never be a dead end: its
// message ends with the way forward, which the UI pairs with a mandatory reason field. What such a code looks like:
// the embedded organisation code (9–17, GB 11714) still passes and only the 18th character fails. A failing
// organisation code is a typing error, not an old code, and is refused (issue 10, rule 6).
const USCC_OVERRIDE_HINT =
  '可能是输入有误，也可能是2016年以前发放的旧代码。请先逐位核对号码；确认与营业执照一致的，核对营业执照原件后可填写理由继续核查。';
const USCC_RETYPE_HINT =
  '2016年以前的旧代码这一部分也能通过校验，因此号码应有输错，不能填写理由继续核查。请对照营业执照逐位核对后重新输入。';
const CITIZEN_RETYPE_HINT = '请对照身份证原件重新输入。';

/**
 * NFKC first so full-width characters typed with a Chinese IME (１２３, ＡＢＣ, U+3000) become ASCII; then every
 * invisible character goes and letters are upper-cased. NFKC runs again after upper-casing because a few
 * upper-case mappings (e.g. ΐ → Ϊ́) produce sequences NFKC would compose: without it normalising twice could
 * differ from normalising once, and callers rely on the value being a fixed point.
 */
export function normaliseIdentifier(raw: string): string {
  const widthFolded = raw.normalize('NFKC').replace(INVISIBLE, '');
  return widthFolded.toUpperCase().normalize('NFKC').replace(INVISIBLE, '');
}

/**
 * Classifies and validates one identifier. `today` bounds the birth date of a citizen ID (a birth date after the
 * clerk's local calendar day is a typing error).
 */
export function parseIdentifier(raw: string, today: Date = new Date()): ParsedIdentifier {
  const value = normaliseIdentifier(raw);
  const chars = Array.from(value);

  if (chars.length === 0) {
    return fail('unknown', 'length', false, '请输入统一社会信用代码或身份证号码', value);
  }
  if (chars.length !== IDENTIFIER_LENGTH) {
    // First-generation 15-digit IDs still turn up in old records; say so rather than only "wrong length".
    const legacyId = /^[0-9]{15}$/.test(value)
      ? '15位旧身份证号码不能用于核查，请改用18位身份证号码。'
      : '请核对是否漏输或多输。';
    return fail(
      'unknown',
      'length',
      false,
      `统一社会信用代码和身份证号码均应为18位，当前为${chars.length}位。${legacyId}`,
      value,
    );
  }

  const formatFailure = checkFormat(value, chars);
  if (formatFailure !== null) return formatFailure;

  if (!CITIZEN_SHAPE.test(value)) {
    // Letters other than a final X: only a USCC can look like this.
    const uscc = checkUscc(value);
    if (uscc !== null) return uscc;
    return succeed('uscc', value, compact([normalisationWarning(raw, 'uscc')]));
  }

  return classifyCitizenShaped(raw, value, today);
}

/**
 * Masks natural persons' ID numbers for screen and print (first 6 + ******** + last 4); a USCC is public and is
 * returned unchanged. With an unknown kind, anything shaped like a citizen ID (18 or legacy 15 digits) is masked
 * unless it parses as a valid USCC: privacy errs on the side of masking.
 */
export function maskIdentifier(value: string, kind: IdentifierKind | null): string {
  if (kind === 'uscc') return value;
  const normalised = normaliseIdentifier(value);
  if (kind === 'citizen-id') return maskCitizen(normalised);
  const citizenLike = CITIZEN_SHAPE.test(normalised) || /^[0-9]{15}$/.test(normalised);
  if (!citizenLike) return value;
  const parsed = parseIdentifier(normalised);
  if (parsed.ok && parsed.kind === 'uscc') return value;
  return maskCitizen(normalised);
}

function maskCitizen(value: string): string {
  const chars = Array.from(value);
  // Below 15 characters first-6 + last-4 would reveal nearly everything; hide it all instead.
  if (chars.length < 15) return '*'.repeat(chars.length);
  return `${chars.slice(0, 6).join('')}${'*'.repeat(chars.length - 10)}${chars.slice(-4).join('')}`;
}

/**
 * Rules for an all-digit string (optionally ending in X), which may be either kind (DOMAIN.md, known traps).
 * C: the GB 11643 check character holds; D: positions 7–14 are a real birth date (1900 … today);
 * U: both USCC checks hold (GB 32100 check character and GB 11714 organisation code).
 * 1. C, D, not U → citizen-id. Where 18-digit IDs that happen to pass the GB 32100 check land: GB 11714 fails.
 * 2. C, D and U → citizen-id with an 'ambiguous' warning: both validate, and a real birth date makes it an ID.
 * 3. U, not (C and D) → uscc.
 * 4. C, not D, not U → citizen-id 'date', never overridable (issue 10, rule 7): a right check character makes
 *    it an ID number whose birth date cannot exist (month 00 or 13, day 00, 30 February, 1899, tomorrow …).
 * 5. Neither C nor U → the error of the more plausible kind: citizen-id ('date' or 'checksum', not overridable)
 *    when positions 7–14 look like a birth date (year 1800–2099, month 01–12, day 01–31, which is what a
 *    mistyped ID still looks like, 30 February included), else the USCC error of checkUscc (overridable only
 *    when the organisation code holds).
 */
function classifyCitizenShaped(raw: string, value: string, today: Date): ParsedIdentifier {
  const citizen = checkCitizen(value, today);
  const uscc = checkUscc(value);
  const lowercaseX = hasLowercaseFinalX(raw)
    ? { code: 'lowercase-x', message: '身份证号码末位的小写x已转换为大写X。' }
    : null;

  if (citizen === null) {
    if (uscc !== null) {
      return succeed('citizen-id', value, compact([normalisationWarning(raw, 'citizen-id'), lowercaseX]));
    }
    const kind: IdentifierKind =
      birthDateFits(value) && isRealBirthDate(value, today) ? 'citizen-id' : 'uscc';
    const label = kind === 'citizen-id' ? '身份证号码' : '统一社会信用代码';
    const ambiguous = {
      code: 'ambiguous',
      message: `该号码同时符合身份证号码和统一社会信用代码的校验规则，已按${label}识别，请对照证件确认。`,
    };
    const normalised = normalisationWarning(raw, kind);
    return succeed(kind, value, compact([normalised, kind === 'citizen-id' ? lowercaseX : null, ambiguous]));
  }
  if (uscc === null) return succeed('uscc', value, compact([normalisationWarning(raw, 'uscc')]));
  // With its check character right, only the birth date can have failed: an ID number, never a USCC to override.
  if (citizenCheckHolds(value)) return citizen;
  return birthDateFits(value) ? citizen : uscc;
}

function checkFormat(value: string, chars: string[]): Failure | null {
  const bad = unique(chars.filter((char) => !USCC_CHARSET.includes(char)));
  if (bad.length === 0) return null;
  const named = nameChars(bad);
  // Letters anywhere but a final X can only be a USCC, so the message can name the USCC rule being broken.
  const looksLikeUscc = /[A-Z]/.test(value.slice(0, -1)) || /[A-WYZ]$/.test(value);
  if (looksLikeUscc) {
    const forbiddenLetters = bad.filter((char) => 'IOZSV'.includes(char));
    const letterHint =
      forbiddenLetters.length > 0
        ? '统一社会信用代码不使用字母I、O、Z、S、V，请核对是否把数字1、0、2、5等误录为字母。'
        : '统一社会信用代码只能包含数字和除I、O、Z、S、V以外的大写字母。';
    return fail('uscc', 'format', false, `号码中含有无效字符${named}。${letterHint}`, value);
  }
  return fail(
    'unknown',
    'format',
    false,
    `号码中含有无效字符${named}。统一社会信用代码只能包含数字和大写字母，身份证号码只能包含数字和末位的X。`,
    value,
  );
}

/**
 * null when both the USCC check char and the embedded org-code check hold. Overridable only when the org code
 * holds and the 18th character alone fails: the shape of a real pre-2016 code (issue 10, rule 6).
 */
function checkUscc(value: string): Failure | null {
  const checkOk = usccCheckChar(value.slice(0, 17)) === value.charAt(17);
  const orgOk = orgCodeCheckChar(value.slice(8, 16)) === value.charAt(16);
  if (checkOk && orgOk) return null;
  if (orgOk) {
    const message = `统一社会信用代码校验未通过：第18位校验码与前17位不符，第9–17位组织机构代码校验通过。${USCC_OVERRIDE_HINT}`;
    return fail('uscc', 'checksum', true, message, value);
  }
  const also = checkOk ? '' : '，第18位校验码也不符';
  const message = `统一社会信用代码校验未通过：第9–17位组织机构代码的校验位不符${also}。${USCC_RETYPE_HINT}`;
  return fail('uscc', 'checksum', false, message, value);
}

/**
 * null when the birth date is real, not before 1900, not after `today`, and the GB 11643 check char holds. A date
 * error comes first; when the check character holds the message says the string was read as an ID number.
 */
function checkCitizen(value: string, today: Date): Failure | null {
  const dateProblem = birthDateProblem(value, today);
  if (dateProblem !== null) {
    const date = `第7–14位的出生日期「${value.slice(6, 14)}」${dateProblem}`;
    const message = citizenCheckHolds(value)
      ? `该号码是身份证号码（第18位校验码正确），但${date}，不是有效的身份证号码。${CITIZEN_RETYPE_HINT}`
      : `身份证号码${date}。${CITIZEN_RETYPE_HINT}`;
    return fail('citizen-id', 'date', false, message, value);
  }
  if (!citizenCheckHolds(value)) {
    return fail(
      'citizen-id',
      'checksum',
      false,
      `身份证号码校验未通过：第18位校验码与前17位不符。${CITIZEN_RETYPE_HINT}`,
      value,
    );
  }
  return null;
}

function citizenCheckHolds(value: string): boolean {
  return citizenIdCheckChar(value.slice(0, 17)) === value.charAt(17);
}

/** Positions 7–14 read as a birth date at all (before asking whether that date exists). */
function birthDateFits(value: string): boolean {
  return /^(18|19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$/.test(value.slice(6, 14));
}

function isRealBirthDate(value: string, today: Date): boolean {
  return birthDateProblem(value, today) === null;
}

/** What is wrong with the birth date in positions 7–14, as the end of a sentence naming it; null when real. */
function birthDateProblem(value: string, today: Date): string | null {
  const digits = value.slice(6, 14);
  const year = Number(digits.slice(0, 4));
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6, 8));
  if (month < 1 || month > 12) return '不是有效日期：月份应为01–12';
  const lastDay = daysInMonth(year, month);
  if (day < 1) return `不是有效日期：日应为01–${lastDay}`;
  if (day > lastDay) return `不是有效日期：${year}年${month}月只有${lastDay}天`;
  if (year < 1900) return '早于1900年';
  // Days as YYYY-MM-DD compare as text (shared/calendar/day.ts). Today is the day in Beijing, the service
  // hall's day whatever the PC's own zone (shared/time.ts); a baby born today is valid.
  const born = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  if (born > beijingDay(today)) return '晚于今天';
  return null;
}

// Arithmetic rather than Date.UTC: Date.UTC maps years 0–99 to 1900–1999 and would get their leap years wrong.
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function hasLowercaseFinalX(raw: string): boolean {
  return raw.normalize('NFKC').replace(INVISIBLE, '').endsWith('x');
}

/**
 * Tells the clerk the stored value differs from what was typed (inner spaces, full-width or other compatibility
 * characters, lower-case letters). Surrounding whitespace is not worth a warning: scanners and copy-paste add it.
 * A lower-case final x of a citizen ID gets its own 'lowercase-x' warning, so it is left out here.
 */
function normalisationWarning(raw: string, kind: IdentifierKind): IdentifierWarning | null {
  const stripped = raw.replace(INVISIBLE, '');
  const folded = stripped.normalize('NFKC').replace(INVISIBLE, '');
  const changes: string[] = [];
  if (HAS_INVISIBLE.test(raw.trim())) changes.push('去除了号码中间的空格或不可见字符');
  if (folded !== stripped) changes.push('将全角或特殊字符转换为半角');
  const withoutFinalX = kind === 'citizen-id' && folded.endsWith('x') ? folded.slice(0, -1) : folded;
  if (withoutFinalX !== withoutFinalX.toUpperCase()) changes.push('将小写字母转换为大写');
  if (changes.length === 0) return null;
  return { code: 'normalised', message: `已自动规范输入：${changes.join('，')}。` };
}

function nameChars(chars: string[]): string {
  const shown = chars.slice(0, 5).map((char) => {
    // Invisible, control and combining characters would render as nothing in 「」; name them by code point.
    if (/^[\p{C}\p{Z}\p{M}]$/u.test(char)) {
      return `「U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}」`;
    }
    return `「${char}」`;
  });
  return chars.length > 5 ? `${shown.join('')}等` : shown.join('');
}

function unique(chars: string[]): string[] {
  return Array.from(new Set(chars));
}

function compact(warnings: (IdentifierWarning | null)[]): IdentifierWarning[] {
  return warnings.filter((warning): warning is IdentifierWarning => warning !== null);
}

function succeed(kind: IdentifierKind, value: string, warnings: IdentifierWarning[]): ParsedIdentifier {
  return { ok: true, kind, value, warnings };
}

function fail(
  kind: Failure['kind'],
  code: Failure['code'],
  overridable: boolean,
  message: string,
  value: string,
): Failure {
  return { ok: false, kind, code, overridable, message, value };
}
