import { objectionsAtRisk } from '../objections/at-risk';
import { addDays, daysBetween } from '../../../shared/calendar/day';
import type { Settings } from '../../../shared/domain/app';
import {
  DashboardFigure,
  type DashboardFigures,
  type DashboardFilter,
  type DashboardRows,
  type DashboardRules,
} from '../../../shared/domain/dashboard';
import type { ExportFile } from '../../../shared/domain/export';
import { ok, type Result } from '../../../shared/result';
import { beijingDay, toBeijingIso } from '../../../shared/time';
import { getMeta } from '../app/meta.repo';
import { getMatter } from '../catalogue/catalogue.repo';
import type { Db } from '../../../node-shared/db/connection';
import type { Rules } from '../rules/rules';
import { approvalCounts, approvalRows, type ApprovalScope } from './approvals';
import { checkCounts, checkRows, checksPerDay, checksPerMatter, type CheckFigure } from './checks-figures';
import { dashboardWorkbook } from './dashboard-export';
import { resolveScope, type Scope } from './scope';
import { commitmentCounts, commitmentRows, repairsAtRisk } from './workflow-figures';

export type DashboardDeps = {
  db: Db;
  now: () => Date;
  rules: Rules;
  dashboardRules: DashboardRules;
  settings: () => Settings;
};

type Page = { limit: number | null; offset: number };

const CHECK_FIGURES: readonly DashboardFigure[] = [
  'checks',
  'punishment-hits',
  'incentive-hits',
  'open-feedback',
];
const isCheckFigure = (figure: DashboardFigure): figure is CheckFigure => CHECK_FIGURES.includes(figure);

/** The compliance dashboard (合规看板): figures over a period, the rows behind each, and the Excel workbook. */
export function createDashboardService(deps: DashboardDeps) {
  const { db, dashboardRules } = deps;

  const scopeOf = (filter: DashboardFilter): Result<Scope> =>
    resolveScope(filter, beijingDay(deps.now()), dashboardRules);

  const approvalScope = (scope: Scope): ApprovalScope => {
    const department = deps.settings().department.trim();
    return {
      ...scope,
      department: department === '' ? null : department,
      categories: dashboardRules.approvalCategories,
      lookBackDays: dashboardRules.approvalLookBackDays,
    };
  };

  const dueSoonDays = (): number => deps.rules.current().commitment.dueSoonDays;

  const atRisk = (scope: Scope) =>
    repairsAtRisk(db, scope, deps.rules.current(), dashboardRules.repairAtRiskWorkingDays);

  const objectionFigure = (today: string): NonNullable<DashboardFigures['objectionsAtRisk']> => {
    const rules = deps.rules.current();
    const items = objectionsAtRisk(db, rules, today);
    return {
      total: items.length,
      warnWithinWorkingDays: rules.objectionPolicy.warnWithinWorkingDays,
      items: items.slice(0, 20),
    };
  };

  const figuresOf = (scope: Scope): DashboardFigures => {
    const days = Array.from({ length: daysBetween(scope.from, scope.to) + 1 }, (_, index) =>
      addDays(scope.from, index),
    );
    const approvals = approvalScope(scope);
    const approvalCount = approvalCounts(db, approvals);
    const commitments = commitmentCounts(db, scope, dueSoonDays());
    return {
      period: { from: scope.from, to: scope.to },
      matterCode: scope.matterCode,
      districtCode: scope.districtCode,
      today: scope.today,
      cacheAsOf: getMeta(db, 'cache_as_of'),
      generatedAt: toBeijingIso(deps.now()),
      counts: {
        ...checkCounts(db, scope),
        'approvals-without-check': approvalCount.withoutCheck,
        'commitments-due-soon': commitments['due-soon'],
        'commitments-overdue': commitments.overdue,
        'repairs-at-risk': atRisk(scope).length,
      },
      perDay: checksPerDay(db, scope, days),
      perMatter: checksPerMatter(db, scope),
      approvals: {
        decisions: approvalCount.decisions,
        department: approvals.department,
        lookBackDays: approvals.lookBackDays,
      },
      commitmentDueSoonDays: dueSoonDays(),
      repairAtRiskWorkingDays: dashboardRules.repairAtRiskWorkingDays,
      rules: { confirmed: dashboardRules.confirmed, note: dashboardRules.note },
      objectionsAtRisk: objectionFigure(scope.today),
    };
  };

  const rowsOf = (scope: Scope, figure: DashboardFigure, page: Page): DashboardRows => {
    if (isCheckFigure(figure)) return { kind: 'checks', ...checkRows(db, scope, figure, page) };
    switch (figure) {
      case 'approvals-without-check':
        return { kind: 'approvals', ...approvalRows(db, approvalScope(scope), page) };
      case 'commitments-due-soon':
      case 'commitments-overdue':
        return {
          kind: 'commitments',
          ...commitmentRows(
            db,
            scope,
            figure === 'commitments-due-soon' ? 'due-soon' : 'overdue',
            dueSoonDays(),
            page,
          ),
        };
      default: {
        const items = atRisk(scope);
        const end = page.limit === null ? undefined : page.offset + page.limit;
        return { kind: 'repairs', total: items.length, items: items.slice(page.offset, end) };
      }
    }
  };

  return {
    get: (filter: DashboardFilter): Result<DashboardFigures> => {
      const scope = scopeOf(filter);
      return scope.ok ? ok(figuresOf(scope.value)) : scope;
    },
    rows: (
      request: DashboardFilter & { figure: DashboardFigure; limit: number; offset: number },
    ): Result<DashboardRows> => {
      const scope = scopeOf(request);
      return scope.ok ? ok(rowsOf(scope.value, request.figure, request)) : scope;
    },
    /** Every figure's rows, unpaged, in one workbook; read in one transaction so the sheets agree. */
    export: async (filter: DashboardFilter): Promise<Result<ExportFile>> => {
      const scope = scopeOf(filter);
      if (!scope.ok) return scope;
      const { figures, rows } = db.transaction(() => ({
        figures: figuresOf(scope.value),
        rows: Object.fromEntries(
          DashboardFigure.options.map((figure) => [
            figure,
            rowsOf(scope.value, figure, { limit: null, offset: 0 }),
          ]),
        ) as Record<DashboardFigure, DashboardRows>,
      }))();
      const matterName =
        scope.value.matterCode === null ? null : (getMatter(db, scope.value.matterCode)?.name ?? null);
      return ok(await dashboardWorkbook(figures, rows, matterName));
    },
  };
}

export type DashboardService = ReturnType<typeof createDashboardService>;
