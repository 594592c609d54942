import type { Db } from '../../node-shared/db/connection';
import { codeFits, parseCommitmentCode } from '../../shared/commitment/code';
import { verificationProblem } from '../../shared/commitment/validation';
import { isBroken, type Commitment } from '../../shared/domain/commitment';
import { type CommitmentVerifiedPayload } from '../../shared/platform-api/workflow';
import { commitmentFromRow, commitmentToRow } from '../../shared/platform-api/synced/commitments';
import { commitmentIdByCode, readCommitmentRow, sameCreation, writeCommitment } from './workflow.repo';
import { recordCommitmentFailure, reinstateRepairedTarget } from './commitment-failure';
import { applied, conflict, rejected, same, type WorkflowOutcome } from './outcome';

/** Columns verification and the platform change after creation; a resent creation may differ in these. */
const changedLater = new Set([
  'subject_id',
  'state',
  'fulfilment',
  'unfulfilled_content',
  'liability_pursued',
  'false_commitment',
  'verified_on',
  'verified_by',
  'record_id',
  'updated_at',
  'version',
]);

/**
 * Whether the pushing device may hold this code: its own number and the 作出日期 in the code. Device 000 is a
 * stand-alone client's: a client that made commitments before it was enrolled pushes their 000 codes after
 * enrolling. Those cannot be traced to one device (every stand-alone client numbers from 000), so they are
 * accepted only while the code is not taken — the COMMITMENT_CODE_TAKEN check after this one.
 */
function codeProblem(commitment: Commitment, deviceNumber: number | null): string | null {
  const device = parseCommitmentCode(commitment.code)?.deviceNumber;
  const expected = device === 0 ? 0 : deviceNumber;
  if (expected !== null && codeFits(commitment.code, expected, commitment.madeOn)) return null;
  const ownNumber = deviceNumber === null ? '（本机尚无设备编号）' : String(deviceNumber).padStart(3, '0');
  return `承诺编码 ${commitment.code} 与本机不符：应含作出日期 ${commitment.madeOn.replaceAll('-', '')} 和本机设备编号 ${ownNumber}，本承诺未被市平台接收；请联系管理员核对本机的设备编号`;
}

/**
 * 'commitment.created': the city's copy of a commitment made at a window by the device numbered
 * `deviceNumber`. The same creation again is a duplicate; another item under the same id is a conflict (the
 * platform's copy is the server version); a code that does not fit the device (codeProblem) or that another
 * commitment holds is refused (device numbers keep codes apart, so this is a fault to look into).
 */
export function applyCommitmentCreated(
  db: Db,
  commitment: Commitment,
  deviceNumber: number | null,
): WorkflowOutcome {
  if (commitment.version !== 1 || commitment.state !== 'pending' || commitment.verification !== null)
    return rejected('INVALID_PAYLOAD', '新建的承诺应为第1版、待核查状态');
  const sent = commitmentToRow(commitment);
  const stored = readCommitmentRow(db, commitment.id);
  if (stored !== null)
    return sameCreation(stored, sent, changedLater) ? same : conflict(commitmentFromRow(stored));
  const problem = codeProblem(commitment, deviceNumber);
  if (problem !== null) return rejected('COMMITMENT_CODE_INVALID', problem);
  if (commitmentIdByCode(db, commitment.code) !== null)
    return rejected(
      'COMMITMENT_CODE_TAKEN',
      `承诺编码 ${commitment.code} 已被另一项承诺使用，本承诺未被市平台接收；请联系管理员核对本机的设备编号`,
    );
  writeCommitment(db, commitment);
  return applied;
}

/**
 * 'commitment.verified': applied only to the version the clerk saw (else a conflict with the platform's
 * version). A broken or false commitment becomes the committer's credit record; a broken 信用修复承诺 also
 * puts the record it repaired back into publication.
 */
export function applyCommitmentVerified(db: Db, payload: CommitmentVerifiedPayload): WorkflowOutcome {
  const row = readCommitmentRow(db, payload.id);
  if (row === null)
    return rejected(
      'COMMITMENT_NOT_FOUND',
      '市平台上没有这项承诺（其新建记录可能未被接收），核查结果未能登记',
    );
  const current = commitmentFromRow(row);
  if (current.version !== payload.baseVersion) return conflict(current);
  if (current.state === 'verified')
    return rejected('COMMITMENT_ALREADY_VERIFIED', '该承诺已核查，不能再次登记核查结果');
  // The schema refused a verification without its details; the day needs the commitment.
  const problem = verificationProblem(payload.verification, current.madeOn);
  if (problem !== null) return rejected('INVALID_PAYLOAD', `核查结果未被市平台接收：${problem.message}`);
  let next: Commitment = {
    ...current,
    state: 'verified',
    verification: payload.verification,
    verifiedBy: payload.verifiedBy,
    updatedAt: payload.at,
    version: current.version + 1,
  };
  if (isBroken(payload.verification)) {
    const failure = recordCommitmentFailure(db, next, payload.at);
    if (failure !== null) next = { ...next, recordId: failure.recordId, subjectId: failure.subjectId };
    if (next.type === 'credit-repair' && next.repairId !== null)
      reinstateRepairedTarget(db, next.repairId, payload.verification.verifiedOn);
  }
  writeCommitment(db, next);
  return applied;
}
