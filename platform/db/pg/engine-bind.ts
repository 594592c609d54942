import type { ParamSource } from './engine-sql';

const isNamedObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  !(value instanceof Uint8Array) &&
  Object.getPrototypeOf(value) === Object.prototype;

/** A value as better-sqlite3 binds it (numbers, strings, bigints, buffers, null; undefined as null), for pg. */
function wireValue(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'string' || value instanceof Uint8Array) return value;
  if (typeof value === 'bigint') return value.toString();
  throw new TypeError('SQLite3 can only bind numbers, strings, bigints, buffers, and null');
}

/**
 * The values of a translated statement's $1…$n from the arguments of run/get/all/iterate, as better-sqlite3
 * reads them: values in order for the `?`s (arrays spread), and one plain object for the named parameters.
 * Too few or too many values, or a named parameter missing, throw better-sqlite3's RangeErrors.
 */
export function bindValues(params: readonly ParamSource[], args: readonly unknown[]): unknown[] {
  const positional: unknown[] = [];
  let named: Record<string, unknown> | undefined;
  for (const arg of args) {
    if (Array.isArray(arg)) positional.push(...(arg as unknown[]));
    else if (isNamedObject(arg)) named = arg;
    else positional.push(arg);
  }
  const wanted = params.filter((param) => param.kind === 'positional').length;
  if (positional.length > wanted) throw new RangeError('Too many parameter values were provided');
  return params.map((param) => {
    if (param.kind === 'positional') {
      if (param.index >= positional.length) throw new RangeError('Too few parameter values were provided');
      return wireValue(positional[param.index]);
    }
    if (named === undefined || !Object.hasOwn(named, param.name))
      throw new RangeError(`Missing named parameter "${param.name}"`);
    return wireValue(named[param.name]);
  });
}
