import { err, ok } from '../../../shared/result';
import { toBeijingIso } from '../../../shared/time';
import type { Db } from '../db/connection';
import type { EventBus } from '../events';
import type { HandlersOf } from '../ipc/handlers';
import { acknowledgeReview, listReviews, openReviews } from './reviews.repo';
import type { SyncService } from './sync.service';

export const syncHandlers = (deps: {
  db: Db;
  sync: SyncService;
  events: EventBus;
  now: () => Date;
  operator: () => string;
}): HandlersOf<'sync:status' | 'sync:run' | 'sync:enrol' | 'reviews:list' | 'reviews:acknowledge'> => ({
  'sync:status': () => ok(deps.sync.status()),
  'sync:run': () => deps.sync.run(),
  'sync:enrol': (request) => deps.sync.enrol(request),
  'reviews:list': (request) => ok({ items: listReviews(deps.db, request.includeAcknowledged) }),
  'reviews:acknowledge': (request) => {
    if (!acknowledgeReview(deps.db, request.checkId, toBeijingIso(deps.now()), deps.operator())) {
      return err('REVIEW_NOT_FOUND', '该核查记录不在待复核列表中');
    }
    const open = openReviews(deps.db);
    deps.events.emit({ type: 'reviews-changed', open });
    return ok({ open });
  },
});
