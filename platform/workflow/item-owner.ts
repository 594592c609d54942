import type { Db } from '../../node-shared/db/connection';
import { parseCommitmentCode } from '../../shared/commitment/code';
import type { Commitment } from '../../shared/domain/commitment';
import type { RepairApplication } from '../../shared/domain/repair';
import { objectionUnitRow } from './objections.repo';

/**
 * Whose a workflow item is: its 受理单位 (code where known; a repair application records only the name, its
 * 信用修复承诺 the code) and the district in its commitment code (the code's first 6 digits).
 */
export type ItemOwner = { unitCode: string | null; unitName: string; districtCode: string | null };

type CommitmentOwnerRow = { accepting_unit_code: string; accepting_unit_name: string; code: string };

const districtOfCode = (code: string): string | null => parseCommitmentCode(code)?.areaCode ?? null;

const commitmentOwnerRow = (db: Db, id: string): CommitmentOwnerRow | null =>
  (db
    .prepare('SELECT accepting_unit_code, accepting_unit_name, code FROM commitments WHERE id = ?')
    .get(id) as CommitmentOwnerRow | undefined) ?? null;

const fromCommitmentRow = (row: CommitmentOwnerRow): ItemOwner => ({
  unitCode: row.accepting_unit_code,
  unitName: row.accepting_unit_name,
  districtCode: districtOfCode(row.code),
});

export const ownerOfNewCommitment = (commitment: Commitment): ItemOwner => ({
  unitCode: commitment.acceptingUnit.code,
  unitName: commitment.acceptingUnit.name,
  districtCode: districtOfCode(commitment.code),
});

/** The stored commitment's owner; null when the platform has no such commitment (the apply step says so). */
export function ownerOfCommitment(db: Db, id: string): ItemOwner | null {
  const row = commitmentOwnerRow(db, id);
  return row === null ? null : fromCommitmentRow(row);
}

/** An application's owner: its 信用修复承诺's, when the platform has that commitment; else its unit's name. */
export function ownerOfNewRepair(
  db: Db,
  application: Pick<RepairApplication, 'commitmentId' | 'acceptingUnit'>,
): ItemOwner {
  const commitment =
    application.commitmentId === null ? null : commitmentOwnerRow(db, application.commitmentId);
  return commitment === null
    ? { unitCode: null, unitName: application.acceptingUnit, districtCode: null }
    : fromCommitmentRow(commitment);
}

/** The stored application's owner; null when the platform has no such application. */
export function ownerOfRepair(db: Db, id: string): ItemOwner | null {
  const row = db
    .prepare(
      'SELECT commitment_id AS "commitmentId", accepting_unit AS "acceptingUnit" FROM repair_applications WHERE id = ?',
    )
    .get(id) as Pick<RepairApplication, 'commitmentId' | 'acceptingUnit'> | undefined;
  return row === undefined ? null : ownerOfNewRepair(db, row);
}

/** An objection's owner: its 受理单位 by code (by name where the window had no code). */
export const ownerOfNewObjection = (objection: {
  acceptingUnit: string;
  acceptingUnitCode: string;
}): ItemOwner => ({
  unitCode: objection.acceptingUnitCode === '' ? null : objection.acceptingUnitCode,
  unitName: objection.acceptingUnit,
  districtCode: null,
});

/** The stored objection's owner; null when the platform has no such objection. */
export function ownerOfObjection(db: Db, id: string): ItemOwner | null {
  const row = objectionUnitRow(db, id);
  return row === null ? null : ownerOfNewObjection({ acceptingUnit: row.name, acceptingUnitCode: row.code });
}
