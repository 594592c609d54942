import type { Commitment } from '../../../shared/domain/commitment';
import { ok, type Result } from '../../../shared/result';
import type { Db } from '../../../node-shared/db/connection';
import { enqueue } from '../sync/outbox.repo';
import { allocateCommitmentCode } from './commitment-code';
import { insertCommitment } from './commitments.repo';

/**
 * Gives a new commitment its code (dated its 作出日期), inserts it and queues 'commitment.created' for the
 * platform. Runs inside the caller's transaction (commitments:create, repairs:create for the 信用修复承诺), so the
 * counter, the row and the outbox entry stand or fall together. Nothing is written when it fails. `username`:
 * who made it, named on the outbox entry.
 */
export function issueCommitment(
  db: Db,
  commitment: Omit<Commitment, 'code'>,
  areaCode: string,
  username: string | null,
): Result<Commitment> {
  const code = allocateCommitmentCode(db, areaCode, commitment.madeOn);
  if (!code.ok) return code;
  const issued: Commitment = { ...commitment, code: code.value };
  insertCommitment(db, issued);
  enqueue(db, 'commitment.created', issued, issued.createdAt, username);
  return ok(issued);
}
