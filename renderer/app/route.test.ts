import { describe, expect, it } from 'vitest';
import { parseHash, routeHash, type Route } from './route';

describe('hash routes', () => {
  it('round-trips every route', () => {
    const routes: Route[] = [
      { page: 'check' },
      { page: 'records' },
      { page: 'record', checkId: 'a/b c' },
      { page: 'commitments' },
      { page: 'commitment', id: 'c/1 2' },
      { page: 'repairs' },
      { page: 'repair', id: 'r-1' },
      { page: 'sync' },
      { page: 'settings' },
      { page: 'reports' },
      { page: 'report', number: 'XYBG/1 2' },
      { page: 'dashboard' },
      { page: 'audit' },
      { page: 'inspections' },
      { page: 'objections' },
      { page: 'objection', id: 'o/1 2' },
    ];
    for (const route of routes) expect(parseHash(routeHash(route))).toEqual(route);
  });

  it('falls back to the check page for empty or unknown hashes', () => {
    expect(parseHash('')).toEqual({ page: 'check' });
    expect(parseHash('#/nowhere')).toEqual({ page: 'check' });
    expect(parseHash('#/records/')).toEqual({ page: 'records' });
  });
});
