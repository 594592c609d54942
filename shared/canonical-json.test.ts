import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

/** The same value with the keys of every object in a shuffled order. */
function reorderKeys(value: unknown, order: (keys: string[]) => string[]): unknown {
  if (Array.isArray(value)) return value.map((item: unknown) => reorderKeys(item, order));
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(order(Object.keys(record)).map((key) => [key, reorderKeys(record[key], order)]));
}

describe('canonical JSON', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1, 2], c: null } })).toBe('{"a":{"c":null,"d":[3,1,2]},"b":1}');
  });

  it('follows JSON.stringify for the awkward values', () => {
    expect(canonicalJson({ u: undefined, f: () => 1, n: Number.NaN, i: -Infinity, z: -0 })).toBe(
      '{"i":null,"n":null,"z":0}',
    );
    expect(canonicalJson([undefined, () => 1])).toBe('[null,null]');
    expect(canonicalJson(new Date('2026-03-01T08:30:00Z'))).toBe('"2026-03-01T08:30:00.000Z"');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson({ '': '', 中文: '审批', '"': '\n' })).toBe('{"":"","\\"":"\\n","中文":"审批"}');
  });

  it('refuses what has no JSON form', () => {
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/cyclic/);
    // A shared (not cyclic) reference is fine.
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
  });

  it('does not depend on key order (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const reversed = reorderKeys(value, (keys) => [...keys].reverse());
        const sorted = reorderKeys(value, (keys) => [...keys].sort());
        expect(canonicalJson(reversed)).toBe(canonicalJson(value));
        expect(canonicalJson(sorted)).toBe(canonicalJson(value));
      }),
    );
  });

  it('survives a round trip through JSON text, as detail does through the database (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(text);
        // It is JSON, and a fixed point.
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });
});
