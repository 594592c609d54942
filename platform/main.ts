import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadDemoUnit } from '../node-shared/auth/demo-users';
import type { Db } from '../node-shared/db/connection';
import { Role } from '../shared/platform-api/api';
import { isLoopbackHost } from '../shared/domain/deployment';
import { formatBeijing } from '../shared/time';
import { auditStatusCli } from './audit/audit-status-cli';
import { addUser } from './access/accounts';
import { listDevicesCli, revokeDeviceCli, rotateDeviceTokenCli } from './access/device-cli';
import { servesDemoAccounts } from './access/demo-users';
import {
  enrolmentCodeCount,
  enrolmentCodeHours,
  enrolmentUnit,
  issueEnrolmentCode,
} from './access/enrolment';
import { listLockoutsCli, unlockCli } from './access/lockouts-cli';
import { readPassword } from './access/read-password';
import { setUserActive } from './access/users.repo';
import { parseAllowedHosts } from './http/host-check';
import { openPlatformDb } from './db/open-platform-db';
import { runGenerateCli } from './generate/run-generate-cli';
import { runImportCli } from './import/run-import-cli';
import { DEFAULT_HOST, DEFAULT_PORT, startPlatform } from './start-platform';
import type { PlatformTls } from './server';
import { listRepairsCli, repairStepCli, setRuleCli } from './workflow/workflow-cli';
import {
  exportCommitmentsCli,
  publicationStepCli,
  withdrawnCommitmentsCli,
} from './publication/publication-cli';
import { listObjectionsCli, objectionStepCli } from './workflow/objections-cli';
import { publishReleaseCli, releasesCli, setRolloutCli } from './updates/release-cli';
import { releasesDirOf } from './updates/release-store';
import type { ExternalQueryOptions } from './external/external-routes';
import { createSimulator, loadSimulatorConfig } from './external/simulator';
import { feedbackDeliveriesCli, forwardingConfig, runReceiverCli } from './forwarding/forwarding-cli';
import type { ForwardingConfig } from './forwarding/start-forwarding';

