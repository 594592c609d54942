import type { HandlersOf } from '../ipc/handlers';
import type { ObjectionsService } from './objections.service';

export const objectionHandlers = (
  objections: ObjectionsService,
): HandlersOf<
  'objections:candidates' | 'objections:create' | 'objections:step' | 'objections:list' | 'objections:get'
> => ({
  'objections:candidates': (request) => objections.candidates(request.subjectId),
  'objections:create': (request) => objections.create(request),
  'objections:step': (request) => objections.step(request),
  'objections:list': (request) => objections.list(request),
  'objections:get': (request) => objections.get(request.id),
});
