import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Client } from 'pg';
import { expect, it } from 'vitest';
import { startPgCluster } from './pg-cluster';
import { describePg, freshPgDatabases } from './pg-databases';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function scalar(url: string, sql: string): Promise<unknown> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return Object.values((await client.query(sql)).rows[0] as Record<string, unknown>)[0];
  } finally {
    await client.end();
  }
}

describePg('the throwaway PostgreSQL cluster', () => {
  const freshDb = freshPgDatabases();

  it('starts a cluster of its own, answers on loopback, then stops leaving no process and no directory', async () => {
    const cluster = await startPgCluster();
    const pid = cluster.pid();
    try {
      expect(pid).not.toBeNull();
      expect(await scalar(cluster.url('postgres'), 'SHOW server_version_num')).toMatch(/^15/);
      expect(await scalar(cluster.url('postgres'), 'SHOW fsync')).toBe('off');
    } finally {
      cluster.stop();
    }
    expect(alive(pid ?? 0)).toBe(false);
    expect(existsSync(cluster.dir)).toBe(false);
    const leftovers = spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).stdout;
    expect(leftovers).not.toContain(cluster.dir);
  });

  it('gives each test a fresh, empty database of its own', async () => {
    const first = await freshDb();
    const second = await freshDb();
    expect(first).not.toBe(second);
    const client = new Client({ connectionString: first });
    await client.connect();
    await client.query('CREATE TABLE marker (id integer)');
    await client.end();
    expect(await scalar(first, "SELECT count(*)::int FROM pg_tables WHERE tablename = 'marker'")).toBe(1);
    expect(await scalar(second, "SELECT count(*)::int FROM pg_tables WHERE tablename = 'marker'")).toBe(0);
  });
});
