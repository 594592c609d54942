import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../../shared/sampling/prng';
import { killAll, killHard, spawnRole, type Child } from './child';
import type { ClientDone } from './client-role';
import { cacheKeyFile, type OpKind } from './plan';
import { tally, type Acknowledged } from './tally';

// The orchestrator of `npm run test:crash`: a real platform and a real client core, each in a process of its
// own on loopback, killed with SIGKILL at seeded random moments while the client writes, pushes and pulls, and
// started again until the planned kills are done; then the client finishes its work and what it wrote is
// compared with what the platform holds.

export type CampaignOptions = {
  kills: number;
  seed: string;
  minutes: number;
  minOps: number;
  keep: boolean;
  /** Echo what the processes say (all but their writes and phases) to stderr, with the time. */
  verbose: boolean;
};
type Phase = 'write' | 'push' | 'pull';
const PHASES: readonly Phase[] = ['write', 'push', 'pull'];
type Target = 'client' | 'platform';

export type CampaignReport = {
  seed: string;
  planned: number;
  /** The processes' folders, kept for a look with --keep (removed otherwise). */
  workDir: string | null;
  kills: Record<Target, Record<Phase, number>>;
  totalKills: number;
  /** The client's syncs during the kills: whole exchanges, and those cut off (platform down or killed). */
  syncs: { ok: number; failed: number };
  ops: number;
  seconds: number;
  done: ClientDone;
  tally: ReturnType<typeof tally>;
  passed: boolean;
};

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export function parseOptions(argv: readonly string[]): CampaignOptions {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const number = (flag: string, fallback: number): number => {
    const parsed = Number(value(flag) ?? fallback);
    if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`${flag} 应为非负数`);
    return parsed;
  };
  return {
    kills: number('--kills', 60),
    seed: value('--seed') ?? randomBytes(6).toString('hex'),
    minutes: number('--minutes', 8),
    minOps: number('--ops', 0),
    keep: argv.includes('--keep'),
    verbose: argv.includes('--verbose'),
  };
}

