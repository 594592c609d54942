import type { HandlersOf } from '../ipc/handlers';
import type { InspectionService } from './inspections.service';

export const inspectionHandlers = (
  inspections: InspectionService,
): HandlersOf<
  'inspections:pool' | 'inspections:draw' | 'inspections:list' | 'inspections:get' | 'inspections:export'
> => ({
  'inspections:pool': (request) => inspections.pool(request),
  'inspections:draw': (request) => inspections.draw(request),
  'inspections:list': (request) => inspections.list(request),
  'inspections:get': (request) => inspections.get(request.id),
  'inspections:export': (request) => inspections.export(request.id, request.format),
});
