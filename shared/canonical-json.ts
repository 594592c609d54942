/**
 * Canonical JSON: the same value always serialises to the same text, whatever the key order it was built in.
 *
 * It follows JSON.stringify's value rules exactly (toJSON is honoured, undefined / functions / symbols are dropped
 * from objects and become null in arrays, non-finite numbers become null, -0 becomes 0) and only adds the sorted
 * keys, so `canonicalJson(v) === canonicalJson(JSON.parse(JSON.stringify(v)))`: a detail object hashes the same
 * before it is written to audit_log.detail (as JSON text) and after it is read back. Keys are sorted by UTF-16 code
 * unit (Array.prototype.sort's default), which every JavaScript engine agrees on. BigInt and cycles throw, as
 * JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  return serialise(value, new Set()) ?? 'null';
}

/** undefined means "no JSON value" (skipped in an object, null in an array), as in JSON.stringify. */
function serialise(input: unknown, ancestors: Set<object>): string | undefined {
  const value = hasToJson(input) ? input.toJSON() : input;
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      throw new TypeError('canonicalJson: a BigInt has no JSON form');
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    case 'object':
      break;
  }
  if (value === null) return 'null';
  if (ancestors.has(value)) throw new TypeError('canonicalJson: the value is cyclic');
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      return `[${value.map((item: unknown) => serialise(item, ancestors) ?? 'null').join(',')}]`;
    }
    const record = value as Record<string, unknown>;
    const members: string[] = [];
    for (const key of Object.keys(record).sort()) {
      const member = serialise(record[key], ancestors);
      if (member !== undefined) members.push(`${JSON.stringify(key)}:${member}`);
    }
    return `{${members.join(',')}}`;
  } finally {
    ancestors.delete(value);
  }
}

function hasToJson(value: unknown): value is { toJSON: () => unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  );
}
