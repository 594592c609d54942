import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  LoginResponse,
  platformRoutes,
  type EnrolResponse,
  type EntryUser,
} from '../../shared/platform-api/api';
import type { DeviceUnit } from '../access/devices.repo';
import { findUser } from '../access/users.repo';
import { startPlatform, type RunningPlatform, type StartOptions } from '../start-platform';

/** The project's real resources/: tests run against the shipped catalogue and demo data. */
export const RESOURCES_DIR = resolve(__dirname, '..', '..', 'resources');

export function tempDir(prefix = 'ccw-platform-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** The unit of the workflow fixtures (platform/testing/workflow-fixtures.ts): devices are enrolled for it. */
export const TEST_UNIT: DeviceUnit = {
  code: '11410400MB0000000X',
  name: '平顶山市政务服务中心',
  districtCode: '410400',
};
export const TEST_PASSWORD = 'test-secret';
export const TEST_CLERK_NAME = '测试窗口人员';
/** How the platform names the clerk of TEST_UNIT on the steps it authorised (shared/auth/operator-label.ts). */
export const TEST_CLERK_LABEL = `${TEST_CLERK_NAME}（clerk-${TEST_UNIT.code}）`;

export type EnrolledDevice = EnrolResponse & {
  headers: Record<string, string>;
  /** A clerk of the device's unit, signed in on it (null for a device without a unit). */
  user: EntryUser | null;
};

// The clerk signed in on each enrolled device, by the device's headers object: the fixtures' push() signs the
// workflow entries a test sends with it, as a client does with the user who made them.
const signers = new WeakMap<Record<string, string>, EntryUser>();
export const signerOf = (headers: Record<string, string>): EntryUser | undefined => signers.get(headers);

export type TempPlatform = RunningPlatform & {
  /**
   * Enrols a device for `unit` (default TEST_UNIT) with a fresh code; its token goes in `headers`. A clerk of
   * the unit (created once, `clerk-<unit code>`) signs in on it, and the fixtures' push() uses that user.
   */
  enrol: (deviceName?: string, unit?: DeviceUnit | null) => Promise<EnrolledDevice>;
  /** Signs `username` in on the device (POST auth/login) and returns the entry user with the new token. */
  signIn: (headers: Record<string, string>, username: string, password?: string) => Promise<EntryUser>;
  dispose: () => Promise<void>;
};

/** A platform on a loopback port of its own, over a fresh data directory removed on dispose. */
export async function startTempPlatform(options: Partial<StartOptions> = {}): Promise<TempPlatform> {
  const dir = tempDir();
  const platform = await startPlatform({
    dataDir: dir.path,
    port: 0,
    host: '127.0.0.1',
    resourcesDir: RESOURCES_DIR,
    withDemo: false,
    ...options,
  });
  const signIn = async (
    headers: Record<string, string>,
    username: string,
    password = TEST_PASSWORD,
  ): Promise<EntryUser> => {
    const response = await fetch(`${platform.url}${platformRoutes.login}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ username, password }),
    });
    if (!response.ok) throw new Error(`login failed: ${response.status}`);
    return { username, token: LoginResponse.parse(await response.json()).userToken.token };
  };
  return {
    ...platform,
    enrol: async (deviceName = '测试窗口', unit: DeviceUnit | null = TEST_UNIT) => {
      const response = await fetch(`${platform.url}${platformRoutes.enrol}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: platform.issueCode(unit), deviceName }),
      });
      if (!response.ok) throw new Error(`enrol failed: ${response.status}`);
      const enrolled = (await response.json()) as EnrolResponse;
      const headers = { authorization: `Bearer ${enrolled.deviceToken}` };
      if (unit === null) return { ...enrolled, headers, user: null };
      const username = `clerk-${unit.code}`;
      if (findUser(platform.db, username) === null)
        await platform.addUser({
          username,
          password: TEST_PASSWORD,
          role: 'clerk',
          displayName: TEST_CLERK_NAME,
          unitCode: unit.code,
        });
      const user = await signIn(headers, username);
      signers.set(headers, user);
      return { ...enrolled, headers, user };
    },
    signIn,
    dispose: async () => {
      await platform.close();
      dir.remove();
    },
  };
}

/** Reads an NDJSON response line by line as it arrives (not all at once), parsing each line. */
export async function readNdjson(response: Response): Promise<unknown[]> {
  if (response.body === null) throw new Error('no body');
  const lines: unknown[] = [];
  const decoder = new TextDecoder();
  let pending = '';
  const reader = response.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    pending += decoder.decode(read.value, { stream: true });
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    parts.forEach((line) => lines.push(JSON.parse(line)));
  }
  pending += decoder.decode();
  if (pending !== '') throw new Error(`stream ended inside a line: ${pending.slice(0, 80)}`);
  return lines;
}