/**
 * `npm run platform` (dist/platform/platform.cjs). Env: PLATFORM_PORT (8420), PLATFORM_HOST (127.0.0.1),
 * PLATFORM_DATA_DIR (~/.credit-platform), PLATFORM_ALLOWED_HOSTS (the loopback names and PLATFORM_HOST).
 *   --issue-code [--unit-code C --unit-name N --district-code D | --demo-unit] [--code-valid-hours 72]
 *       [--count N]                    print a new one-time enrolment code (N codes, one a line) and exit; the
 *                                      device enrolled with it works for that 受理单位 (workflow writes need one; --demo-unit: the demo
 *                                      accounts' office, resources/demo/demo-users.json)
 *   --add-user <name> --role clerk|supervisor|admin
 *       [--display-name …] [--department …] [--district-code 410400] [--unit-code C]
 *                                      create or reset a user and exit; the password is typed at a prompt, or
 *                                      the first line of stdin
 *   --deactivate-user <name>, --reactivate-user <name>
 *                                      stop (or allow again) a user's sign-in and user tokens, exit
 *   --demo                             demo mode: the first start loads the demo data and its demo accounts
 *                                      (published password); without it a demo account never signs in
 *   --allowed-hosts a,b                the Host names to answer to (overrides PLATFORM_ALLOWED_HOSTS)
 *   --lockouts                         list the recent login lockouts and exit
 *   --unlock <username|address> --by <operator>   lift the login lockouts in force on it and exit
 *   --devices                          list the enrolled devices and their state, exit
 *   --revoke-device <id>               refuse the device's token from its next request on, exit
 *   --rotate-device-token <id>         hand the device a new token at its next sync (the old one is then
 *                                      refused), exit
 *   --generate --scale S [--seed N]    add a synthetic city (scale 1 ≈ 500,000 subjects) and exit
 *   --import-csv <file> [--department …] [--dry-run] [--json]
 *                                      import a department's 行政许可/行政处罚 CSV, print the report, exit
 *   --repairs [--state s]              list the credit-repair applications (optionally in one state), exit
 *   --repair-step <id> --event start-review|grant|deny [--outcome o] [--reason r] --reviewer <username>
 *                                      take a reviewer's step (grant: --outcome, else what was applied for;
 *                                      deny needs --reason), exit
 *   --objections [--state s]           list the objections (异议处理, optionally in one state), exit
 *   --objection-step <id> --event route|reject|extend|decide [--outcome maintain|delete|mask] [--reason r]
 *                                      --reviewer <username>: a reviewer's step (reject, extend and decide
 *                                      need --reason; decide applies --outcome to every record), exit
 *   --audit-status                     each device's audit hash chain as verified here (exit 1 if broken), exit
 *   --publish-release <folder> [--rollout 0-100] [--force]
 *                                      check a client release (electron-builder's latest*.yml, installers,
 *                                      blockmaps) and serve it at /updates/ to that share of the PCs (100 unless
 *                                      told; --force: a version not newer than the current one), exit
 *   --rollout <0-100>                  alone: change the share of PCs the current release is offered to, exit
 *   --releases                         the current release, its share and the releases published, exit
 *   --set-rule <id> <file.json>        validate and store a rule table (any id of ruleTableSchemas in
 *                                      shared/rules/rule-tables.ts); clients get it with their next sync; exit
 *   --export-commitments <file.csv> [--since YYYY-MM-DD]
 *                                      write the published commitments (可向社会公开, not withdrawn) as CSV in
 *                                      the commitment data standard's order, for upload to 信用中国; exit
 *   --withdraw-commitment <id|承诺编码> --reason r --reviewer <username>
 *   --republish-commitment <id|承诺编码> --reason r --reviewer <username>
 *                                      withdraw a commitment from publication (page and export), or publish it
 *                                      again; recorded with who, when and why; exit
 *   --withdrawn-commitments            list the commitments withdrawn from publication, exit
 *   --feedback-deliveries              each feedback record queued for the provincial 联合奖惩 system and where
 *                                      its forwarding stands, exit
 *   --provincial-receiver [--receiver-mode ok|error|timeout|reset]
 *                                      serve only the reference receiver standing in for the provincial system
 *                                      (PROVINCIAL_RECEIVER_PORT, 8430) and print RECEIVER_URL=…
 * Otherwise serves, and prints `PLATFORM_URL=http(s)://host:port` on a line of its own once listening:
 *   --tls-cert <cert.pem> --tls-key <key.pem>   serve HTTPS (a city platform must; `npm run dev:cert` makes a
 *                                               local CA and certificate for trying it out)
 *   --external-query-simulator <file.json>      answer external queries (信用中国 / 信用河南) with the reference
 *                                               simulator configured by that file (--demo: the demo answers)
 *   --external-query-timeout-ms <ms>            give an external query up after this long (10000)
 *   --provincial-url <url>             forward feedback to this receiver (PLATFORM_PROVINCIAL_URL); none: in demo
 *                                      mode an in-process reference receiver, else feedback waits as 待报送
 * Any command:
 *   --database <postgres://user:password@host:port/name>
 *                                      run on that PostgreSQL database (PLATFORM_DATABASE_URL) instead of SQLite
 *                                      in the data directory; files and releases stay in the data directory
 */
const options = {
  'issue-code': { type: 'boolean' },
  devices: { type: 'boolean' },
  'revoke-device': { type: 'string' },
  'rotate-device-token': { type: 'string' },
  'add-user': { type: 'string' },
  role: { type: 'string' },
  'display-name': { type: 'string' },
  department: { type: 'string' },
  'district-code': { type: 'string' },
  'unit-code': { type: 'string' },
  'unit-name': { type: 'string' },
  'demo-unit': { type: 'boolean' },
  'deactivate-user': { type: 'string' },
  'reactivate-user': { type: 'string' },
  // Refused with a Chinese explanation: the password is read from stdin; demo mode is now asked for (--demo).
  password: { type: 'string' },
  'no-demo': { type: 'boolean' },
  demo: { type: 'boolean' },
  'allowed-hosts': { type: 'string' },
  'code-valid-hours': { type: 'string' },
  lockouts: { type: 'boolean' },
  unlock: { type: 'string' },
  by: { type: 'string' },
  generate: { type: 'boolean' },
  scale: { type: 'string' },
  seed: { type: 'string' },
  'import-csv': { type: 'string' },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  repairs: { type: 'boolean' },
  state: { type: 'string' },
  'repair-step': { type: 'string' },
  event: { type: 'string' },
  outcome: { type: 'string' },
  reason: { type: 'string' },
  reviewer: { type: 'string' },
  'set-rule': { type: 'string' },
  'audit-status': { type: 'boolean' },
  'tls-cert': { type: 'string' },
  'tls-key': { type: 'string' },
  'publish-release': { type: 'string' },
  rollout: { type: 'string' },
  force: { type: 'boolean' },
  releases: { type: 'boolean' },
  'export-commitments': { type: 'string' },
  since: { type: 'string' },
  'withdraw-commitment': { type: 'string' },
  'republish-commitment': { type: 'string' },
  'withdrawn-commitments': { type: 'boolean' },
  'external-query-simulator': { type: 'string' },
  'external-query-timeout-ms': { type: 'string' },
  'provincial-url': { type: 'string' },
  'provincial-receiver': { type: 'boolean' },
  'receiver-mode': { type: 'string' },
  'feedback-deliveries': { type: 'boolean' },
  objections: { type: 'boolean' },
  'objection-step': { type: 'string' },
  count: { type: 'string' },
  database: { type: 'string' },
} as const;

