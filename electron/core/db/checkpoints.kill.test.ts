import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../node-shared/db/connection';
import { bundleForNode } from '../../../node-shared/testing/bundle';
import { newCacheKey, tempDir } from '../testing/temp-core';
import { DATABASE_FILE } from './open-cache';

// Commits racing the checkpoint thread, killed with SIGKILL: whatever moment the kill falls on (a commit, a copy
// into the database, the WAL starting over), every commit that returned is found after, and the file is whole.
const ROOT = resolve(__dirname, '..', '..', '..');
const work = tempDir('ccw-checkpoint-kill-');
const child = join(work.path, 'checkpoints-child.cjs');

beforeAll(async () => {
  await bundleForNode(join(__dirname, 'testing', 'checkpoints-child.ts'), child);
}, 60_000);
afterAll(() => work.remove());

/** Runs the child until it has printed `commits` rows (several checkpoints' worth), kills it, returns the last. */
function runAndKill(file: string, key: string, commits: number): Promise<number> {
  const process_ = spawn(process.execPath, [child], {
    env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules'), CCW_CACHE_FILE: file, CCW_CACHE_KEY: key },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let last = 0;
  let pending = '';
  process_.stdout.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) last = Number(line);
    if (last >= commits) process_.kill('SIGKILL');
  });
  return new Promise((done) => process_.on('exit', () => done(last)));
}

describe('checkpoints, killed', () => {
  it.each([300, 1200, 2500])('keeps every returned commit when killed after %i of them', async (commits) => {
    const dir = join(work.path, `run-${commits}`);
    const file = join(dir, DATABASE_FILE);
    const key = newCacheKey();
    mkdirSync(dir);
    const db = openDatabase(file, { key });
    db.exec('CREATE TABLE filler (n INTEGER PRIMARY KEY, body BLOB)');
    db.close();
    const last = await runAndKill(file, key, commits);
    expect(last).toBeGreaterThanOrEqual(commits);
    const after = openDatabase(file, { key });
    expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
    const kept = after.prepare('SELECT count(*) AS rows, max(n) AS top FROM filler').get() as {
      rows: number;
      top: number;
    };
    after.close();
    // Rows 1…top with no gap, and at least every row printed before the kill.
    expect(kept.rows).toBe(kept.top);
    expect(kept.top).toBeGreaterThanOrEqual(last);
  });
});
