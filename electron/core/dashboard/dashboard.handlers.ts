import type { HandlersOf } from '../ipc/handlers';
import type { DashboardService } from './dashboard.service';

export const dashboardHandlers = (
  dashboard: DashboardService,
): HandlersOf<'dashboard:get' | 'dashboard:rows' | 'dashboard:export'> => ({
  'dashboard:get': (request) => dashboard.get(request),
  'dashboard:rows': (request) => dashboard.rows(request),
  'dashboard:export': (request) => dashboard.export(request),
});