// Bundled to dist/platform/platform.cjs: the project's resources/ is two levels up (PLATFORM_RESOURCES_DIR
// overrides it for a bundle that lives elsewhere, such as the CLI test's).
const resourcesDir = (): string =>
  process.env.PLATFORM_RESOURCES_DIR ?? resolve(__dirname, '..', '..', 'resources');

const dataDir = (): string => process.env.PLATFORM_DATA_DIR ?? join(homedir(), '.credit-platform');

function port(): number {
  const value = Number(process.env.PLATFORM_PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(value) || value < 0 || value > 65_535)
    throw new Error(`PLATFORM_PORT 无效：${value}`);
  return value;
}

/** The certificate and key for HTTPS, read from their files; both or neither. */
function tlsFiles(cert: string | undefined, key: string | undefined): PlatformTls | undefined {
  if (cert === undefined && key === undefined) return undefined;
  if (cert === undefined || key === undefined) throw new Error('--tls-cert 与 --tls-key 须同时给出');
  return { cert: readFileSync(cert, 'utf8'), key: readFileSync(key, 'utf8') };
}

/** The Host names to answer to: the CLI option, else PLATFORM_ALLOWED_HOSTS, else the defaults (nothing). */
function allowedHosts(option: string | undefined): { allowedHosts?: string[] } {
  const value = option ?? process.env.PLATFORM_ALLOWED_HOSTS;
  if (value === undefined) return {};
  const names = parseAllowedHosts(value);
  if (names.length === 0) throw new Error('--allowed-hosts / PLATFORM_ALLOWED_HOSTS 应列出至少一个主机名');
  return { allowedHosts: names };
}

/** Opens the database, runs one command on it and prints what it returns. */
function withDb(command: (db: Db) => string): void {
  const db = openPlatformDb(dataDir());
  try {
    console.log(command(db));
  } finally {
    db.close();
  }
}

