import type { HandlersOf } from '../ipc/handlers';
import type { CheckService } from './check.service';
import type { queryExternalOnline } from './external-query-online';

export const checkHandlers = (
  checks: CheckService,
  online: ReturnType<typeof queryExternalOnline>,
): HandlersOf<
  | 'check:run'
  | 'check:feedback'
  | 'check:list'
  | 'check:get'
  | 'check:external-query'
  | 'check:sheet-pdf'
  | 'check:sheet-print'
  | 'check:sheet-printed'
  | 'check:external-query-online'
> => ({
  'check:run': (request) => checks.run(request),
  'check:feedback': (request) => checks.feedback(request),
  'check:list': (request) => checks.list(request),
  'check:get': (request) => checks.get(request.checkId),
  'check:external-query': (request) => checks.externalQuery(request),
  'check:sheet-pdf': (request) => checks.sheet.hostPrints(request.checkId),
  'check:sheet-print': (request) => checks.sheet.hostPrints(request.checkId),
  'check:sheet-printed': (request) => checks.sheet.printed(request.checkId, request.how),
  'check:external-query-online': (request) => online(request),
});
