import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { Db } from '../node-shared/db/connection';
import { Role } from '../shared/platform-api/api';
import { auditStatusCli } from './audit/audit-status-cli';
import { addUser } from './access/accounts';
import { listDevicesCli, revokeDeviceCli, rotateDeviceTokenCli } from './access/device-cli';
import { servesDemoAccounts } from './access/demo-users';
import { issueEnrolmentCode } from './access/enrolment';
import { openPlatformDb } from './db/open-platform-db';
import { runGenerateCli } from './generate/run-generate-cli';
import { runImportCli } from './import/run-import-cli';
import { DEFAULT_HOST, DEFAULT_PORT, startPlatform } from './start-platform';
import { listRepairsCli, repairStepCli, setRuleCli } from './workflow/workflow-cli';

/**
 * `npm run platform` (dist/platform/platform.cjs). Env: PLATFORM_PORT (8420), PLATFORM_HOST (127.0.0.1),
 * PLATFORM_DATA_DIR (~/.credit-platform).
 *   --issue-code                       print a new one-time enrolment code and exit
 *   --devices                          list the enrolled devices and their state, exit
 *   --revoke-device <id>               refuse the device's token from its next request on, exit
 *   --rotate-device-token <id>         hand the device a new token at its next sync (the old one is then
 *                                      refused), exit
 *   --add-user <name> --password <p> --role clerk|supervisor|admin
 *       [--display-name …] [--department …] [--district-code 410400]   create or reset a user and exit
 *   --no-demo                          first start loads the catalogue only
 *   --generate --scale S [--seed N]    add a synthetic city (scale 1 ≈ 500,000 subjects) and exit
 *   --import-csv <file> [--department …] [--dry-run] [--json]
 *                                      import a department's 行政许可/行政处罚 CSV, print the report, exit
 *   --repairs [--state s]              list the credit-repair applications (optionally in one state), exit
 *   --repair-step <id> --event start-review|grant|deny [--outcome o] [--reason r] --reviewer <username>
 *                                      take a reviewer's step (grant: --outcome, else what was applied for;
 *                                      deny needs --reason), exit
 *   --audit-status                     each device's audit hash chain as verified here (exit 1 if broken), exit
 *   --set-rule <id> <file.json>        validate and store a rule table (any id of ruleTableSchemas in
 *                                      shared/rules/rule-tables.ts); clients get it with their next sync; exit
 * Otherwise serves, and prints `PLATFORM_URL=http://host:port` on a line of its own once listening.
 */
const options = {
  'issue-code': { type: 'boolean' },
  devices: { type: 'boolean' },
  'revoke-device': { type: 'string' },
  'rotate-device-token': { type: 'string' },
  'add-user': { type: 'string' },
  password: { type: 'string' },
  role: { type: 'string' },
  'display-name': { type: 'string' },
  department: { type: 'string' },
  'district-code': { type: 'string' },
  'no-demo': { type: 'boolean' },
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

  if (setRule !== undefined) {
    withDb((db) => setRuleCli(db, setRule, positionals[0], new Date()));
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

  if (values.repairs === true) {
    withDb((db) => listRepairsCli(db, values.state));
    return;
  }

  const repairStep = values['repair-step'];
  if (repairStep !== undefined) {
    withDb((db) =>
      repairStepCli(db, {
        id: repairStep,
        event: values.event,
        outcome: values.outcome,
        reason: values.reason,
        reviewer: values.reviewer,
        now: new Date(),
      }),
    );
    return;
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
    const db = openPlatformDb(dataDir());
    try {
      console.log(issueEnrolmentCode(db, new Date()));
    } finally {
      db.close();
    }
    return;
  }

  const withDemo = values['no-demo'] !== true;
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
    const db = openPlatformDb(dataDir());
    try {
      const outcome = await addUser(db, {
        username: values['add-user'],
        password: values.password ?? '',
        role: role.data,
        displayName: values['display-name'],
        department: values.department,
        districtCode: values['district-code'],
      });
      console.log(`用户 ${values['add-user']} ${outcome === 'created' ? '已创建' : '已更新'}`);
    } finally {
      db.close();
    }
    return;
  }

  const platform = await startPlatform({
    dataDir: dataDir(),
    port: port(),
    host: process.env.PLATFORM_HOST ?? DEFAULT_HOST,
    resourcesDir: resourcesDir(),
    withDemo,
    log: { level: 'warn' },
  });
  if (servesDemoAccounts(platform.db, resourcesDir()))
    console.error(
      '【演示平台】本平台含演示账号（密码公开）：仅供试用，切勿用于实际办件。正式部署请用 --no-demo 并以 --add-user 建立账号。',
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

run().catch((error: unknown) => {
  if (error instanceof z.ZodError) console.error(z.prettifyError(error));
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
