import { seededRandom } from '../../shared/sampling/prng';

// The planned work of the campaign's client: an endless sequence of window operations, each derived from the
// seed and its index alone, so a client restarted after SIGKILL finds where it stopped and carries on with the
// same plan. Every operation leaves a key (a case number, a record id) by which it is found again, once.

export type OpKind = 'check' | 'feedback' | 'commitment' | 'repair';
/** key: the case number of a check or commitment, the record a repair is about, the check feedback is on. */
export type Op = { index: number; kind: OpKind; key: string; debtor: boolean };

/**
 * Commitments and repairs (each repair makes a commitment too) are planned only among the first this many
 * operations, about 600 of them: a device may make at most 999 commitment codes a day. The platform publishes
 * a repairable penalty for each of these indices at its first start.
 */
export const WORKFLOW_OPS = 1_500;
/** The client syncs (push, then pull) after every this many operations. */
export const SYNC_EVERY = 5;

/** The client's cache key file: beside its data folder, never inside it (a copy of the folder leaves it behind). */
export const cacheKeyFile = (dataDir: string): string => `${dataDir}.key`;

export const caseNumber = (index: number): string => `CRASH-${String(index).padStart(5, '0')}`;
export const repairRecordId = (index: number): string => `crash-penalty-${String(index).padStart(5, '0')}`;

/** demo-s-0001, on the 政府采购严重违法失信行为记录名单: a check of it has hits to give feedback on. */
export const DEBTOR_COMPANY = '91410402613341561G';
/** demo-s-0003, a clean company: the subject of the planned repairs. */
export const REPAIR_SUBJECT = { id: 'demo-s-0003', identifier: '91410471535100956D' };
export const PROCUREMENT = 'PDS-CG-001';
/**
 * The office the campaign's PC is enrolled for (its enrolment code names it) and its clerk works for: the platform
 * accepts a commitment or a repair application only with this unit as 受理单位, from a clerk of this unit who
 * signed in online on this PC (platform/workflow/authorise-entry.ts).
 */
export const UNIT = { code: '11410400MB1A23456X', name: '平顶山市政务服务中心', districtCode: '410400' };
export const CLERK = {
  username: 'crash.clerk',
  password: '断电-测试-2026',
  displayName: '断电测试窗口人员',
  unitCode: UNIT.code,
};

const ROLLS = ['check', 'debtor-check', 'commitment', 'repair', 'feedback'] as const;
const rollAt = (seed: string, index: number): (typeof ROLLS)[number] =>
  ROLLS[seededRandom(`${seed}:op:${index}`).below(ROLLS.length)] ?? 'check';

/**
 * The operation at `index`, from the seed and the index alone: a check (of a clean company or of the debtor),
 * a commitment, a repair application (while repairable records last), or feedback on the check just before it
 * when that was of the debtor (otherwise that roll is a check too).
 */
export function opAt(seed: string, index: number): Op {
  const key = caseNumber(index);
  const roll = rollAt(seed, index);
  if (roll === 'feedback' && index > 0 && rollAt(seed, index - 1) === 'debtor-check')
    return { index, kind: 'feedback', key: caseNumber(index - 1), debtor: false };
  if (roll === 'repair' && index < WORKFLOW_OPS)
    return { index, kind: 'repair', key: repairRecordId(index), debtor: false };
  if (roll === 'commitment' && index < WORKFLOW_OPS) return { index, kind: 'commitment', key, debtor: false };
  return { index, kind: 'check', key, debtor: roll === 'debtor-check' };
}
