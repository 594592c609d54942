import type { Db } from '../../node-shared/db/connection';
import type { PublicationEvent } from '../../shared/platform-api/commitment-publication';
import { toBeijingIso } from '../../shared/time';
import { insertPublicationEvent, publicationState } from './publication.repo';

export type PublicationAction = PublicationEvent['action'];

export type PublicationStepResult =
  | { ok: true; event: PublicationEvent; published: boolean }
  | {
      ok: false;
      status: 404 | 409;
      code: 'COMMITMENT_NOT_FOUND' | 'PUBLICATION_STEP_REFUSED';
      message: string;
    };

export const publicationActionLabels: Record<PublicationAction, string> = {
  withdraw: '撤回公示',
  republish: '恢复公示',
};

/**
 * A reviewer withdraws a commitment from publication, or publishes it again, with a reason; the event is the
 * record (who, when, why) and takes effect on the page and the export at once. Only a commitment whose 公开类型
 * is 可向社会公开 is published, so only such a one can be withdrawn; each step must change the state.
 */
export function stepPublication(
  db: Db,
  args: { idOrCode: string; action: PublicationAction; reason: string; actor: string; now: Date },
): PublicationStepResult {
  return db.transaction((): PublicationStepResult => {
    const state = publicationState(db, args.idOrCode);
    if (state === null)
      return { ok: false, status: 404, code: 'COMMITMENT_NOT_FOUND', message: '市平台没有这份信用承诺' };
    if (state.publicity !== 'public')
      return refused('该承诺的公开类型不是“可向社会公开”，本就不公示，无需撤回或恢复');
    if (args.action === 'withdraw' && state.withdrawn) return refused('该承诺已撤回公示');
    if (args.action === 'republish' && !state.withdrawn) return refused('该承诺正在公示，无需恢复');
    const event: PublicationEvent = {
      commitmentId: state.id,
      action: args.action,
      reason: args.reason,
      actor: args.actor,
      at: toBeijingIso(args.now),
    };
    insertPublicationEvent(db, event);
    return { ok: true, event, published: args.action === 'republish' };
  })();
}

const refused = (message: string): PublicationStepResult => ({
  ok: false,
  status: 409,
  code: 'PUBLICATION_STEP_REFUSED',
  message,
});
