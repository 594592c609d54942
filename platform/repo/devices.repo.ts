import type { Db } from '../../electron/core/db/connection';

export type Device = { id: string; name: string; enrolledAt: string };

export function insertEnrolmentCode(db: Db, codeHash: string, issuedAt: string): void {
  db.prepare('INSERT INTO enrolment_codes (code_hash, issued_at) VALUES (?, ?)').run(codeHash, issuedAt);
}

export type NewDevice = { id: string; name: string; tokenHash: string; enrolledAt: string };

/**
 * Spends an enrolment code on a new device, both in one transaction. The code is taken by a conditional
 * UPDATE, so two devices racing with the same code cannot both win; the loser's device row is rolled back.
 */
export function enrolWithCode(db: Db, codeHash: string, device: NewDevice): boolean {
  const insertDevice = db.prepare(
    'INSERT INTO devices (id, name, token_hash, enrolled_at) VALUES (@id, @name, @tokenHash, @enrolledAt)',
  );
  const takeCode = db.prepare(
    'UPDATE enrolment_codes SET used_at = ?, device_id = ? WHERE code_hash = ? AND used_at IS NULL',
  );
  const spent = new Error('enrolment code unknown or used');
  try {
    db.transaction(() => {
      insertDevice.run(device);
      if (takeCode.run(device.enrolledAt, device.id, codeHash).changes !== 1) throw spent;
    }).immediate();
    return true;
  } catch (error) {
    if (error === spent) return false;
    throw error;
  }
}

export function deviceByTokenHash(db: Db, tokenHash: string): Device | null {
  const row = db
    .prepare('SELECT id, name, enrolled_at AS enrolledAt FROM devices WHERE token_hash = ?')
    .get(tokenHash) as Device | undefined;
  return row ?? null;
}
