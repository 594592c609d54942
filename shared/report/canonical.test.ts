import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical';

describe('canonicalJson', () => {
  it('is stable under key reordering, at every depth', () => {
    const a = { b: 1, a: { z: [1, { y: 'x', x: null }], m: true }, c: '平顶山' };
    const b = { c: '平顶山', a: { m: true, z: [1, { x: null, y: 'x' }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"m":true,"z":[1,{"x":null,"y":"x"}]},"b":1,"c":"平顶山"}');
  });

  it('keeps array order, drops undefined members and parses back to the same value', () => {
    expect(canonicalJson([3, 1, 2])).toBe('[3,1,2]');
    expect(canonicalJson({ a: undefined, b: [undefined] })).toBe('{"b":[null]}');
    const value = { text: 'line\n"quoted"', n: -0.5, list: [] as unknown[], nested: {} };
    expect(JSON.parse(canonicalJson(value))).toEqual(value);
  });

  it('sorts keys by code unit, not by locale', () => {
    expect(canonicalJson({ b: 1, B: 2, 甲: 3, a: 4 })).toBe('{"B":2,"a":4,"b":1,"甲":3}');
  });

  it('treats what JSON cannot carry as JSON.stringify does', () => {
    expect(canonicalJson({ n: Number.NaN, f: () => 1 })).toBe(JSON.stringify({ n: null }));
  });
});
