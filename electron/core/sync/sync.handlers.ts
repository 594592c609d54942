import { err, ok } from '../../../shared/result';
import { toBeijingIso } from '../../../shared/time';
import { appendAudit } from '../audit/audit.repo';
import { getCheckRow } from '../check/check.repo';
import type { Db } from '../../../node-shared/db/connection';
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
  'sync:enrol': (request) => deps.sync.enrol(request, deps.operator()),
  'reviews:list': (request) => ok({ items: listReviews(deps.db, request.includeAcknowledged) }),
  'reviews:acknowledge': (request) => {
    const at = toBeijingIso(deps.now());
    const actor = deps.operator();
    const acknowledged = deps.db.transaction(() => {
      if (!acknowledgeReview(deps.db, request.checkId, at, actor)) return false;
      appendAudit(deps.db, {
        at,
        actor,
        action: 'review.acknowledge',
        targetType: 'check',
        targetId: request.checkId,
        caseNumber: getCheckRow(deps.db, request.checkId)?.case_number ?? null,
        purpose: null,
        detail: {},
      });
      return true;
    })();
    if (!acknowledged) {
      return err('REVIEW_NOT_FOUND', '该核查记录不在待复核列表中');
    }
    const open = openReviews(deps.db);
    deps.events.emit({ type: 'reviews-changed', open });
    return ok({ open });
  },
});
