import type { HandlersOf } from '../ipc/handlers';
import type { FilesService } from './files.service';

export const filesHandlers = (files: FilesService): HandlersOf<'files:add' | 'files:get'> => ({
  'files:add': (request) => files.add(request),
  'files:get': (request) => files.get(request.sha256),
});
