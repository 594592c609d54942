import { z } from 'zod';
import type { Db } from '../../node-shared/db/connection';
import { CITY_REGION } from '../../shared/domain/regions';
import { LoginRequest, Role, type PlatformUser } from '../../shared/platform-api/api';
import { findUser, setPasswordHash, upsertUser } from './users.repo';
import {
  burnPasswordCheck,
  hashPassword,
  needsRehash,
  verifyPassword,
} from '../../node-shared/auth/passwords';

export const NewUser = z.object({
  username: LoginRequest.shape.username.regex(/^[\w.@-]+$/, '用户名只能包含字母、数字和 _ . @ -'),
  password: LoginRequest.shape.password.min(6, '密码至少 6 位'),
  role: Role,
  displayName: z.string().trim().min(1).max(50).optional(),
  department: z.string().trim().max(100).optional(),
  districtCode: z
    .string()
    .regex(/^\d{6}$/, '区划代码应为6位数字')
    .optional(),
  /** The 受理单位 code of the user's office: a workflow write needs it to be the device's unit. */
  unitCode: z.string().trim().min(1).max(32, '单位代码过长').optional(),
});
export type NewUser = z.input<typeof NewUser>;

/** Creates a user, or resets an existing one (details and password). Throws on invalid input, for the CLI. */
export async function addUser(db: Db, input: NewUser): Promise<'created' | 'updated'> {
  const user = NewUser.parse(input);
  return upsertUser(db, {
    username: user.username,
    displayName: user.displayName ?? user.username,
    role: user.role,
    department: user.department ?? '',
    districtCode: user.districtCode ?? CITY_REGION.code,
    unitCode: user.unitCode ?? null,
    passwordHash: await hashPassword(user.password),
  });
}

/**
/**
 * The user if the password matches and the account is active; null otherwise, after the same work whether or
 * not the user exists (a deactivated account is answered as a wrong password: the client then forgets its
 * offline copy too). A user whose hash is among `refusedHashes` (the published demo accounts outside demo mode)
 * never signs in. Called only through the login guard (login-guard.ts), which limits attempts and the hashing
 * work.
 */
export async function login(
  db: Db,
  username: string,
  password: string,
  refusedHashes: ReadonlySet<string> = new Set(),
): Promise<PlatformUser | null> {
  const found = findUser(db, username);
  if (found === null) {
    await burnPasswordCheck(password);
    return null;
  }
  const matches = await verifyPassword(password, found.passwordHash);
  if (!matches || !found.active || refusedHashes.has(found.passwordHash)) return null;
  // A hash made at an earlier, lower cost is replaced now that the password is known to be right.
  if (needsRehash(found.passwordHash))
    setPasswordHash(db, username, found.passwordHash, await hashPassword(password));
  const { username: name, displayName, role, department, districtCode } = found;
  return { username: name, displayName, role, department, districtCode };
}
