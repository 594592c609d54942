import { spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Migration } from '../../../node-shared/db/migrate';
import { bundleForNode } from '../../../node-shared/testing/bundle';
import { describePg, freshPgDatabases } from '../../testing/pg-databases';
import { tempDir } from '../../testing/temp-platform';
import { openPgDatabase } from './engine';
import { EngineError } from './engine-errors';
import { migratePg } from './engine-migrate';

const ROOT = join(__dirname, '..', '..', '..');

const exitOf = (command: string, args: string[]): Promise<{ code: number | null; stderr: string }> =>
  new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('exit', (code) => resolve({ code, stderr }));
  });

const widgets: Migration = {
  version: 1,
  name: 'widgets',
  up: (db) => db.exec('CREATE TABLE widgets (id integer PRIMARY KEY)'),
};

describePg('migrations on PostgreSQL', () => {
  const freshDb = freshPgDatabases();

  it('brings a database to the newest version once, and refuses one written by a newer platform', async () => {
    const url = await freshDb();
    const db = openPgDatabase(url);
    try {
      migratePg(db, [widgets]);
      migratePg(db, [widgets]);
      expect(db.pragma('user_version', { simple: true })).toBe(1);
      db.transaction(() => db.pragma('user_version = 5'))();
      let caught: unknown;
      try {
        migratePg(db, [widgets]);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(EngineError);
      expect((caught as EngineError).code).toBe('DB_NEWER_THAN_APP');
      expect((caught as EngineError).message).toMatch(/高于本程序支持的版本/);
      expect(db.prepare('SELECT count(*) FROM pg_locks WHERE locktype = ?').pluck().get('advisory')).toBe(0);
    } finally {
      db.close();
    }
  });

  it('two processes starting together on one database migrate it once', async () => {
    const url = await freshDb();
    const dir = tempDir('ccw-pg-migrate-');
    try {
      const script = await bundleForNode(
        join(__dirname, '..', '..', 'testing', 'pg-migrate-child.ts'),
        join(dir.path, 'child.cjs'),
      );
      copyFileSync(join(__dirname, 'engine-worker.mjs'), join(dir.path, 'engine-worker.mjs'));
      const runs = await Promise.all([
        exitOf(process.execPath, [script, url]),
        exitOf(process.execPath, [script, url]),
      ]);
      expect(runs).toEqual([
        { code: 0, stderr: '' },
        { code: 0, stderr: '' },
      ]);
      const db = openPgDatabase(url);
      try {
        expect(db.prepare('SELECT count(*) FROM migration_runs').pluck().get()).toBe(1);
        expect(db.pragma('user_version', { simple: true })).toBe(1);
      } finally {
        db.close();
      }
    } finally {
      dir.remove();
    }
  });
});
