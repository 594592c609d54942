import { describe, expect, it } from 'vitest';
import { jsonTooDeep } from './json-depth';

describe('JSON depth', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(jsonTooDeep('{"a":[{"b":[1]}]}', 4)).toBe(false);
    expect(jsonTooDeep('{"a":[{"b":[1]}]}', 3)).toBe(true);
    expect(jsonTooDeep(`{"a":"${'['.repeat(100)}","b":"\\"{{{{"}`, 1)).toBe(false);
    expect(jsonTooDeep('['.repeat(100_000))).toBe(true);
    expect(jsonTooDeep('[[1],[2],[3]]', 2)).toBe(false);
  });
});
