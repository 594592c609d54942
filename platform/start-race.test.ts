import { afterAll, expect, it } from 'vitest';
import { loadCatalogue } from '../node-shared/resources';
import { ruleTableIds } from '../shared/platform-api/api';
import { openPlatformDb } from './db/open-platform-db';
import { platformCli } from './testing/cli-bundle';
import { RESOURCES_DIR, tempDir } from './testing/temp-platform';

// Two platform processes (the shipped CLI) started at the same instant on one empty platform — one SQLite data
// directory, or one PostgreSQL database in the platform-pg project — both come up, and the catalogue, the rule
// tables and the demo accounts are seeded once: one change per catalogue row in the feed, no second copy.
const work = tempDir('ccw-start-race-');
afterAll(() => work.remove());

it('two processes starting together on an empty platform seed it once', async () => {
  const cli = await platformCli(work.path, work.path);
  const servers = await Promise.all([cli.serve(['--demo']), cli.serve(['--demo'])]);
  await Promise.all(servers.map((server) => server.stop()));

  const catalogue = loadCatalogue(RESOURCES_DIR);
  const db = openPlatformDb(work.path);
  try {
    const count = (sql: string, ...params: string[]): number =>
      Number((db.prepare(sql).get(...params) as { n: number | string }).n);
    expect(count('SELECT count(*) AS n FROM matters')).toBe(catalogue.matters.length);
    expect(count("SELECT count(*) AS n FROM changes WHERE tbl = 'matters'")).toBe(catalogue.matters.length);
    expect(count("SELECT count(*) AS n FROM changes WHERE tbl = 'subjects'")).toBe(
      count('SELECT count(*) AS n FROM subjects'),
    );
    expect(count('SELECT count(*) AS n FROM rule_tables')).toBe(ruleTableIds.length);
    expect(count("SELECT count(*) AS n FROM changes WHERE tbl = 'rule_tables'")).toBe(ruleTableIds.length);
  } finally {
    db.close();
  }
}, 120_000);
