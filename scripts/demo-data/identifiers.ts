// Identifiers: valid (or deliberately legacy) unified social credit codes and citizen ID numbers, never repeated.
import {
  USCC_CHARSET,
  citizenIdCheckChar,
  orgCodeCheckChar,
  usccCheckChar,
} from '../../shared/identifiers/check-chars.ts';
import { pad } from '../../platform/generate/synthetic/index.ts';
import { int, pick } from './draws.ts';

const ORG_BODY_CHARS = USCC_CHARSET; // characters valid in both the org code and the USCC
const DIGITS = '0123456789';
export const usedIdentifiers = new Set<string>();

function randomChars(chars: string, n: number): string {
  let out = '';
  for (let i = 0; i < n; i += 1) out += chars.charAt(int(0, chars.length - 1));
  return out;
}

/** Organisation-code body (8 chars) in the style of its issuing period. */
function orgBody(leading: string, registeredOn: string | null): string {
  const modern = registeredOn !== null && registeredOn >= '2015-10-01';
  if (leading === '52') return modern ? `MJ${randomChars(DIGITS, 6)}` : `5${randomChars(DIGITS, 7)}`;
  if (leading === '12') return `41${randomChars(DIGITS, 6)}`;
  if (leading === '92') return `MA${randomChars(ORG_BODY_CHARS, 6)}`;
  return modern
    ? `MA${randomChars(ORG_BODY_CHARS, 6)}`
    : `${pick(['0', '5', '6', '7'])}${randomChars(DIGITS, 7)}`;
}

function check(value: string | null, what: string): string {
  if (value === null) throw new Error(`no check character for ${what}`);
  return value;
}

export function makeUscc(
  leading: string,
  regionCode: string,
  registeredOn: string | null,
  legacy = false,
): string {
  for (;;) {
    const body = orgBody(leading, registeredOn);
    const org = body + check(orgCodeCheckChar(body), body);
    const first17 = leading + regionCode + org;
    if (!first17.split('').every((c) => USCC_CHARSET.includes(c))) continue; // org check 'X' is fine, others too
    const correct = check(usccCheckChar(first17), first17);
    let last = correct;
    if (legacy) {
      // A legacy code with a wrong USCC check character (the org-code check stays right).
      const offset = int(1, USCC_CHARSET.length - 1);
      last = USCC_CHARSET.charAt((USCC_CHARSET.indexOf(correct) + offset) % USCC_CHARSET.length);
    }
    const code = first17 + last;
    if (usedIdentifiers.has(code)) continue;
    usedIdentifiers.add(code);
    return code;
  }
}

export function makeCitizenId(regionCode: string, birth: string, male: boolean): string {
  for (;;) {
    const seqHead = pad(int(0, 99), 2);
    const genderDigit = male ? pick(['1', '3', '5', '7', '9']) : pick(['0', '2', '4', '6', '8']);
    const first17 = regionCode + birth.replaceAll('-', '') + seqHead + genderDigit;
    const id = first17 + check(citizenIdCheckChar(first17), first17);
    if (usedIdentifiers.has(id)) continue;
    usedIdentifiers.add(id);
    return id;
  }
}

// An unknown, valid USCC that is not in the data set (for trying the “no record” path). Its body is fixed, so it
// does not move when the rest of the data set changes; selfCheck() makes sure no subject has it.
const UNKNOWN_ORG_BODY = 'MA9N8K2P';
const unknownFirst17 = `91410411${UNKNOWN_ORG_BODY}${check(orgCodeCheckChar(UNKNOWN_ORG_BODY), UNKNOWN_ORG_BODY)}`;
export const UNKNOWN_USCC = unknownFirst17 + check(usccCheckChar(unknownFirst17), unknownFirst17);
