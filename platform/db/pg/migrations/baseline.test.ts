import { Client } from 'pg';
import { expect, it } from 'vitest';
import type { Db } from '../../../../node-shared/db/connection';
import { describePg, freshPgDatabases } from '../../../testing/pg-databases';
import { platformPgMigrations } from './index';

/** The SQL of every migration, as the engine would run it, for a plain pg client. */
function migrationSql(): string {
  const statements: string[] = [];
  const recorder = { exec: (sql: string) => statements.push(sql) } as unknown as Db;
  platformPgMigrations.forEach((migration) => migration.up(recorder));
  return statements.join('\n');
}

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

async function migratedDatabase(freshDb: () => Promise<string>): Promise<string> {
  const url = await freshDb();
  const client = await connect(url);
  try {
    await client.query(`BEGIN; ${migrationSql()} COMMIT;`);
  } finally {
    await client.end();
  }
  return url;
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const DEVICE = ['d1', 'n', 'a'.repeat(64), '2026-12-07T10:00:00+08:00'];

describePg('the PostgreSQL baseline schema', () => {
  const freshDb = freshPgDatabases();

  it('keeps migrations in order, version == position', () => {
    platformPgMigrations.forEach((migration, index) => expect(migration.version).toBe(index + 1));
  });

  it('logs each write to a synced table with the row of its feed view, a tombstone for a changed key', async () => {
    const client = await connect(await migratedDatabase(freshDb));
    try {
      await client.query("INSERT INTO list_types VALUES ('LT1', '严重失信主体名单', 'serious', '发改委')");
      await client.query("UPDATE list_types SET code = 'LT2' WHERE code = 'LT1'");
      await client.query("DELETE FROM list_types WHERE code = 'LT2'");
      const { rows } = await client.query<{ seq: string; op: string; key: string; row: string | null }>(
        'SELECT seq, op, key, row FROM changes ORDER BY seq',
      );
      expect(rows.map(({ seq, op, key }) => [Number(seq), op, key])).toEqual([
        [1, 'upsert', 'LT1'],
        [2, 'delete', 'LT1'],
        [3, 'upsert', 'LT2'],
        [4, 'delete', 'LT2'],
      ]);
      expect(JSON.parse(rows[0]?.row ?? '')).toEqual({
        code: 'LT1',
        name: '严重失信主体名单',
        kind: 'serious',
        authority: '发改委',
      });
      await expect(client.query("UPDATE changes SET key = 'x'")).rejects.toThrow(
        'the change log is append-only',
      );
    } finally {
      await client.end();
    }
  });

  it('refuses what the SQLite schema refuses: bad JSON, unsorted categories, edits of evidence', async () => {
    const client = await connect(await migratedDatabase(freshDb));
    try {
      await client.query("INSERT INTO list_types VALUES ('LT1', 'n', 'red', 'a')");
      await client.query("INSERT INTO matter_categories VALUES ('b', 'B'), ('a', 'A')");
      const measure = (categories: string) =>
        client.query(
          `INSERT INTO measures (code, list_type, name, direction, measure_class, legal_basis, effective_from,
             matter_categories) VALUES ('M${categories.length}', 'LT1', 'n', 'punishment', 'c', 'l', '2024-01-01', $1)`,
          [categories],
        );
      await measure('["a","b"]');
      await expect(measure('["b","a"]')).rejects.toThrow('sorted, distinct array');
      await expect(measure('["a","zz"]')).rejects.toThrow('sorted, distinct array');
      await expect(client.query("DELETE FROM matter_categories WHERE code = 'a'")).rejects.toThrow(
        'a measure still names this matter category',
      );
      await client.query(
        'INSERT INTO devices (id, name, token_hash, enrolled_at) VALUES ($1, $2, $3, $4)',
        DEVICE,
      );
      const check = (id: string, payload: string) =>
        client.query(`INSERT INTO platform_checks VALUES ('d1', $1, 1, 't', 't', 't', $2)`, [id, payload]);
      await check('c1', '{"a":1}');
      await expect(check('c2', '{"a":')).rejects.toThrow('platform_checks_payload_check');
      await expect(client.query('DELETE FROM platform_checks')).rejects.toThrow(
        'platform_checks is append-only',
      );
    } finally {
      await client.end();
    }
  });

  it('lets only one of two connections file the same mutation: the second fails on the key', async () => {
    const url = await migratedDatabase(freshDb);
    const [first, second] = [await connect(url), await connect(url)];
    try {
      await first.query(
        'INSERT INTO devices (id, name, token_hash, enrolled_at) VALUES ($1, $2, $3, $4)',
        DEVICE,
      );
      const record = (client: Client) =>
        client.query(
          `INSERT INTO device_mutations (device_id, mutation_id, kind, status, result, received_at, fingerprint)
           VALUES ('d1', 7, 'check.recorded', 'applied', '{}', 't', 'f')`,
        );
      await first.query('BEGIN');
      await second.query('BEGIN');
      await record(first);
      const waiting = record(second).then(
        () => 'inserted',
        (error: { code?: string }) => error.code,
      );
      await pause(100);
      await first.query('COMMIT');
      expect(await waiting).toBe('23505');
      await second.query('ROLLBACK');
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
  });

  it('shows a reader every seq in order while writers commit out of order: none skipped, none twice', async () => {
    const url = await migratedDatabase(freshDb);
    const writers = await Promise.all([1, 2, 3, 4].map(() => connect(url)));
    const reader = await connect(url);
    const listener = await connect(url);
    let notified = 0;
    listener.on('notification', (message) => {
      if (message.channel === 'feed_changed') notified += 1;
    });
    await listener.query('LISTEN feed_changed');
    const PER_WRITER = 15;
    let writing = true;
    const seen: number[] = [];
    const readOnce = async (): Promise<void> => {
      const after = seen.at(-1) ?? 0;
      const { rows } = await reader.query<{ seq: string }>(
        'SELECT seq FROM changes WHERE seq > $1 ORDER BY seq',
        [after],
      );
      rows.forEach((row) => seen.push(Number(row.seq)));
    };
    try {
      const reading = (async () => {
        while (writing) {
          await readOnce();
          await pause(2);
        }
      })();
      // Each writer holds its transaction open a random while after its write, so without the feed lock a
      // later seq would regularly commit (and be read) before an earlier one.
      await Promise.all(
        writers.map(async (writer, w) => {
          for (let i = 0; i < PER_WRITER; i += 1) {
            await writer.query('BEGIN');
            await writer.query("INSERT INTO matter_categories VALUES ($1, '类别')", [`w${w}-${i}`]);
            await pause(Math.random() * 8);
            await writer.query(Math.random() < 0.1 ? 'ROLLBACK' : 'COMMIT');
          }
        }),
      );
      writing = false;
      await reading;
      await readOnce();
      const { rows } = await reader.query<{ seq: string }>('SELECT seq FROM changes ORDER BY seq');
      const stored = rows.map((row) => Number(row.seq));
      expect(seen).toEqual(stored);
      expect(new Set(seen).size).toBe(seen.length);
      await pause(100);
      expect(notified).toBeGreaterThan(0);
      expect(notified).toBeLessThanOrEqual(stored.length);
    } finally {
      writing = false;
      await Promise.all([...writers, reader, listener].map((client) => client.end()));
    }
  });
});