export async function runCampaign(options: CampaignOptions): Promise<CampaignReport> {
  const started = Date.now();
  const work = mkdtempSync(join(tmpdir(), 'ccw-crash-'));
  const platformDir = join(work, 'platform');
  const clientDir = join(work, 'client');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const random = seededRandom(`${options.seed}:kills`);
  const acknowledged: Acknowledged = new Map();
  // What the client said it is doing (its last PHASE line); 'starting' until it says.
  const said = { phase: 'starting' as Phase | 'sync' | 'starting', syncs: 0, failedSyncs: 0 };

  const trace = (line: string): void =>
    void process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)}] ${line}\n`);
  const startPlatform = async (init: boolean): Promise<{ child: Child; code: string | null }> => {
    let code: string | null = null;
    for (let attempt = 0; ; attempt += 1) {
      const child = spawnRole(
        ['--role', 'platform', '--data', platformDir, '--port', String(port), ...(init ? ['--init'] : [])],
        (line) => {
          if (line.startsWith('CODE=')) code = line.slice('CODE='.length).trim();
        },
      );
      try {
        await child.waitFor((line) => line.startsWith('PLATFORM_URL='), 60_000);
        return { child, code };
      } catch (error) {
        // The port may be held a moment longer by the killed process.
        if (attempt >= 20) throw error;
        await pause(100);
      }
    }
  };
  const startClient = async (code: string | null): Promise<Child> => {
    said.phase = 'starting';
    const child = spawnRole(
      [
        '--role',
        'client',
        '--data',
        clientDir,
        '--url',
        url,
        '--seed',
        options.seed,
        '--ops',
        String(options.minOps),
      ].concat(code === null ? [] : ['--code', code]),
      (line) => {
        const [word, ...rest] = line.split(' ');
        if (options.verbose && word !== 'WROTE' && word !== 'PHASE') trace(`客户端 ${line}`);
        if (word === 'PHASE') said.phase = rest[0] as Phase | 'sync';
        if (word === 'SYNC' && rest[0] === 'ok') said.syncs += 1;
        else if (word === 'SYNC') said.failedSyncs += 1;
        if (word === 'FAIL') console.error(`客户端报告失败：${rest.join(' ')}`);
        if (word === 'WROTE')
          acknowledged.set(Number(rest[0]), { kind: rest[1] as OpKind, id: rest[2] ?? '' });
      },
    );
    await child.waitFor((line) => line.startsWith('READY'), 60_000);
    return child;
  };
  const unexpected = (name: string, child: Child): void => {
    void child.exited.then((code) => {
      if (!child.process.killed && code !== 0)
        console.error(`${name}意外退出（${String(code)}）：${child.stderrTail()}`);
    });
  };

  try {
    return await campaign();
  } finally {
    killAll();
    if (!options.keep) rmSync(work, { recursive: true, force: true });
  }

  async function campaign(): Promise<CampaignReport> {
    const first = await startPlatform(true);
    let platform = first.child;
    let client = await startClient(first.code);
    const kills: CampaignReport['kills'] = {
      client: { write: 0, push: 0, pull: 0 },
      platform: { write: 0, push: 0, pull: 0 },
    };
    let totalKills = 0;
    const deadline = started + options.minutes * 60_000;
    while (totalKills < options.kills && Date.now() < deadline) {
      const target: Target = random.below(2) === 0 ? 'client' : 'platform';
      const wanted = PHASES[random.below(PHASES.length)] ?? 'write';
      for (const until = Date.now() + 5_000; said.phase !== wanted && Date.now() < until;) await pause(2);
      // Pushes and pulls of a few entries last milliseconds: strike at once, or within the local writes.
      await pause(random.below(wanted === 'write' ? 25 : 5));
      // Reaching the platform counts with the push it begins; before its first line the client is writing.
      const at = said.phase === 'sync' ? 'push' : said.phase === 'starting' ? 'write' : said.phase;
      const victim = target === 'client' ? client : platform;
      if (victim.process.exitCode !== null) throw new Error(`${target} 已退出：${victim.stderrTail()}`);
      if (options.verbose) trace(`SIGKILL ${target}（${at}）`);
      await killHard(victim);
      kills[target][at] += 1;
      totalKills += 1;
      if (target === 'client') client = await startClient(null);
      else platform = (await startPlatform(false)).child;
      unexpected(target === 'client' ? '客户端' : '市平台', target === 'client' ? client : platform);
      // Each kill is followed by one whole exchange (push and pull) before the next: the campaign checks that
      // work resumes after every crash, not only that a platform which is never up loses nothing.
      const syncs = said.syncs;
      for (const until = Date.now() + 60_000; said.syncs === syncs && Date.now() < until;) await pause(10);
      await pause(random.below(300));
    }
    platform.send('quiet');
    client.send('finish');
    const doneLine = await client.waitFor((line) => line.startsWith('DONE '), 5 * 60_000);
    const done = JSON.parse(doneLine.slice('DONE '.length)) as ClientDone;
    await client.exited;
    platform.process.kill('SIGTERM');
    await platform.exited;
    const cacheKey = readFileSync(cacheKeyFile(clientDir), 'utf8').trim();
    const result = tally({ dataDir: clientDir, cacheKey }, platformDir, options.seed, done.ops, acknowledged);
    const passed =
      totalKills >= options.kills &&
      result.lost.length === 0 &&
      result.duplicated.length === 0 &&
      result.chainVerified &&
      done.checksumsEqual &&
      done.outbox.rejected === 0 &&
      done.outbox.conflict === 0 &&
      result.integrity.client === 'ok' &&
      result.integrity.platform === 'ok';
    return {
      seed: options.seed,
      planned: options.kills,
      workDir: options.keep ? work : null,
      kills,
      totalKills,
      syncs: { ok: said.syncs, failed: said.failedSyncs },
      ops: done.ops,
      seconds: Math.round((Date.now() - started) / 100) / 10,
      done,
      tally: result,
      passed,
    };
  }
}
