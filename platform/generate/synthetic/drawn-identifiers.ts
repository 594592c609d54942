// The demo data set's identifiers: bodies of random characters in the style of their class and period, never
// repeated (a set of the codes given), and on request a legacy code whose USCC check character is wrong (the
// organisation-code check stays right).
import {
  BASE31,
  citizenIdOf,
  DIGITS,
  isModern,
  usccOf,
  withWrongUsccCheck,
  type BodyStyle,
  type UsccClass,
} from './identifiers';
import { pad } from './numbers';
import type { Draw } from './random';

/** The body styles of the demo data set (older 91 codes start 0, 5, 6 or 7; institutions 41…). */
function drawnStyle(usccClass: UsccClass, modern: boolean): BodyStyle {
  if (usccClass === '52')
    return modern ? { head: 'MJ', chars: DIGITS, width: 6 } : { head: '5', chars: DIGITS, width: 7 };
  if (usccClass === '12') return { head: '41', chars: DIGITS, width: 6 };
  if (usccClass === '92' || modern) return { head: 'MA', chars: BASE31, width: 6 };
  return { head: ['0', '5', '6', '7'], chars: DIGITS, width: 7 };
}

function drawnBody(draw: Draw, style: BodyStyle): string {
  let out = typeof style.head === 'string' ? style.head : draw.pick(style.head);
  for (let i = 0; i < style.width; i += 1) out += style.chars.charAt(draw.int(0, style.chars.length - 1));
  return out;
}

export type DrawnIdentifiers = {
  uscc: (usccClass: UsccClass, regionCode: string, registeredOn: string | null, legacy?: boolean) => string;
  citizenId: (regionCode: string, birth: string, male: boolean) => string;
  /** Every identifier given so far. */
  used: ReadonlySet<string>;
};

export function drawnIdentifiers(draw: Draw): DrawnIdentifiers {
  const used = new Set<string>();
  const unused = (code: string): boolean => {
    if (used.has(code)) return false;
    used.add(code);
    return true;
  };
  return {
    uscc: (usccClass, regionCode, registeredOn, legacy = false) => {
      for (;;) {
        const correct = usccOf(
          usccClass,
          regionCode,
          drawnBody(draw, drawnStyle(usccClass, isModern(registeredOn))),
        );
        const code = legacy ? withWrongUsccCheck(correct, draw.int(1, BASE31.length - 1)) : correct;
        if (unused(code)) return code;
      }
    },
    citizenId: (regionCode, birth, male) => {
      for (;;) {
        const sequence =
          pad(draw.int(0, 99), 2) + draw.pick(male ? ['1', '3', '5', '7', '9'] : ['0', '2', '4', '6', '8']);
        const id = citizenIdOf(regionCode, birth, sequence);
        if (unused(id)) return id;
      }
    },
    used,
  };
}
