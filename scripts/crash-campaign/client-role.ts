import { createInterface } from 'node:readline';
import { join } from 'node:path';
import type { AuthStatus } from '../../shared/domain/auth';
import { platformAt } from '../../shared/domain/deployment';
import { loadOrCreateCacheKey } from '../../electron/browser/cache-key-file';
import { getMeta } from '../../electron/core/app/meta.repo';
import { createCore, type Core } from '../../electron/core/core';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { localChecksums } from '../../electron/core/sync/checksums';
import { createPlatformClient } from '../../electron/core/sync/platform-client';
import { perform, timesDone } from './client-ops';
import { CLERK, cacheKeyFile, opAt, SYNC_EVERY } from './plan';

// The campaign's client: a real client core in a process of its own, doing the planned work through dispatch
// and syncing with the platform every few operations. It tells the campaign what it is doing on stdout, one
// line each: READY, PHASE write|sync|push|pull, WROTE <index> <kind> <id>, SYNC ok|<code>, FAIL <why>, DONE <json>. It may be
// killed at any moment; started again on the same folder it carries on where the cache says it stopped. A line
// "finish" on stdin asks it to end its work: sync until everything is delivered, then say DONE and exit.

export type ClientArgs = {
  dataDir: string;
  url: string;
  seed: string;
  code: string | null;
  minOps: number;
};

export type ClientDone = {
  ops: number;
  outbox: { pending: number; delivered: number; rejected: number; conflict: number };
  checksumsEqual: boolean;
};

const say = (line: string): void => void process.stdout.write(`${line}\n`);
const fail = (why: string): never => {
  say(`FAIL ${why.replace(/\s+/g, ' ')}`);
  process.exit(3);
};
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The cache key from its file beside the data folder (made at the first start, the same at every restart). */
function openCore(dataDir: string, url: string): Core {
  const key = loadOrCreateCacheKey(cacheKeyFile(dataDir), dataDir);
  if (!key.ok) return fail(key.error.message);
  const created = createCore({
    dataDir,
    cacheKey: key.value,
    // What the deployment configuration names for a real PC: the only platform it may enrol at.
    platform: platformAt(url),
    resourcesDir: join(process.cwd(), 'resources'),
    host: 'browser',
    version: 'crash-campaign',
    withDemo: false,
    syncOptions: {
      pageSize: 100,
      pushChunkSize: 10,
      timeoutMs: 2_000,
      retry: { attempts: 2, baseDelayMs: 5, maxDelayMs: 20 },
    },
  });
  if (!created.ok) return fail(created.error.message);
  return created.value;
}

/**
 * The clerk signs in online, as at the window after every start: the platform then issues the user token the
 * commitments and repairs are pushed with. The platform may be down or still starting after a kill, so it waits
 * until the platform answers and tries again while a sign-in falls back to the offline cache. The password is
 * always the right one: a wrong one would count towards the platform's lockout (5 per user in 15 minutes).
 */
async function signInOnline(core: Core, url: string): Promise<void> {
  const platform = createPlatformClient({ target: platformAt(url), timeoutMs: 2_000 });
  for (let attempt = 0; attempt < 300; attempt += 1) {
    const up = await platform.health().then(
      () => true,
      () => false,
    );
    if (up) {
      const signedIn = await dispatch(core.handlers, 'auth:sign-in', {
        username: CLERK.username,
        password: CLERK.password,
      });
      if (signedIn.ok && (signedIn.value as AuthStatus).session?.how === 'online') return;
      // Refused by the platform itself: with the right password that is a fault, never to be retried blindly.
      const reason = signedIn.ok
        ? 'offline'
        : (signedIn.error.details as { reason?: string } | undefined)?.reason;
      if (!signedIn.ok && reason === 'platform-refused') fail(signedIn.error.message);
    }
    await pause(200);
  }
  fail('一分钟内未能在线登录市平台');
}