async function run(): Promise<void> {
  // Positionals only for --set-rule's file; anywhere else one is a mistake, refused below.
  const { values, positionals } = parseArgs({ options, strict: true, allowPositionals: true });
  const setRule = values['set-rule'];
  if (positionals.length > (setRule === undefined ? 0 : 1))
    throw new Error(`多余的参数：${positionals.join(' ')}`);

  if (values.password !== undefined)
    throw new Error(
      '--password 已停用：命令行上的密码会出现在进程列表中。请在提示时输入密码，或从标准输入提供（第一行）',
    );
  if (values['no-demo'] === true)
    throw new Error('--no-demo 已取消：不加 --demo 即为正式模式（不含演示数据与演示账号）');
  // The one place the engine is chosen from: openPlatformDb reads PLATFORM_DATABASE_URL (db/pg/engine-selection.ts).
  if (values.database !== undefined) process.env.PLATFORM_DATABASE_URL = values.database;

  const publish = values['publish-release'];
  if (publish !== undefined) {
    console.log(
      await publishReleaseCli(releasesDirOf(dataDir()), publish, {
        rollout: values.rollout,
        force: values.force === true,
        now: new Date(),
      }),
    );
    return;
  }
  if (values.rollout !== undefined) {
    console.log(await setRolloutCli(releasesDirOf(dataDir()), values.rollout, new Date()));
    return;
  }
  if (values.releases === true) {
    console.log(await releasesCli(releasesDirOf(dataDir())));
    return;
  }
  if (values.force === true) throw new Error('--force 只与 --publish-release 一起使用');

  if (setRule !== undefined) {
    withDb((db) => setRuleCli(db, setRule, positionals[0], new Date()));
    return;
  }

  if (values['provincial-receiver'] === true) {
    await runReceiverCli({
      resourcesDir: resourcesDir(),
      host: process.env.PLATFORM_HOST ?? DEFAULT_HOST,
      mode: values['receiver-mode'],
    });
    return;
  }
  if (values['receiver-mode'] !== undefined)
    throw new Error('--receiver-mode 只与 --provincial-receiver 一起使用');
  if (values['feedback-deliveries'] === true) {
    withDb(feedbackDeliveriesCli);
    return;
  }

  if (values['audit-status'] === true) {
    withDb((db) => {
      const status = auditStatusCli(db);
      if (status.broken) process.exitCode = 1;
      return status.text;
    });
    return;
  }

  const exportFile = values['export-commitments'];
  if (exportFile !== undefined) {
    withDb((db) =>
      exportCommitmentsCli(db, {
        file: exportFile,
        since: values.since,
        resourcesDir: resourcesDir(),
        now: new Date(),
      }),
    );
    return;
  }
  if (values.since !== undefined) throw new Error('--since 只与 --export-commitments 一起使用');

  const withdraw = values['withdraw-commitment'];
  const republish = values['republish-commitment'];
  if (withdraw !== undefined && republish !== undefined)
    throw new Error('--withdraw-commitment 与 --republish-commitment 不能同时使用');
  if (withdraw !== undefined || republish !== undefined) {
    withDb((db) =>
      publicationStepCli(db, {
        idOrCode: withdraw ?? republish ?? '',
        action: withdraw !== undefined ? 'withdraw' : 'republish',
        reason: values.reason,
        reviewer: values.reviewer,
        now: new Date(),
      }),
    );
    return;
  }

  if (values['withdrawn-commitments'] === true) {
    withDb(withdrawnCommitmentsCli);
    return;
  }

  // The reviewers' workflows on the command line: list (optionally in one state) and step one item.
  const reviewCommands = [
    { list: values.repairs, step: values['repair-step'], listCli: listRepairsCli, stepCli: repairStepCli },
    {
      list: values.objections,
      step: values['objection-step'],
      listCli: listObjectionsCli,
      stepCli: objectionStepCli,
    },
  ];
  for (const { list, step, listCli, stepCli } of reviewCommands) {
    if (list === true) {
      withDb((db) => listCli(db, values.state));
      return;
    }
    if (step !== undefined) {
      const { event, outcome, reason, reviewer } = values;
      withDb((db) => stepCli(db, { id: step, event, outcome, reason, reviewer, now: new Date() }));
      return;
    }
  }

  const deviceCommand =
    values.devices === true
      ? (db: Db) => ({ message: listDevicesCli(db), exitCode: 0 })
      : values['revoke-device'] !== undefined
        ? (db: Db) => revokeDeviceCli(db, values['revoke-device'] ?? '', new Date())
        : values['rotate-device-token'] !== undefined
          ? (db: Db) => rotateDeviceTokenCli(db, values['rotate-device-token'] ?? '', new Date())
          : null;
  if (deviceCommand !== null) {
    const db = openPlatformDb(dataDir());
    try {
      const { message, exitCode } = deviceCommand(db);
      (exitCode === 0 ? console.log : console.error)(message);
      process.exitCode = exitCode;
    } finally {
      db.close();
    }
    return;
  }

  if (values['issue-code'] === true) {
    const unit =
      values['demo-unit'] === true
        ? loadDemoUnit(resourcesDir())
        : enrolmentUnit(values['unit-code'], values['unit-name'], values['district-code']);
    const hours = enrolmentCodeHours(values['code-valid-hours']);
    const count = enrolmentCodeCount(values.count);
    withDb((db) => {
      const issued = db.transaction(() =>
        Array.from({ length: count }, () => issueEnrolmentCode(db, new Date(), { unit, validHours: hours })),
      )();
      const expiresAt = issued[0]?.expiresAt ?? '';
      // stdout carries the codes alone, one a line, for scripts; people read the expiry on stderr.
      console.error(
        `登记码${count > 1 ? ` ${count} 个` : ''}有效至 ${formatBeijing(expiresAt)}（${hours} 小时），${count > 1 ? '每个' : ''}仅可使用一次`,
      );
      return issued.map((code) => code.code).join('\n');
    });
    return;
  }

  const deactivate = values['deactivate-user'] ?? values['reactivate-user'];
  if (deactivate !== undefined) {
    const active = values['deactivate-user'] === undefined;
    withDb((db) => {
      if (!setUserActive(db, deactivate, active)) throw new Error(`没有用户 ${deactivate}`);
      return `用户 ${deactivate} ${active ? '已恢复使用' : '已停用'}`;
    });
    return;
  }

  if (values.lockouts === true) {
    withDb((db) => listLockoutsCli(db, new Date()));
    return;
  }

  const unlock = values.unlock;
  if (unlock !== undefined) {
    withDb((db) => unlockCli(db, unlock, values.by, new Date()));
    return;
  }

  const withDemo = values.demo === true;
  if (values.generate === true) {
    runGenerateCli({
      dataDir: dataDir(),
      scale: Number(values.scale ?? '1'),
      ...(values.seed === undefined ? {} : { seed: Number(values.seed) }),
      resourcesDir: resourcesDir(),
      withDemo,
    });
    return;
  }

  if (values['import-csv'] !== undefined) {
    process.exitCode = runImportCli({
      dataDir: dataDir(),
      file: values['import-csv'],
      ...(values.department === undefined ? {} : { department: values.department }),
      dryRun: values['dry-run'] === true,
      json: values.json === true,
      resourcesDir: resourcesDir(),
      withDemo,
    });
    return;
  }

  if (values['add-user'] !== undefined) {
    const role = Role.safeParse(values.role);
    if (!role.success) throw new Error('--role 应为 clerk、supervisor 或 admin');
    const password = await readPassword();
    const db = openPlatformDb(dataDir());
    try {
      const outcome = await addUser(db, {
        username: values['add-user'],
        password,
        role: role.data,
        displayName: values['display-name'],
        department: values.department,
        districtCode: values['district-code'],
        unitCode: values['unit-code'],
      });
      console.log(`用户 ${values['add-user']} ${outcome === 'created' ? '已创建' : '已更新'}`);
    } finally {
      db.close();
    }
    return;
  }

  const forwarding = (): ForwardingConfig =>
    forwardingConfig(values['provincial-url'] ?? process.env.PLATFORM_PROVINCIAL_URL);
  const tls = tlsFiles(values['tls-cert'], values['tls-key']);
  const host = process.env.PLATFORM_HOST ?? DEFAULT_HOST;
  // Passwords, device tokens and reviewers' credentials never cross a network in clear.
  if (tls === undefined && !isLoopbackHost(host.includes(':') ? `[${host}]` : host))
    throw new Error(`监听非本机地址（${host}）须以 --tls-cert 与 --tls-key 提供 HTTPS 证书`);
  const platform = await startPlatform({
    ...(tls === undefined ? {} : { tls }),
    dataDir: dataDir(),
    port: port(),
    host,
    resourcesDir: resourcesDir(),
    withDemo,
    log: { level: 'warn' },
    ...allowedHosts(values['allowed-hosts']),
    ...externalQueryOptions(values['external-query-simulator'], values['external-query-timeout-ms']),
    forwarding: forwarding(),
  });
  if (platform.forwarding.forwarder === null)
    console.error(
      '未配置省联合奖惩系统接收地址（--provincial-url 或 PLATFORM_PROVINCIAL_URL）：收到的反馈将留在待报送队列中，配置后重启平台即开始报送。',
    );
  if (servesDemoAccounts(platform.db, resourcesDir()))
    console.error(
      withDemo
        ? '【演示平台】本平台含演示账号（密码公开）：仅供试用，切勿用于实际办件。正式部署请不加 --demo 启动，并以 --add-user 建立账号。'
        : '本平台数据库中留有演示账号：非演示模式下它们不能登录。如需使用，请以 --add-user 为其重设密码。',
    );
  console.log(`PLATFORM_URL=${platform.url}`);
  const stop = (): void => {
    platform.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** The external query options of the command line: the simulator's file and the timeout, where given. */
function externalQueryOptions(
  simulatorFile: string | undefined,
  timeoutText: string | undefined,
): { externalQuery?: Partial<ExternalQueryOptions> } {
  const timeoutMs = timeoutText === undefined ? undefined : Number(timeoutText);
  if (timeoutMs !== undefined && (!Number.isInteger(timeoutMs) || timeoutMs < 100 || timeoutMs > 120_000))
    throw new Error('--external-query-timeout-ms 应为 100 到 120000 之间的整数（毫秒）');
  if (simulatorFile === undefined && timeoutMs === undefined) return {};
  return {
    externalQuery: {
      ...(simulatorFile === undefined
        ? {}
        : { adapter: createSimulator(loadSimulatorConfig(simulatorFile)) }),
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
    },
  };
}

run().catch((error: unknown) => {
  if (error instanceof z.ZodError) console.error(z.prettifyError(error));
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
