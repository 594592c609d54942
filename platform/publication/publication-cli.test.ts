import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../access/accounts';
import { openPlatformDb } from '../db/open-platform-db';
import { platformCli, type PlatformCli } from '../testing/cli-bundle';
import { tempDir } from '../testing/temp-platform';
import { commitmentFixture } from '../testing/workflow-fixtures';
import { writeCommitment } from '../workflow/workflow.repo';

// The publication commands of the platform CLI as shipped (bundled, a child process on a data directory).

const work = tempDir('ccw-publication-cli-');
const dataDir = join(work.path, 'data');
let cli: PlatformCli;

const PUBLIC = commitmentFixture({ id: 'cli-public', code: '41040020261127000101' });
const RESTRICTED = commitmentFixture({
  id: 'cli-restricted',
  code: '41040020261127000102',
  publicity: 'restricted',
});

beforeAll(async () => {
  const db = openPlatformDb(dataDir);
  writeCommitment(db, PUBLIC);
  writeCommitment(db, RESTRICTED);
  await addUser(db, { username: 'zhaolei', password: 'secret-123', role: 'supervisor' });
  await addUser(db, { username: 'wangfang', password: 'secret-123', role: 'clerk' });
  db.close();
  cli = await platformCli(work.path, dataDir);
});
afterAll(() => work.remove());

const exported = (name: string, ...extra: string[]): string => {
  const file = join(work.path, name);
  const ran = cli.run(['--export-commitments', file, ...extra]);
  expect(ran.stderr).toBe('');
  expect(ran.status).toBe(0);
  return readFileSync(file, 'utf8');
};

describe('platform CLI: commitment publication', { timeout: 60_000 }, () => {
  it('exports the published commitments as CSV in the standard order (a platform never started included)', () => {
    const csv = exported('all.csv');
    expect(csv.startsWith('\uFEFF承诺编码,承诺人名称,承诺人类别,承诺人代码,')).toBe(true);
    expect(csv).toContain(PUBLIC.code);
    expect(csv).not.toContain(RESTRICTED.code);
    expect(exported('later.csv', '--since', '2027-01-01')).not.toContain(PUBLIC.code);
    const bad = cli.run(['--export-commitments', join(work.path, 'x.csv'), '--since', '明天']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--since 应为日期');
  });

  it('refuses a withdrawal by a clerk, by nobody, without a reason, of an unknown commitment', () => {
    const byClerk = cli.run([
      '--withdraw-commitment',
      PUBLIC.id,
      '--reason',
      '核实',
      '--reviewer',
      'wangfang',
    ]);
    expect(byClerk.status).toBe(1);
    expect(byClerk.stderr).toContain('不是审核人员');
    const byNobody = cli.run(['--withdraw-commitment', PUBLIC.id, '--reason', '核实']);
    expect(byNobody.status).toBe(1);
    expect(byNobody.stderr).toContain('--reviewer');
    const noReason = cli.run(['--withdraw-commitment', PUBLIC.id, '--reviewer', 'zhaolei']);
    expect(noReason.status).toBe(1);
    expect(noReason.stderr).toContain('请填写理由');
    const unknown = cli.run([
      '--withdraw-commitment',
      'nothing',
      '--reason',
      '核实',
      '--reviewer',
      'zhaolei',
    ]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('市平台没有这份信用承诺');
  });

  it('withdraws by 承诺编码 (gone from the export, listed as withdrawn) and republishes', () => {
    const withdrawn = cli.run([
      '--withdraw-commitment',
      PUBLIC.code,
      '--reason',
      '承诺人提出异议',
      '--reviewer',
      'zhaolei',
    ]);
    expect(withdrawn.stderr).toBe('');
    expect(withdrawn.stdout).toContain(`信用承诺 ${PUBLIC.code} 已撤回公示`);
    expect(exported('after.csv')).not.toContain(PUBLIC.code);
    const listed = cli.run(['--withdrawn-commitments']);
    expect(listed.stdout).toContain(PUBLIC.code);
    expect(listed.stdout).toContain('承诺人提出异议');
    const again = cli.run([
      '--republish-commitment',
      PUBLIC.id,
      '--reason',
      '异议不成立',
      '--reviewer',
      'zhaolei',
    ]);
    expect(again.stdout).toContain('已恢复公示（公示中）');
    expect(exported('again.csv')).toContain(PUBLIC.code);
    expect(cli.run(['--withdrawn-commitments']).stdout).toContain('没有撤回公示的信用承诺');
  });
});
