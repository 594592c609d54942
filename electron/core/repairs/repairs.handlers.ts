import type { HandlersOf } from '../ipc/handlers';
import type { RepairsService } from './repairs.service';

export const repairHandlers = (
  repairs: RepairsService,
): HandlersOf<'repairs:candidates' | 'repairs:create' | 'repairs:step' | 'repairs:list' | 'repairs:get'> => ({
  'repairs:candidates': (request) => repairs.candidates(request.subjectId),
  'repairs:create': (request) => repairs.create(request),
  'repairs:step': (request) => repairs.step(request),
  'repairs:list': (request) => repairs.list(request),
  'repairs:get': (request) => repairs.get(request.id),
});
