import { ok } from '../../../shared/result';
import { readCatalogue } from '../catalogue/catalogue.repo';
import type { Db } from '../../../node-shared/db/connection';
import type { HandlersOf } from '../ipc/handlers';
import { createSubjectsService } from './subjects.service';

export const subjectHandlers = (db: Db): HandlersOf<'subjects:search' | 'catalogue:get'> => {
  const subjects = createSubjectsService(db);
  return {
    'subjects:search': (request) => subjects.search(request.query, request.limit),
    'catalogue:get': () => ok(readCatalogue(db)),
  };
};
