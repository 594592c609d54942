import type { Settings } from '../../../shared/domain/app';
import type { Db } from '../../../node-shared/db/connection';
import type { EventBus } from '../events';
import type { Rules } from '../rules/rules';

export type RepairDeps = {
  db: Db;
  now: () => Date;
  newId: () => string;
  rules: Rules;
  settings: () => Settings;
  /** Who acts: the signed-in user (auth/session.ts operatorLabel), recorded on the write and its audit entry. */
  operator: () => string;
  /** The signed-in user's username (null: nobody): each outbox entry names who made it (sync/push.ts). */
  username: () => string | null;
  events: EventBus;
  /** The first of the hashes that is not a file stored on this client, else null. */
  missingFile: (hashes: readonly string[]) => string | null;
};
