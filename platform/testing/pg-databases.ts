import { Client } from 'pg';
import { afterEach, describe, inject } from 'vitest';

let counter = 0;

/** A database name of our own making: letters, digits and underscores only, unique in this run. */
export const uniqueDatabaseName = (prefix: string): string =>
  `${prefix}_${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`;

/** Runs one statement on the cluster's `postgres` database (creating and dropping databases). */
async function admin(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The URL of another database on the cluster of `adminUrl`. */
export const databaseUrl = (adminUrl: string, database: string): string => {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

/**
 * describe() for tests that need the run's PostgreSQL cluster (platform/testing/pg-global-setup.ts); without
 * one the suite is skipped with the reason in its name, so the output says why.
 */
export function describePg(name: string, body: () => void): void {
  const pg = inject('pg');
  if (pg.available) describe(name, body);
  else describe.skip(`${name}（跳过：${pg.reason}）`, body);
}

/**
 * For a test on PostgreSQL: a function that makes a fresh, empty database (a copy of the run's empty template,
 * which takes tens of milliseconds) and returns its URL; each is dropped after the test that made it, any
 * connection still open on it closed by force.
 */
export function freshPgDatabases(): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    const pg = inject('pg');
    if (!pg.available) return;
    for (const name of made.splice(0))
      await admin(pg.adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
  return async () => {
    const pg = inject('pg');
    if (!pg.available) throw new Error(pg.reason);
    const name = uniqueDatabaseName('t');
    await admin(pg.adminUrl, `CREATE DATABASE ${name} TEMPLATE ${pg.template}`);
    made.push(name);
    return databaseUrl(pg.adminUrl, name);
  };
}
