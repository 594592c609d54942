import type { HandlersOf } from '../ipc/handlers';
import type { CommitmentService } from './commitments.service';

export const commitmentHandlers = (
  commitments: CommitmentService,
): HandlersOf<
  'commitments:prepare' | 'commitments:create' | 'commitments:verify' | 'commitments:list' | 'commitments:get'
> => ({
  'commitments:prepare': (request) => commitments.prepare(request),
  'commitments:create': (request) => commitments.create(request),
  'commitments:verify': (request) => commitments.verify(request),
  'commitments:list': (request) => commitments.list(request),
  'commitments:get': (request) => commitments.get(request.id),
});
