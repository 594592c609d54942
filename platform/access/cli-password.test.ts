import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../node-shared/auth/passwords';
import { openPlatformDb } from '../db/open-platform-db';
import { platformCli, type PlatformCli } from '../testing/cli-bundle';
import { tempDir } from '../testing/temp-platform';
import { findUser } from './users.repo';

// --add-user as shipped (main.ts bundled, run as a child process): the password never on the command line.
const work = tempDir('ccw-platform-password-');
const dataDir = join(work.path, 'data');
let cli: PlatformCli;
beforeAll(async () => {
  cli = await platformCli(work.path, dataDir);
});
afterAll(() => work.remove());

const run = (input: string, ...args: string[]) => cli.run(args, input);

const storedHash = (username: string): string | null => {
  const db = openPlatformDb(dataDir);
  try {
    return findUser(db, username)?.passwordHash ?? null;
  } finally {
    db.close();
  }
};

describe('--add-user', { timeout: 60_000 }, () => {
  it('refuses --password on the command line (the process list shows it) and creates no user', () => {
    const refused = run('', '--add-user', 'wang', '--password', 'secret-123', '--role', 'clerk');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('--password 已停用');
    expect(refused.stderr).not.toContain('secret-123');
    expect(storedHash('wang')).toBeNull();
  });

  it('takes the password from the first line of stdin, and refuses a short or missing one', async () => {
    const added = run('secret-123\nignored second line\n', '--add-user', 'wang', '--role', 'clerk');
    expect(added.status).toBe(0);
    expect(added.stdout).toContain('用户 wang 已创建');
    expect(added.stdout + added.stderr).not.toContain('secret-123');
    const hash = storedHash('wang');
    expect(hash).not.toBeNull();
    expect(await verifyPassword('secret-123', hash ?? '')).toBe(true);

    const short = run('12345\n', '--add-user', 'li', '--role', 'clerk');
    expect(short.status).toBe(1);
    expect(short.stderr).toContain('密码至少 6 位');
    expect(run('', '--add-user', 'li', '--role', 'clerk').status).toBe(1);
    expect(storedHash('li')).toBeNull();
  });
});
