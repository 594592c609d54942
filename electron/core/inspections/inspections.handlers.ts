import type { HandlersOf } from '../ipc/handlers';
import type { InspectionService } from './inspections.service';
import type { InspectionResultService } from './results.service';

export const inspectionHandlers = (
  inspections: InspectionService,
  results: InspectionResultService,
): HandlersOf<
  | 'inspections:pool'
  | 'inspections:draw'
  | 'inspections:list'
  | 'inspections:get'
  | 'inspections:export'
  | 'inspections:results'
  | 'inspections:record-result'
  | 'inspections:export-results'
> => ({
  'inspections:pool': (request) => inspections.pool(request),
  'inspections:draw': (request) => inspections.draw(request),
  'inspections:list': (request) => inspections.list(request),
  'inspections:get': (request) => inspections.get(request.id),
  'inspections:export': (request) => inspections.export(request.id, request.format),
  'inspections:results': (request) => results.results(request.drawId),
  'inspections:record-result': (request) => results.record(request),
  'inspections:export-results': (request) => results.export(request.drawId, request.format),
});
