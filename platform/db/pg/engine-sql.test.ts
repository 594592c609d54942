import { describe, expect, it } from 'vitest';
import { translatePlaceholders } from './engine-sql';

describe('placeholders in PostgreSQL form', () => {
  it('numbers each ? in order and each named parameter once, whatever its prefix', () => {
    expect(translatePlaceholders('SELECT * FROM t WHERE a = ? AND b IN (?, ?)')).toEqual({
      text: 'SELECT * FROM t WHERE a = $1 AND b IN ($2, $3)',
      params: [
        { kind: 'positional', index: 0 },
        { kind: 'positional', index: 1 },
        { kind: 'positional', index: 2 },
      ],
    });
    expect(translatePlaceholders('UPDATE t SET a = @seq, b = :hash WHERE c = $at OR d = @seq').text).toBe(
      'UPDATE t SET a = $1, b = $2 WHERE c = $3 OR d = $1',
    );
  });

  it('leaves strings, quoted names, comments, dollar quotes, casts and $1 alone', () => {
    const sql = `SELECT '?@a'' :b', "x?", e::text, $1, $$ ? @c $$, $fn$ :d $fn$ -- ? @e
      /* ? :f */ FROM t WHERE g = ?`;
    const translated = translatePlaceholders(sql);
    expect(translated.params).toEqual([{ kind: 'positional', index: 0 }]);
    expect(translated.text).toBe(sql.replace(/\?$/, '$1'));
  });
});
