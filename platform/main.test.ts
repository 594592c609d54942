import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { get as getHttps } from 'node:https';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundlePlatformCli, cliDatabaseEnv } from './testing/cli-bundle';
import { Health, platformRoutes } from '../shared/platform-api/api';
import { toBeijingIso } from '../shared/time';
import { openPlatformDb } from './db/open-platform-db';
import { enrolDevice, issueEnrolmentCode } from './access/enrolment';
import { writeRepair } from './workflow/workflow.repo';
import { writeObjection } from './workflow/objections.repo';
import { objectionFixture } from './testing/objection-fixtures';
import { seedIfEmpty } from './registry/seed';
import { RESOURCES_DIR, tempDir } from './testing/temp-platform';
import { readRow, RECORD_ID, repairFixture, seedRegistry } from './testing/workflow-fixtures';

// The CLI as shipped: main.ts bundled the way scripts/build.mjs bundles it, run as a child process.
const ROOT = resolve(__dirname, '..');
const work = tempDir('ccw-platform-cli-');
const bundle = join(work.path, 'platform.cjs');
const env = {
  ...process.env,
  NODE_PATH: join(ROOT, 'node_modules'),
  PLATFORM_DATA_DIR: join(work.path, 'data'),
  PLATFORM_RESOURCES_DIR: RESOURCES_DIR,
};

/** The environment of a CLI child: on PostgreSQL, the database of the data directory the test opened. */
const cliEnv = () => ({ ...env, ...cliDatabaseEnv(env.PLATFORM_DATA_DIR) });

beforeAll(() => bundlePlatformCli(bundle));
afterAll(() => work.remove());

type Ran = { status: number | null; stdout: string; stderr: string };
const cli = (...args: string[]): Ran =>
  spawnSync(process.execPath, [bundle, ...args], { env: cliEnv(), encoding: 'utf8' });
/** The CLI with `input` on its stdin (--add-user reads the password there). */
const cliWithInput = (input: string, ...args: string[]): Ran =>
  spawnSync(process.execPath, [bundle, ...args], { env: cliEnv(), encoding: 'utf8', input });

