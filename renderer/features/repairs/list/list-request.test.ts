import { describe, expect, it } from 'vitest';
import { toListRequest } from './list-request';

describe('repairs list request', () => {
  it('maps the scope and the query', () => {
    expect(toListRequest({ scope: 'open', query: ' 梧沐 ' }, 1, 20)).toEqual({
      open: true,
      query: '梧沐',
      limit: 20,
      offset: 20,
    });
    expect(toListRequest({ scope: 'all', query: '' }, 0, 50)).toEqual({ limit: 50, offset: 0 });
    expect(toListRequest({ scope: 'granted', query: '' }, 0, 20)).toEqual({
      state: 'granted',
      limit: 20,
      offset: 0,
    });
  });
});
