// Valid identifiers from a subject's number. Each body style maps numbers to bodies injectively (an affine map
// modulo the size of its space with a multiplier coprime to it), so two generated subjects never share an
// identifier and no set of used codes has to be kept in memory. The styles are those of real codes
// (DOMAIN.md): post-2015 bodies start with MA (enterprises, shops, cooperatives) or MJ (social organisations),
// older ones are digits.
import {
  citizenIdCheckChar,
  orgCodeCheckChar,
  USCC_CHARSET,
  usccCheckChar,
} from '../../shared/identifiers/check-chars';
import { dayOf, isoOfDay } from './synthetic';

type Space = { size: number; multiplier: number; offset: number };

const B31 = USCC_CHARSET.length;
const SIX_B31 = B31 ** 6;

// Multipliers are primes that divide none of the sizes; products stay below 2^53 for every n < size.
const spaces = {
  modern: { size: SIX_B31, multiplier: 7_919_111, offset: 104_729 },
  legacy: { size: 100_000_000, multiplier: 7_654_321, offset: 1_299_709 },
  seven: { size: 10_000_000, multiplier: 7_368_787, offset: 15_485_863 },
} satisfies Record<string, Space>;

const place = (space: Space, n: number): number => (n * space.multiplier + space.offset) % space.size;

function base31(value: number, width: number): string {
  let out = '';
  let rest = value;
  for (let position = 0; position < width; position += 1) {
    out = USCC_CHARSET.charAt(rest % B31) + out;
    rest = Math.floor(rest / B31);
  }
  return out;
}

const digits = (value: number, width: number): string => String(value).padStart(width, '0');

/** 登记管理部门 + 机构类别 codes used by the generator, and the body style each uses. */
export type UsccClass = '91' | '92' | '93' | '12' | '52';

/**
 * The 8-character body (主体标识码 without its check char). Enterprises registered before the 2015 reform keep
 * a digit organisation code; everyone else has an MA/MJ body; institutions and social organisations of the old
 * regime have digit codes of their own series.
 */
function orgBody(usccClass: UsccClass, modern: boolean, n: number): string {
  if (usccClass === '12') return `4${digits(place(spaces.seven, n), 7)}`;
  if (usccClass === '52') {
    return modern ? `MJ${base31(place(spaces.modern, n), 6)}` : `5${digits(place(spaces.seven, n), 7)}`;
  }
  if (usccClass === '91' && !modern) return digits(place(spaces.legacy, n), 8);
  return `MA${base31(place(spaces.modern, n), 6)}`;
}

/** The largest subject number every style can map without repeating itself. */
export const MAX_SUBJECT_NUMBER = spaces.seven.size - 1;

function checked(value: string | null, of: string): string {
  if (value === null) throw new Error(`no check character for ${of}`);
  return value;
}

/** A USCC with correct GB 11714 (organisation code) and GB 32100 check characters. */
export function generatedUscc(usccClass: UsccClass, regionCode: string, modern: boolean, n: number): string {
  const body = orgBody(usccClass, modern, n);
  const first17 = `${usccClass}${regionCode}${body}${checked(orgCodeCheckChar(body), body)}`;
  return first17 + checked(usccCheckChar(first17), first17);
}

// Birth dates 1950–2006 (adults by the data date); with a 3-digit sequence this is ~20 million IDs.
const FIRST_BIRTH_DAY = dayOf('1950-01-01');
const BIRTH_DAYS = dayOf('2006-12-31') - FIRST_BIRTH_DAY + 1;
const citizenSpace: Space = { size: BIRTH_DAYS * 1000, multiplier: 1_000_003, offset: 7_777 };

/** A citizen ID (GB 11643) with a real birth date and a correct check char; the sequence's parity is the sex. */
export function generatedCitizenId(regionCode: string, n: number): { id: string; male: boolean } {
  const value = place(citizenSpace, n);
  const birth = isoOfDay(FIRST_BIRTH_DAY + (value % BIRTH_DAYS)).replaceAll('-', '');
  const sequence = digits(Math.floor(value / BIRTH_DAYS), 3);
  const first17 = `${regionCode}${birth}${sequence}`;
  return { id: first17 + checked(citizenIdCheckChar(first17), first17), male: Number(sequence[2]) % 2 === 1 };
}

/** For the tests: every space's multiplier must be coprime with its size, or the map would repeat. */
export const identifierSpaces: readonly Space[] = [...Object.values(spaces), citizenSpace];
