import { HOSTILE_STRINGS, randomUnits, type FuzzRandom } from './fuzz-random';

type Container = Record<string, unknown> | unknown[];

/** Nested `depth` levels deep, built without recursion. */
function nested(depth: number, asArray: boolean): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}

/** Keys that reach an object's prototype if a parser or a merge is careless. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** An object whose own key `__proto__` (as JSON.parse makes it) carries a marker. */
const pollution = (): unknown =>
  JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}');

/**
 * A value a hostile caller puts where something else belongs: wrong types, non-finite numbers, hostile strings,
 * a megabyte, deep nesting, prototype keys, a huge array. `jsonOnly` leaves out what JSON cannot carry.
 */
export function hostileValue(random: FuzzRandom, jsonOnly = false): unknown {
  const values: (() => unknown)[] = [
    () => random.pick(HOSTILE_STRINGS),
    () => randomUnits(random, random.int(1, 60)),
    () => 'x'.repeat(random.int(10_000, random.chance(0.1) ? 1_000_000 : 100_000)),
    () => random.pick([NaN, Infinity, -Infinity, -0, 1e308, -1, 0.5, 2 ** 53 + 1, -(2 ** 31)]),
    () => random.pick([true, false, null, 0, '0', 'true']),
    () => random.pick([[], {}, [null], [{}]]),
    () => nested(random.int(100, 1_000), random.chance(0.5)),
    pollution,
    () => new Array<number>(random.int(1_000, 5_000)).fill(0),
    ...(jsonOnly ? [] : [() => undefined, () => BigInt(random.int(0, 1_000)), () => new Date(Number.NaN)]),
  ];
  return random.pick(values)();
}

/** Every container inside a value, with the keys it holds (the root included). */
function containers(value: unknown): Container[] {
  const found: Container[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || typeof current !== 'object') continue;
    found.push(current as Container);
    // A hostile array's elements are all alike: a few stand for the rest, and the walk stays cheap.
    stack.push(...(Object.values(current) as unknown[]).slice(0, 20));
  }
  return found;
}

/** The sample with one to three hostile changes: a value replaced, a key removed, a hostile key added. */
export function mutate(random: FuzzRandom, sample: unknown, jsonOnly = false): unknown {
  if (random.chance(0.05)) return hostileValue(random, jsonOnly);
  const root = structuredClone(sample) ?? {};
  if (typeof root !== 'object' || root === null) return hostileValue(random, jsonOnly);
  for (let n = random.int(1, 3); n > 0; n--) {
    const target = random.pick(containers(root));
    const keys = Object.keys(target);
    const op = random.int(0, 3);
    if (op === 0 && keys.length > 0) {
      const key = random.pick(keys);
      if (Array.isArray(target)) target[Number(key)] = hostileValue(random, jsonOnly);
      else target[key] = hostileValue(random, jsonOnly);
    } else if (op === 1 && keys.length > 0 && !Array.isArray(target)) {
      delete target[random.pick(keys)];
    } else if (!Array.isArray(target)) {
      // defineProperty: an own key `__proto__` as JSON.parse would make, not a prototype change here.
      Object.defineProperty(target, random.pick([...PROTOTYPE_KEYS, randomUnits(random, 8)]), {
        value: hostileValue(random, jsonOnly),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      target.push(hostileValue(random, jsonOnly));
    }
  }
  return root;
}

/** A mutated sample as JSON text (non-finite numbers become null, as JSON.stringify makes them). */
export function hostileJson(random: FuzzRandom, sample: unknown): string {
  try {
    return JSON.stringify(mutate(random, sample, true)) ?? 'null';
  } catch {
    // Nesting beyond what JSON.stringify recurses through: the text is made by hand instead.
    return `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
  }
}

/** True when some fuzzed payload reached Object.prototype. */
export const prototypePolluted = (): boolean =>
  (Object.prototype as Record<string, unknown>).polluted !== undefined ||
  ({} as Record<string, unknown>).polluted !== undefined;
