import { describe, expect, it } from 'vitest';
import { RESOURCES_DIR } from '../testing/temp-core';
import { loadDashboardRules, resolveScope } from './scope';

const rules = { defaultPeriodDays: 30 };

describe('the dashboard period', () => {
  it('defaults to the last 30 days up to today, and keeps the end when only the start is given', () => {
    expect(resolveScope({}, '2026-11-27', rules)).toMatchObject({
      ok: true,
      value: { from: '2026-10-29', to: '2026-11-27', toNext: '2026-11-28', matterCode: null },
    });
    expect(resolveScope({ from: '2026-01-01' }, '2026-11-27', rules)).toMatchObject({
      value: { from: '2026-01-01', to: '2026-11-27' },
    });
    expect(resolveScope({ to: '2026-02-10' }, '2026-11-27', rules)).toMatchObject({
      value: { from: '2026-01-12', to: '2026-02-10' },
    });
  });

  it('takes a whole leap year but no more', () => {
    expect(resolveScope({ from: '2028-01-01', to: '2028-12-31' }, '2028-12-31', rules).ok).toBe(true);
    expect(resolveScope({ from: '2027-12-31', to: '2028-12-31' }, '2028-12-31', rules)).toMatchObject({
      ok: false,
      error: { code: 'DASHBOARD_PERIOD_INVALID' },
    });
  });

  it('ships a valid rule table, marked unconfirmed', () => {
    const bundled = loadDashboardRules(RESOURCES_DIR);
    expect(bundled.confirmed).toBe(false);
    expect(bundled.approvalCategories).toEqual(['license']);
  });
});