async function prepare(core: Core, args: ClientArgs): Promise<void> {
  if (getMeta(core.db, 'device_token') === null) {
    if (args.code === null) fail('本机尚未登记，也没有登记码');
    const enrolled = await core.sync.enrol({ code: args.code ?? '', deviceName: '断电测试机' });
    if (!enrolled.ok) fail(enrolled.error.message);
  }
  await signInOnline(core, args.url);
}

/** The first planned operation not in the cache: operations are done one at a time, so the done ones lead. */
function nextOp(core: Core, seed: string): number {
  let index = 0;
  while (timesDone(core.db, opAt(seed, index)) > 0) index += 1;
  return index;
}

/** Syncs until every entry is delivered (the platform may still be starting after a kill). */
async function deliverAll(core: Core): Promise<ClientDone['outbox']> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const synced = await core.sync.run();
    const { outbox } = core.sync.status();
    if (synced.ok && outbox.pending === 0) return outbox;
    await pause(100);
  }
  return fail('一分钟内未能把待上传记录全部送达');
}

type Tables = Record<string, { count: number; hash: string }>;
const sameTables = (local: Tables, platform: Tables): boolean =>
  [...new Set([...Object.keys(local), ...Object.keys(platform)])].every(
    (table) => local[table]?.count === platform[table]?.count && local[table]?.hash === platform[table]?.hash,
  );

/** One sync, reported as SYNC ok or SYNC <code> (the platform may be down: the work goes on regardless). */
async function sync(core: Core, enter: (phase: string) => void): Promise<boolean> {
  // Reaching the platform; the progress events then say push (entries going up) and pull (changes coming down).
  enter('sync');
  const synced = await core.sync.run();
  say(synced.ok ? 'SYNC ok' : `SYNC ${synced.error.code} ${synced.error.message}`);
  return synced.ok;
}

/** A repair is of a record the platform published: a client that has not pulled it yet syncs first. */
async function untilPulled(core: Core, recordId: string, enter: (phase: string) => void): Promise<void> {
  const present = core.db.prepare('SELECT count(*) FROM credit_records WHERE id = ?').pluck();
  for (let attempt = 0; present.get(recordId) === 0; attempt += 1) {
    if (attempt >= 600) fail(`一分钟内未能从市平台取得记录 ${recordId}`);
    if (!(await sync(core, enter))) await pause(100);
  }
}

export async function runClient(args: ClientArgs): Promise<void> {
  let finishing = false;
  createInterface({ input: process.stdin }).on('line', (line) => {
    if (line.trim() === 'finish') finishing = true;
  });
  const core = openCore(args.dataDir, args.url);
  let phase = '';
  const enter = (next: string): void => {
    if (next !== phase) say(`PHASE ${next}`);
    phase = next;
  };
  core.events.subscribe((event) => {
    if (event.type !== 'sync-progress') return;
    // The download's first event comes only once its first page is applied: the pull begins as soon as the last
    // chunk of the push is answered, so that is where the phase turns to pull.
    const { phase: reported, done, total } = event.progress;
    enter(reported === 'push' && (total === null || done < total) ? 'push' : 'pull');
  });
  await prepare(core, args);
  let index = nextOp(core, args.seed);
  say(`READY ${index}`);
  while (!finishing || index < args.minOps) {
    const op = opAt(args.seed, index);
    if (op.kind === 'repair') await untilPulled(core, op.key, enter);
    enter('write');
    const outcome = await perform(core, op);
    if (!outcome.ok) fail(`第 ${index} 项（${op.kind}）：${outcome.message}`);
    else say(`WROTE ${index} ${op.kind} ${outcome.id}`);
    index += 1;
    if (index % SYNC_EVERY === 0) await sync(core, enter);
  }
  enter('sync');
  const outbox = await deliverAll(core);
  const token = getMeta(core.db, 'device_token') ?? '';
  const snapshot = await createPlatformClient({ target: platformAt(args.url), token }).snapshot();
  const done: ClientDone = {
    ops: index,
    outbox,
    checksumsEqual: sameTables(localChecksums(core.db), snapshot.tables),
  };
  say(`DONE ${JSON.stringify(done)}`);
  core.close();
  process.exit(0);
}
