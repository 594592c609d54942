import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore } from '../testing/temp-core';
import { dispatch } from './dispatch';
import { orderBy } from '../db/order-by';

// The order of the four paged lists is a closed set: the contract refuses any other column in a person's words,
// and the core only ever puts its own SQL column names into the statement.

let core: ReturnType<typeof openTempCore>;
beforeEach(() => {
  core = openTempCore();
});
afterEach(() => core.dispose());

describe('the sort of a list request', () => {
  it.each(['check:list', 'commitments:list', 'repairs:list', 'audit:list'] as const)(
    '%s refuses an unknown column or direction in Chinese',
    async (channel) => {
      const unknown = await dispatch(core.handlers, channel, { sortBy: 'id; DROP TABLE checks' });
      expect(unknown.ok).toBe(false);
      if (!unknown.ok) expect(unknown.error.message).toBe('请求内容不正确：排序的列：不在可选的范围内');
      const direction = await dispatch(core.handlers, channel, { sortDirection: 'sideways' });
      expect(direction.ok).toBe(false);
      if (!direction.ok) expect(direction.error.message).toBe('请求内容不正确：排序方向：不在可选的范围内');
    },
  );
});

describe('orderBy', () => {
  const columns = { name: 'c.name', day: 'c.day' } as const;
  it('puts the asked column before the list’s own order, ascending unless asked otherwise', () => {
    expect(orderBy(columns, { sortBy: 'name' }, 'c.id DESC')).toBe('c.name ASC, c.id DESC');
    expect(orderBy(columns, { sortBy: 'day', sortDirection: 'desc' }, 'c.id DESC')).toBe(
      'c.day DESC, c.id DESC',
    );
    expect(orderBy(columns, {}, 'c.id DESC')).toBe('c.id DESC');
  });
  it('keeps to the list’s own order for anything not in the set', () => {
    const hostile = { sortBy: 'name; DROP TABLE c' as 'name' };
    expect(orderBy(columns, hostile, 'c.id DESC')).toBe('c.id DESC');
    expect(orderBy(columns, { sortBy: 'toString' as 'name' }, 'c.id DESC')).toBe('c.id DESC');
  });
});
