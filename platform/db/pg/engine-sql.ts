/** Where each $n of a translated statement takes its value from: the nth `?`, or a named parameter. */
export type ParamSource = { kind: 'positional'; index: number } | { kind: 'named'; name: string };

export type TranslatedSql = { text: string; params: readonly ParamSource[] };

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

/** The end (exclusive) of a quoted run starting at `start` with `quote`; a doubled quote stays inside. */
function skipQuoted(sql: string, start: number, quote: string): number {
  let at = start + 1;
  while (at < sql.length) {
    if (sql[at] === quote) {
      if (sql[at + 1] === quote) at += 2;
      else return at + 1;
    } else at += 1;
  }
  return sql.length;
}

/** The end of what starts at `at` if it is a string, identifier, comment or dollar-quoted body; else `at`. */
function skipLiteral(sql: string, at: number): number {
  const char = sql[at];
  if (char === "'" || char === '"') return skipQuoted(sql, at, char);
  if (char === '-' && sql[at + 1] === '-') {
    const end = sql.indexOf('\n', at);
    return end === -1 ? sql.length : end;
  }
  if (char === '/' && sql[at + 1] === '*') {
    const end = sql.indexOf('*/', at + 2);
    return end === -1 ? sql.length : end + 2;
  }
  if (char === '$') {
    const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(at));
    if (tag !== null) {
      const end = sql.indexOf(tag[0], at + tag[0].length);
      return end === -1 ? sql.length : end + tag[0].length;
    }
  }
  return at;
}

function nameAt(sql: string, at: number): string | null {
  if (!NAME_START.test(sql[at] ?? '')) return null;
  let end = at + 1;
  while (end < sql.length && NAME_CHAR.test(sql[end] ?? '')) end += 1;
  return sql.slice(at, end);
}

/**
 * better-sqlite3's placeholders in PostgreSQL's form: each `?` becomes the next $n, and each named parameter
 * (`@name`, `:name`, `$name`) one $n however often it appears. Strings, quoted identifiers, comments and
 * dollar-quoted bodies are left alone, and so are `::` casts and PostgreSQL's own `$1`.
 */
export function translatePlaceholders(sql: string): TranslatedSql {
  const params: ParamSource[] = [];
  const named = new Map<string, number>();
  let text = '';
  let positional = 0;
  let at = 0;
  while (at < sql.length) {
    const skipped = skipLiteral(sql, at);
    if (skipped > at) {
      text += sql.slice(at, skipped);
      at = skipped;
      continue;
    }
    const char = sql[at] ?? '';
    if (char === ':' && sql[at + 1] === ':') {
      text += '::';
      at += 2;
      continue;
    }
    if (char === '?') {
      params.push({ kind: 'positional', index: positional++ });
      text += `$${params.length}`;
      at += 1;
      continue;
    }
    const name = char === '@' || char === ':' || char === '$' ? nameAt(sql, at + 1) : null;
    if (name !== null) {
      let number = named.get(name);
      if (number === undefined) {
        params.push({ kind: 'named', name });
        number = params.length;
        named.set(name, number);
      }
      text += `$${number}`;
      at += 1 + name.length;
      continue;
    }
    text += char;
    at += 1;
  }
  return { text, params };
}
