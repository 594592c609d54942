import type { Db } from '../../node-shared/db/connection';
import type { ReadPool } from '../db/pg/read-pool';
import { DEVICE_NUMBER_MAX } from '../../shared/commitment/code';
import type { DeviceUnit } from '../../shared/platform-api/api';

/**
 * The office a device works for (shared/platform-api/api.ts), named by the operator when issuing its enrolment
 * code: the 受理单位 as the window records it on every 承诺书, and its district. Workflow writes are authorised
 * against it (platform/workflow/authorise-entry.ts).
 */
export type { DeviceUnit };

/**
 * number: 1–999, the first half of each commitment code's serial; null only for a device beyond 999 at migration.
 * unit: null for a device enrolled before units were recorded, or with a code that named none.
 */
export type Device = {
  id: string;
  name: string;
  enrolledAt: string;
  number: number | null;
  unit: DeviceUnit | null;
  /** Set once the platform revoked the device (device-lifecycle.ts): its token is refused. */
  revokedAt: string | null;
  /** The platform asked for the device's token to be rotated; the device fetches a new one at its next sync. */
  rotationRequested: boolean;
  /** Which of the device's tokens was presented: its token, or the new one a rotation handed it. */
  presented: 'token' | 'next-token';
};

export function insertEnrolmentCode(
  db: Db,
  codeHash: string,
  issuedAt: string,
  expiresAt: string,
  unit: DeviceUnit | null,
): void {
  db.prepare(
    `INSERT INTO enrolment_codes (code_hash, issued_at, expires_at, unit_code, unit_name, district_code)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(codeHash, issuedAt, expiresAt, unit?.code ?? null, unit?.name ?? null, unit?.districtCode ?? null);
}

export type NewDevice = { id: string; name: string; tokenHash: string; enrolledAt: string };

/** The lowest number no device holds, or null when all of 1–999 are taken. */
function freeNumber(db: Db): number | null {
  const row = db
    .prepare(
      `WITH RECURSIVE candidate (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM candidate WHERE n < ?)
       SELECT n FROM candidate WHERE n NOT IN (SELECT number FROM devices WHERE number IS NOT NULL)
       ORDER BY n LIMIT 1`,
    )
    .get(DEVICE_NUMBER_MAX) as { n: number } | undefined;
  return row?.n ?? null;
}

export type EnrolOutcome =
  | { ok: true; number: number; unit: DeviceUnit | null }
  | { ok: false; reason: 'code-invalid' | 'code-expired' | 'numbers-exhausted' };

/**
 * When a code stops being accepted: its expires_at, or for a code issued before codes had one, its issue time
 * plus `legacyLifeMs`.
 */
const expiryOf = (code: { issuedAt: string; expiresAt: string | null }, legacyLifeMs: number): number =>
  code.expiresAt === null ? Date.parse(code.issuedAt) + legacyLifeMs : Date.parse(code.expiresAt);

/**
 * Spends an enrolment code on a new device with the next free device number, all in one immediate
 * transaction (so two enrolments never get the same number). The code is taken by a conditional UPDATE, so two
 * devices racing with the same code cannot both win; the loser's device row is rolled back. When every number
 * is taken, or the code has expired, the code stays unused.
 */
export function enrolWithCode(
  db: Db,
  codeHash: string,
  device: NewDevice,
  legacyLifeMs: number,
): EnrolOutcome {
  const insertDevice = db.prepare(
    `INSERT INTO devices (id, name, token_hash, enrolled_at, number, unit_code, unit_name, district_code)
     VALUES (@id, @name, @tokenHash, @enrolledAt, @number, @unit_code, @unit_name, @district_code)`,
  );
  // The unit the operator named with the code becomes the device's.
  const codeUsable = db.prepare(
    `SELECT unit_code, unit_name, district_code, issued_at AS "issuedAt", expires_at AS "expiresAt"
     FROM enrolment_codes WHERE code_hash = ? AND used_at IS NULL`,
  );
  const takeCode = db.prepare(
    'UPDATE enrolment_codes SET used_at = ?, device_id = ? WHERE code_hash = ? AND used_at IS NULL',
  );
  const spent = new Error('enrolment code unknown or used');
  try {
    return db
      .transaction((): EnrolOutcome => {
        const row = codeUsable.get(codeHash) as CodeRow | undefined;
        if (row === undefined) throw spent;
        const { issuedAt, expiresAt, ...code } = row;
        if (expiryOf({ issuedAt, expiresAt }, legacyLifeMs) <= Date.parse(device.enrolledAt))
          return { ok: false, reason: 'code-expired' };
        const number = freeNumber(db);
        if (number === null) return { ok: false, reason: 'numbers-exhausted' };
        insertDevice.run({ ...device, number, ...code });
        if (takeCode.run(device.enrolledAt, device.id, codeHash).changes !== 1) throw spent;
        return { ok: true, number, unit: unitOf(code) };
      })
      .immediate();
  } catch (error) {
    if (error === spent) return { ok: false, reason: 'code-invalid' };
    throw error;
  }
}

/** Gives a device without a number (enrolled beyond 999 before numbers existed) the next free one, if any. */
export function ensureDeviceNumber(db: Db, deviceId: string): number | null {
  return db
    .transaction((): number | null => {
      const current = db.prepare('SELECT number FROM devices WHERE id = ?').get(deviceId) as
        { number: number | null } | undefined;
      if (current === undefined) return null;
      if (current.number !== null) return current.number;
      const number = freeNumber(db);
      if (number !== null) db.prepare('UPDATE devices SET number = ? WHERE id = ?').run(number, deviceId);
      return number;
    })
    .immediate();
}

type UnitColumns = { unit_code: string | null; unit_name: string | null; district_code: string | null };
type CodeRow = UnitColumns & { issuedAt: string; expiresAt: string | null };

const unitOf = (row: UnitColumns): DeviceUnit | null =>
  row.unit_code === null
    ? null
    : { code: row.unit_code, name: row.unit_name ?? '', districtCode: row.district_code ?? '' };

const DEVICE_COLUMNS = `id, name, enrolled_at AS "enrolledAt", number, unit_code, unit_name, district_code,
    revoked_at AS "revokedAt", CASE WHEN rotation_requested_at IS NULL THEN 0 ELSE 1 END AS "rotationRequested"`;
const DEVICE_BY_TOKEN_HASH = `SELECT ${DEVICE_COLUMNS},
    CASE WHEN token_hash = @hash THEN 'token' ELSE 'next-token' END AS presented
  FROM devices WHERE token_hash = @hash OR next_token_hash = @hash`;
// PostgreSQL: the hashes as one comma-joined text (a hash is 64 hex digits).
const DEVICES_BY_TOKEN_HASHES = `SELECT ${DEVICE_COLUMNS}, token_hash, next_token_hash
  FROM devices WHERE token_hash = ANY (string_to_array(@hashes, ',')) OR next_token_hash = ANY (string_to_array(@hashes, ','))`;
type TokenRow = Omit<Device, 'unit' | 'rotationRequested'> & UnitColumns & { rotationRequested: number };

const deviceOfRow = (row: TokenRow | undefined): Device | null => {
  if (row === undefined) return null;
  const { unit_code: _code, unit_name: _name, district_code: _district, ...device } = row;
  return { ...device, unit: unitOf(row), rotationRequested: row.rotationRequested === 1 };
};

/** The device holding this token hash, as its token or as the new token of a rotation under way. */
export const deviceByTokenHash = (db: Db, tokenHash: string): Device | null =>
  deviceOfRow(db.prepare(DEVICE_BY_TOKEN_HASH).get({ hash: tokenHash }) as TokenRow | undefined);

/**
 * deviceByTokenHash for many hashes at once, through PostgreSQL's read pool, off the event loop: every device
 * request asks it, and the requests of hundreds of PCs woken together are answered by one statement
 * (db/pg/read-batch.ts). A hash no device holds is left out.
 */
export async function devicesByTokenHashesPooled(
  pool: ReadPool,
  tokenHashes: readonly string[],
): Promise<Map<string, Device>> {
  type Row = Omit<TokenRow, 'presented'> & { token_hash: string; next_token_hash: string | null };
  const rows = await pool.all<Row>(DEVICES_BY_TOKEN_HASHES, { hashes: tokenHashes.join(',') });
  const found = new Map<string, Device>();
  for (const { token_hash: token, next_token_hash: next, ...row } of rows) {
    const device = deviceOfRow({ ...row, presented: 'token' });
    if (device === null) continue;
    found.set(token, device);
    if (next !== null) found.set(next, { ...device, presented: 'next-token' });
  }
  return found;
}

/** The device's commitment-code number; null for an unknown device or one without a number. */
export function deviceNumberOf(db: Db, deviceId: string): number | null {
  const row = db.prepare('SELECT number FROM devices WHERE id = ?').get(deviceId) as
    { number: number | null } | undefined;
  return row?.number ?? null;
}
