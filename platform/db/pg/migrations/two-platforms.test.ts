import { Client } from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  ChangesWaitResponse,
  EnrolResponse,
  platformRoutes,
  PushResponse,
  type PushResult,
} from '../../../../shared/platform-api/api';
import type { Db } from '../../../../node-shared/db/connection';
import { issueEnrolmentCode } from '../../../access/enrolment';
import { openPlatformDb } from '../../open-platform-db';
import { platformCli } from '../../../testing/cli-bundle';
import { fetchPage } from '../../../testing/feed-client';
import { describePg, freshPgDatabases } from '../../../testing/pg-databases';
import { tempDir } from '../../../testing/temp-platform';

// Two platform processes (the shipped CLI, --database) on ONE PostgreSQL database: many devices push to both at
// once, every entry sent to both; meanwhile the feed grows through transactions that commit out of order, and a
// client pulls it from either process while it grows. The schema's two promises across processes are checked:
// one mutation is filed once, and a reader never moves past a seq that commits later.

const DEVICES = 6;
const ENTRIES = 12;
const PUBLICATIONS = 40;
const at = '2026-12-07T10:00:00.000+08:00';

const check = (mutationId: number, checkId: string): unknown => ({
  mutationId,
  kind: 'check.recorded',
  createdAt: at,
  payload: { checkId, checkedAt: at, verdict: 'proceed', evidence: { listEntries: [] } },
});

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function push(url: string, headers: Record<string, string>, entries: unknown[]): Promise<PushResult[]> {
  const response = await fetch(`${url}${platformRoutes.outbox}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ entries }),
  });
  if (response.status !== 200) throw new Error(`outbox: ${response.status} ${await response.text()}`);
  return PushResponse.parse(await response.json()).results;
}

async function enrol(url: string, code: string, deviceName: string): Promise<Record<string, string>> {
  const response = await fetch(`${url}${platformRoutes.enrol}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, deviceName }),
  });
  if (response.status !== 200) throw new Error(`enrol: ${response.status} ${await response.text()}`);
  return { authorization: `Bearer ${EnrolResponse.parse(await response.json()).deviceToken}` };
}

/** Feed writes as an import or a publication makes them, each transaction held open a random while. */
async function publish(databaseUrl: string, writer: number): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (let i = 0; i < PUBLICATIONS; i += 1) {
      await client.query('BEGIN');
      await client.query("INSERT INTO matter_categories (code, name) VALUES ($1, '测试类别')", [
        `p${writer}-${i}`,
      ]);
      await pause(Math.random() * 10);
      await client.query('COMMIT');
    }
  } finally {
    await client.end();
  }
}

/** One feed change committed by a connection of its own, as another process would. */
async function publishOne(databaseUrl: string, code: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("INSERT INTO matter_categories (code, name) VALUES ($1, '测试类别')", [code]);
  } finally {
    await client.end();
  }
}

describePg('two platform processes on one PostgreSQL database', () => {
  const freshDb = freshPgDatabases();
  const work = tempDir('ccw-two-platforms-');
  let databaseUrl = '';
  let servers: { url: string; stop: () => Promise<void> }[] = [];
  let devices: Record<string, string>[] = [];

  beforeAll(async () => {
    databaseUrl = await freshDb();
    const db: Db = openPlatformDb(work.path, undefined, databaseUrl);
    const codes = Array.from({ length: DEVICES }, () => issueEnrolmentCode(db, new Date()).code);
    db.close();
    const cli = await platformCli(work.path, work.path);
    // One after the other: the first seeds the catalogue and rule tables of the empty database.
    servers = [await cli.serve(['--database', databaseUrl])];
    servers.push(await cli.serve(['--database', databaseUrl]));
    devices = await Promise.all(
      codes.map((code, index) => enrol(servers[index % 2]?.url ?? '', code, `窗口${index + 1}`)),
    );
  }, 120_000);

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    work.remove();
  });

  it('files an entry sent to both processes at once exactly once, reads one gap-free feed from either, and wakes waiters on both', async () => {
    let publishing = true;
    const seen: number[] = [];
    const reading = (async () => {
      for (let turn = 0; publishing; turn += 1) {
        const server = servers[turn % 2];
        const page = await fetchPage(server?.url ?? '', devices[0] ?? {}, seen.at(-1) ?? 0);
        page.changes.forEach((change) => seen.push(change.seq));
        await pause(5);
      }
    })();
    const pushing = devices.map(async (headers, device) => {
      const answers: PushResult[] = [];
      for (let mutationId = 1; mutationId <= ENTRIES; mutationId += 1) {
        const entry = check(mutationId, `d${device}-c${mutationId}`);
        const [a, b] = await Promise.all(servers.map((server) => push(server.url, headers, [entry])));
        answers.push(...(a ?? []), ...(b ?? []));
      }
      return answers;
    });
    const [answers] = await Promise.all([
      Promise.all(pushing),
      publish(databaseUrl, 1),
      publish(databaseUrl, 2),
      publish(databaseUrl, 3),
    ]);
    publishing = false;
    await reading;

    for (const deviceAnswers of answers) {
      for (let mutationId = 1; mutationId <= ENTRIES; mutationId += 1) {
        const statuses = deviceAnswers
          .filter((answer) => answer.mutationId === mutationId)
          .map((answer) => answer.status)
          .sort();
        expect(statuses).toEqual(['applied', 'duplicate']);
      }
    }
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const counts = await client.query<{ checks: string; mutations: string }>(
        'SELECT (SELECT count(*) FROM platform_checks) AS checks, (SELECT count(*) FROM device_mutations) AS mutations',
      );
      expect(counts.rows[0]).toEqual({
        checks: String(DEVICES * ENTRIES),
        mutations: String(DEVICES * ENTRIES),
      });
      const stored = (await client.query<{ seq: string }>('SELECT seq FROM changes ORDER BY seq')).rows.map(
        (row) => Number(row.seq),
      );
      // What the reader pulled while the writes went on, then the rest: every seq once, in order, none skipped.
      for (let page = await fetchPage(servers[1]?.url ?? '', devices[1] ?? {}, seen.at(-1) ?? 0); ;) {
        page.changes.forEach((change) => seen.push(change.seq));
        if (!page.end.hasMore) break;
        page = await fetchPage(servers[0]?.url ?? '', devices[1] ?? {}, seen.at(-1) ?? 0);
      }
      expect(seen).toEqual(stored);
      expect(stored.length).toBeGreaterThanOrEqual(3 * PUBLICATIONS);
    } finally {
      await client.end();
    }

    // A device waiting on either process is woken as soon as another connection commits (LISTEN/NOTIFY).
    const headers = devices[2] ?? {};
    const waitOn = async (url: string, after: number): Promise<{ latest: number; ms: number }> => {
      const started = Date.now();
      const response = await fetch(`${url}${platformRoutes.changesWait}?after=${after}&timeout=30`, {
        headers,
      });
      expect(response.status).toBe(200);
      return { ...ChangesWaitResponse.parse(await response.json()), ms: Date.now() - started };
    };
    let { latest: now } = await waitOn(servers[0]?.url ?? '', 0);
    for (const server of servers) {
      const waiting = waitOn(server.url, now);
      await pause(300);
      await publishOne(databaseUrl, `wake-${server.url}`);
      const woken = await waiting;
      expect(woken.latest).toBeGreaterThan(now);
      // Answered on the notification, not at the 30 s timeout (PostgreSQL has no polling to fall back on).
      expect(woken.ms).toBeLessThan(25_000);
      now = woken.latest;
    }
  }, 180_000);
});