// Each command is a process of its own (about 1–2 s on a loaded machine), and some tests run ten.
describe('platform CLI', { timeout: 60_000 }, () => {
  it('lists devices, rotates a device’s token and revokes a device', () => {
    const db = openPlatformDb(env.PLATFORM_DATA_DIR);
    const enrolled = enrolDevice(db, issueEnrolmentCode(db, new Date()).code, '郏县 3 号窗口', new Date());
    db.close();
    if (typeof enrolled === 'string') throw new Error(enrolled);
    const state = (): string =>
      cli('--devices')
        .stdout.split('\n')
        .find((line) => line.startsWith(enrolled.deviceId)) ?? '';
    expect(state()).toMatch(/郏县 3 号窗口.*正常$/);
    expect(cli('--rotate-device-token', enrolled.deviceId).status).toBe(0);
    expect(state()).toMatch(/待更换令牌$/);
    const revoked = cli('--revoke-device', enrolled.deviceId);
    expect(revoked.status).toBe(0);
    expect(revoked.stdout).toContain('已停用');
    expect(state()).toMatch(/已停用（.+）$/);
    const rotateRevoked = cli('--rotate-device-token', enrolled.deviceId);
    expect(rotateRevoked.status).toBe(1);
    expect(rotateRevoked.stderr).toContain('已停用');
    const unknown = cli('--revoke-device', 'no-such-device');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('没有这台设备');
  });

  it('issues enrolment codes and adds users, then exits', () => {
    const issued = cli('--issue-code');
    expect(issued.status).toBe(0);
    expect(issued.stdout.trim()).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(issued.stderr).toMatch(/登记码有效至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}（72 小时）/);
    expect(cli('--issue-code', '--code-valid-hours', '24').stderr).toContain('（24 小时）');
    expect(cli('--issue-code', '--code-valid-hours', '0').stderr).toContain('--code-valid-hours');
    // A batch for a roll-out (the load benchmark enrols hundreds of PCs): N distinct codes, one a line.
    const batch = cli('--issue-code', '--count', '3');
    expect(batch.status).toBe(0);
    const codes = batch.stdout.trim().split('\n');
    expect(new Set(codes).size).toBe(3);
    codes.forEach((code) => expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/));
    expect(batch.stderr).toContain('登记码 3 个有效至');
    for (const hostile of ['0', '1000', '2.5', 'abc', '-1', '1e9']) {
      const refused = cli('--issue-code', `--count=${hostile}`);
      expect(refused.status).toBe(1);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toContain('--count 应为 1 到 999 之间的整数');
    }
    const added = cliWithInput(
      'secret-123\n',
      '--add-user',
      'zhaolei',
      '--role',
      'supervisor',
      '--display-name',
      '赵磊',
    );
    expect(added.status).toBe(0);
    expect(added.stdout).toContain('已创建');
    const badRole = cliWithInput('secret-123\n', '--add-user', 'x', '--role', 'boss');
    expect(badRole.status).toBe(1);
    expect(badRole.stderr).toContain('--role');
    expect(cli('--no-such-flag').status).toBe(1);
  });

  it('issues a code for a unit, gives users a unit, and deactivates and reactivates them', () => {
    const unitArgs = ['--unit-code', '11410422MB7654321Y', '--unit-name', '叶县政务服务中心'];
    expect(cli('--issue-code', ...unitArgs, '--district-code', '410422').status).toBe(0);
    const partial = cli('--issue-code', ...unitArgs);
    expect(partial.status).toBe(1);
    expect(partial.stderr).toContain('须同时给出 --unit-code、--unit-name 和 6 位 --district-code');
    expect(cli('--issue-code', '--demo-unit').status).toBe(0);
    const added = cliWithInput(
      'secret-123\n',
      '--add-user',
      'yexian',
      '--role',
      'clerk',
      '--unit-code',
      '11410422MB7654321Y',
    );
    expect(added.status).toBe(0);
    expect(cli('--deactivate-user', 'yexian').stdout).toContain('用户 yexian 已停用');
    expect(cli('--deactivate-user', 'nobody').stderr).toContain('没有用户 nobody');
    const db = openPlatformDb(env.PLATFORM_DATA_DIR);
    try {
      expect(db.prepare("SELECT unit_code, active FROM users WHERE username = 'yexian'").get()).toEqual({
        unit_code: '11410422MB7654321Y',
        active: 0,
      });
      expect(
        db
          .prepare(
            'SELECT unit_code, unit_name, district_code FROM enrolment_codes WHERE unit_code IS NOT NULL ORDER BY issued_at',
          )
          .all(),
      ).toEqual([
        { unit_code: '11410422MB7654321Y', unit_name: '叶县政务服务中心', district_code: '410422' },
        { unit_code: '11410400MB1A23456X', unit_name: '平顶山市政务服务中心', district_code: '410400' },
      ]);
    } finally {
      db.close();
    }
    expect(cli('--reactivate-user', 'yexian').stdout).toContain('用户 yexian 已恢复使用');
  });

  it('serves, prints PLATFORM_URL on a line of its own, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [bundle], { env: { ...cliEnv(), PLATFORM_PORT: '0' } });
    try {
      const url = await new Promise<string>((resolveUrl, reject) => {
        let out = '';
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (chunk: string) => {
          out += chunk;
          const line = /^PLATFORM_URL=(http:\/\/127\.0\.0\.1:\d+)$/m.exec(out);
          if (line?.[1] !== undefined) resolveUrl(line[1]);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      const health = Health.parse(await (await fetch(`${url}${platformRoutes.health}`)).json());
      expect(health.status).toBe('ok');
      const exited = new Promise<number | null>((resolveExit) => child.once('exit', resolveExit));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('serves HTTPS with --tls-cert and --tls-key (a certificate from npm run dev:cert), both or neither', async () => {
    const certs = join(work.path, 'cert');
    spawnSync(process.execPath, [join(ROOT, 'scripts', 'dev-cert.mjs'), certs], { stdio: 'ignore' });
    const [cert, key] = [join(certs, 'server.pem'), join(certs, 'server.key')];
    const lone = cli('--tls-cert', cert);
    expect(lone.status).toBe(1);
    expect(lone.stderr).toContain('--tls-key');
    // Off loopback, plain HTTP is refused before anything listens.
    const clear = spawnSync(process.execPath, [bundle], {
      env: { ...cliEnv(), PLATFORM_HOST: '0.0.0.0', PLATFORM_PORT: '0' },
      encoding: 'utf8',
    });
    expect(clear.status).toBe(1);
    expect(clear.stderr).toContain('HTTPS');
    const child = spawn(process.execPath, [bundle, '--tls-cert', cert, '--tls-key', key], {
      env: { ...cliEnv(), PLATFORM_PORT: '0' },
    });
    try {
      const url = await new Promise<string>((resolveUrl, reject) => {
        let out = '';
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (chunk: string) => {
          out += chunk;
          const line = /^PLATFORM_URL=(https:\/\/127\.0\.0\.1:\d+)$/m.exec(out);
          if (line?.[1] !== undefined) resolveUrl(line[1]);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      const body = await new Promise<string>((resolveBody, reject) => {
        const ca = readFileSync(join(certs, 'ca.pem'), 'utf8');
        getHttps(`${url}${platformRoutes.health}`, { ca }, (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => resolveBody(text));
        }).on('error', reject);
      });
      expect(Health.parse(JSON.parse(body)).status).toBe('ok');
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('lists repair applications and takes a reviewer step', () => {
    const db = openPlatformDb(env.PLATFORM_DATA_DIR);
    try {
      seedIfEmpty(db, RESOURCES_DIR, false);
      seedRegistry(db);
      writeRepair(db, repairFixture());
    } finally {
      db.close();
    }
    expect(cliWithInput('secret-123\n', '--add-user', 'shenhe', '--role', 'supervisor').status).toBe(0);
    expect(cliWithInput('secret-123\n', '--add-user', 'chuangkou', '--role', 'clerk').status).toBe(0);

    const listed = cli('--repairs', '--state', 'accepted');
    expect(listed.status).toBe(0);
    expect(listed.stdout).toMatch(/申请编号\s+状态\s+版本/);
    expect(listed.stdout).toMatch(/rep-1\s+已受理\s+1\s+平顶山市鹰城建设工程有限公司/);
    expect(cli('--repairs', '--state', 'granted').stdout).toContain('没有符合条件的信用修复申请');
    expect(cli('--repairs', '--state', 'done').stderr).toContain('--state');

    const clerk = cli('--repair-step', 'rep-1', '--event', 'start-review', '--reviewer', 'chuangkou');
    expect(clerk.status).toBe(1);
    expect(clerk.stderr).toContain('不是审核人员');
    expect(cli('--repair-step', 'rep-1', '--event', 'start-review').stderr).toContain('--reviewer');
    const started = cli('--repair-step', 'rep-1', '--event', 'start-review', '--reviewer', 'shenhe');
    expect(started.status).toBe(0);
    expect(started.stdout).toContain('修复申请 rep-1 已开始审核（状态：审核中，第2版）');
    const misfit = cli(
      '--repair-step',
      'rep-1',
      '--event',
      'grant',
      '--outcome',
      'remove-from-list',
      '--reviewer',
      'shenhe',
    );
    expect(misfit.status).toBe(1);
    const granted = cli(
      '--repair-step',
      'rep-1',
      '--event',
      'grant',
      '--outcome',
      'annotate',
      '--reason',
      '已履行',
      '--reviewer',
      'shenhe',
    );
    expect(granted.stdout).toContain('已准予修复（状态：准予修复，第3版，修复方式：标注）');
    const after = openPlatformDb(env.PLATFORM_DATA_DIR);
    try {
      expect(readRow(after, 'credit_records', RECORD_ID)).toMatchObject({
        status: 'repaired',
        repair_outcome: 'annotate',
      });
    } finally {
      after.close();
    }
  });

  it('lists objections and takes reviewer steps through the same command table', () => {
    const db = openPlatformDb(env.PLATFORM_DATA_DIR);
    try {
      writeObjection(db, objectionFixture());
    } finally {
      db.close();
    }
    const listed = cli('--objections', '--state', 'submitted');
    expect(listed.status).toBe(0);
    expect(listed.stdout).toMatch(/obj-1\s+已受理\s+1\s+平顶山市鹰城建设工程有限公司/);
    expect(cli('--objections', '--state', 'done').stderr).toContain('--state');
    // The reviewer check is the repairs' one: a clerk is refused, a missing --reviewer named.
    const clerk = cli('--objection-step', 'obj-1', '--event', 'route', '--reviewer', 'chuangkou');
    expect(clerk.status).toBe(1);
    expect(clerk.stderr).toContain('不是审核人员');
    expect(cli('--objection-step', 'obj-1', '--event', 'route').stderr).toContain('--reviewer');
    const routed = cli('--objection-step', 'obj-1', '--event', 'route', '--reviewer', 'shenhe');
    expect(routed.status).toBe(0);
    expect(routed.stdout).toMatch(/^异议 obj-1 已.+（状态：已转认定单位，第2版）/);
    const decided = cli(
      ...['--objection-step', 'obj-1', '--event', 'decide', '--outcome', 'maintain'],
      ...['--reason', '经核实，处罚决定有效', '--reviewer', 'shenhe'],
    );
    expect(decided.status).toBe(0);
    expect(decided.stdout).toContain('已办结，第3版，处理结果：');
  });

  it('lists the login lockouts and lifts one, recording who did', () => {
    expect(cli('--lockouts').stdout).toContain('没有登录锁定记录');
    const db = openPlatformDb(env.PLATFORM_DATA_DIR);
    try {
      db.prepare(
        `INSERT INTO login_lockouts (scope, subject, failures, locked_at, locked_until)
         VALUES ('user', 'wang', 5, '2026-11-27T10:00:00.000+08:00', ?)`,
      ).run(toBeijingIso(new Date(Date.now() + 15 * 60_000)));
    } finally {
      db.close();
    }
    expect(cli('--lockouts').stdout).toMatch(/用户名 wang\s+失败 5 次\s+锁定至 .+\s+锁定中/);
    expect(cli('--unlock', 'wang').stderr).toContain('--by');
    expect(cli('--unlock', 'wang', '--by', 'zhangsan').stdout).toContain('已解除 wang 的登录锁定（1 条）');
    expect(cli('--lockouts').stdout).toMatch(/已由 zhangsan 于 .+ 解除/);
  });

  it('sets a rule table from a file, refusing an invalid one with the problems named', () => {
    const file = join(work.path, 'commitment-rules.json');
    const content = JSON.parse(
      readFileSync(join(RESOURCES_DIR, 'rules', 'commitment-rules.json'), 'utf8'),
    ) as object;
    writeFileSync(file, JSON.stringify({ ...content, version: '7' }));
    const set = cli('--set-rule', 'commitment-rules', file);
    expect(set.status).toBe(0);
    expect(set.stdout).toContain('信用承诺规则已更新为版本 7');
    expect(cli('--set-rule', 'commitment-rules', file).stdout).toContain('内容未变');
    writeFileSync(file, JSON.stringify({ ...content, dueSoonDays: -1 }));
    const invalid = cli('--set-rule', 'commitment-rules', file);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toMatch(/信用承诺规则的内容不符合格式：dueSoonDays/);
    expect(cli('--set-rule', 'tax-rates', file).stderr).toContain('规则表应为');
    expect(cli('--set-rule', 'commitment-rules').stderr).toContain('用法');
    expect(cli('--issue-code', 'extra').stderr).toContain('多余的参数');
  });
});
