import type { HandlersOf } from '../ipc/handlers';
import type { ReportsService } from './reports.service';

export const reportHandlers = (
  reports: ReportsService,
): HandlersOf<
  'reports:issue' | 'reports:get' | 'reports:list' | 'reports:printed' | 'reports:pdf' | 'reports:print'
> => ({
  'reports:issue': (request) => reports.issue(request),
  'reports:get': (request) => reports.get(request.number),
  'reports:list': (request) => reports.list(request),
  'reports:printed': (request) => reports.printed(request.number, request.how),
  'reports:pdf': (request) => reports.hostPrints(request.number),
  'reports:print': (request) => reports.hostPrints(request.number),
});
