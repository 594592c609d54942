// Per-query cost of the synchronous PostgreSQL engine against pg used directly (async, same connection kind)
// and better-sqlite3, on a throwaway cluster. Indicative only (a shared machine). Run:
//   npm run bench:pg-engine [-- queries]   (bundles this to dist/pg-engine/ next to a copy of the worker)
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { openPgDatabase } from '../db/pg/engine';
import { startPgCluster } from './pg-cluster';

const perQueryUs = (started: bigint, count: number): string =>
  (Number(process.hrtime.bigint() - started) / 1_000 / count).toFixed(1);

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 5_000);
  const cluster = await startPgCluster();
  try {
    const url = cluster.url('postgres');
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query('CREATE TABLE kv (k integer PRIMARY KEY, v text)');
    await client.query("INSERT INTO kv SELECT g, 'value ' || g FROM generate_series(1, 1000) g");
    let started = process.hrtime.bigint();
    for (let i = 0; i < count; i++) await client.query('SELECT v FROM kv WHERE k = $1', [(i % 1000) + 1]);
    const pgAsync = perQueryUs(started, count);
    await client.end();

    const db = openPgDatabase(url);
    const get = db.prepare('SELECT v FROM kv WHERE k = ?');
    started = process.hrtime.bigint();
    for (let i = 0; i < count; i++) get.get((i % 1000) + 1);
    const facade = perQueryUs(started, count);
    const insert = db.prepare('INSERT INTO kv (k, v) VALUES (?, ?)');
    started = process.hrtime.bigint();
    db.transaction(() => {
      for (let i = 0; i < count; i++) insert.run(10_000 + i, 'x');
    })();
    const facadeInsert = perQueryUs(started, count);
    db.close();

    const sqlite = new Database(':memory:');
    sqlite.exec(`CREATE TABLE kv (k integer PRIMARY KEY, v text);
      WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 1000)
      INSERT INTO kv SELECT n, 'value ' || n FROM g`);
    const sqliteGet = sqlite.prepare('SELECT v FROM kv WHERE k = ?');
    started = process.hrtime.bigint();
    for (let i = 0; i < count; i++) sqliteGet.get((i % 1000) + 1);
    const sqliteUs = perQueryUs(started, count);
    sqlite.close();

    console.log(`queries: ${count} (point SELECT by primary key; INSERT in one transaction)`);
    console.log(`pg, async, awaited one by one:   ${pgAsync} µs/query`);
    console.log(`engine (synchronous facade):     ${facade} µs/query`);
    console.log(`engine INSERT in a transaction:  ${facadeInsert} µs/query`);
    console.log(`better-sqlite3 (in memory):      ${sqliteUs} µs/query`);
  } finally {
    cluster.stop();
  }
}

void main();
