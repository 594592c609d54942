import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, daysBetween } from '../../../shared/calendar/day';
import { DashboardRules, type DashboardFilter } from '../../../shared/domain/dashboard';
import { err, ok, type Result } from '../../../shared/result';
import { dashboardTexts } from './texts';

/** A year and a day: a leap year's whole year fits; longer periods are a report, not a dashboard. */
export const MAX_PERIOD_DAYS = 366;

/** What every figure is counted over: the period (whole Beijing days) and the two optional filters. */
export type Scope = {
  from: string;
  to: string;
  /** The day after `to`: checks are compared as instants (`checked_at < toNext`) so the time index serves. */
  toNext: string;
  matterCode: string | null;
  districtCode: string | null;
  today: string;
};

/** The bundled rule file; it must be valid (a broken release fails at start, like check-policy.json). */
export function loadDashboardRules(resourcesDir: string): DashboardRules {
  const file = join(resourcesDir, 'rules', 'dashboard-rules.json');
  const parsed = DashboardRules.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} does not match its schema: ${parsed.error.message}`);
  return parsed.data;
}

/** The filter with its defaults (the last N days up to today); refused when the period is empty or too long. */
export function resolveScope(
  filter: { from?: string | undefined; to?: string | undefined } & Omit<DashboardFilter, 'from' | 'to'>,
  today: string,
  rules: Pick<DashboardRules, 'defaultPeriodDays'>,
): Result<Scope> {
  // Up to today unless told otherwise: a supervisor who moves only the start keeps the end the page shows.
  const to = filter.to ?? today;
  const from = filter.from ?? addDays(to, -(rules.defaultPeriodDays - 1));
  if (from > to) return err('DASHBOARD_PERIOD_INVALID', dashboardTexts.periodInvalid);
  if (daysBetween(from, to) + 1 > MAX_PERIOD_DAYS)
    return err('DASHBOARD_PERIOD_INVALID', dashboardTexts.periodTooLong(MAX_PERIOD_DAYS));
  return ok({
    from,
    to,
    toNext: addDays(to, 1),
    matterCode: filter.matterCode ?? null,
    districtCode: filter.districtCode ?? null,
    today,
  });
}

/** SQL: the subject (by id column `column`) is registered in @districtCode, as the cached registry says. */
export const inDistrict = (column: string): string =>
  `EXISTS (SELECT 1 FROM subjects s WHERE s.id = ${column} AND s.region_code = @districtCode)`;
