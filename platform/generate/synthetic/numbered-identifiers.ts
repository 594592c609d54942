// The city's identifiers, from a subject's number. Each body style maps numbers to bodies injectively (an affine
// map modulo the size of its space with a multiplier coprime to it), so two generated subjects never share an
// identifier and no set of used codes has to be kept in memory.
import { dayOf, isoOfDay } from './dates';
import { BASE31, citizenIdOf, DIGITS, encode, usccOf, type BodyStyle, type UsccClass } from './identifiers';
import { pad } from './numbers';

type Space = { size: number; multiplier: number; offset: number };

// Multipliers are primes that divide none of the sizes; products stay below 2^53 for every n < size.
const spaces = {
  modern: { size: BASE31.length ** 6, multiplier: 7_919_111, offset: 104_729 },
  legacy: { size: 100_000_000, multiplier: 7_654_321, offset: 1_299_709 },
  seven: { size: 10_000_000, multiplier: 7_368_787, offset: 15_485_863 },
} satisfies Record<string, Space>;

const place = (space: Space, n: number): number => (n * space.multiplier + space.offset) % space.size;

type NumberedStyle = BodyStyle & { head: string; space: Space };
const MA: NumberedStyle = { head: 'MA', chars: BASE31, width: 6, space: spaces.modern };

/**
 * The city's body styles. Enterprises registered before the 2015 reform keep a digit organisation code;
 * everyone else has an MA/MJ body; institutions and social organisations of the old regime have digit codes of
 * their own series.
 */
function numberedStyle(usccClass: UsccClass, modern: boolean): NumberedStyle {
  if (usccClass === '12') return { head: '4', chars: DIGITS, width: 7, space: spaces.seven };
  if (usccClass === '52') {
    return modern ? { ...MA, head: 'MJ' } : { head: '5', chars: DIGITS, width: 7, space: spaces.seven };
  }
  if (usccClass === '91' && !modern) return { head: '', chars: DIGITS, width: 8, space: spaces.legacy };
  return MA;
}

/** The largest subject number every style can map without repeating itself. */
export const MAX_SUBJECT_NUMBER = spaces.seven.size - 1;

/** A USCC with correct GB 11714 (organisation code) and GB 32100 check characters. */
export function generatedUscc(usccClass: UsccClass, regionCode: string, modern: boolean, n: number): string {
  const style = numberedStyle(usccClass, modern);
  return usccOf(usccClass, regionCode, style.head + encode(place(style.space, n), style.chars, style.width));
}

// Birth dates 1950–2006 (adults by the data date); with a 3-digit sequence this is ~20 million IDs.
const FIRST_BIRTH_DAY = dayOf('1950-01-01');
const BIRTH_DAYS = dayOf('2006-12-31') - FIRST_BIRTH_DAY + 1;
const citizenSpace: Space = { size: BIRTH_DAYS * 1000, multiplier: 1_000_003, offset: 7_777 };

/** A citizen ID (GB 11643) with a real birth date and a correct check char; the sequence's parity is the sex. */
export function generatedCitizenId(regionCode: string, n: number): { id: string; male: boolean } {
  const value = place(citizenSpace, n);
  const birth = isoOfDay(FIRST_BIRTH_DAY + (value % BIRTH_DAYS));
  const sequence = pad(Math.floor(value / BIRTH_DAYS), 3);
  return { id: citizenIdOf(regionCode, birth, sequence), male: Number(sequence[2]) % 2 === 1 };
}

/** For the tests: every space's multiplier must be coprime with its size, or the map would repeat. */
export const identifierSpaces: readonly Space[] = [...Object.values(spaces), citizenSpace];
