import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { startPlatform } from '../../platform/start-platform';
import { toFeedRow, upsertRows } from '../../platform/registry/registry.repo';
import { makeSubject, makeUscc } from '../../electron/core/testing/fixtures';
import { syntheticOrgCode } from '../../platform/generate/synthetic/identifiers';
import { publishRepairablePenalty } from '../../integration/testing/records';
import { CLERK, UNIT, WORKFLOW_OPS, REPAIR_SUBJECT, repairRecordId } from './plan';

// The campaign's platform: the real reference platform on a fixed loopback port, in a process of its own, on
// the same folder each time it is started again after a kill, in demo mode (the campaign's checks are of demo
// companies). At its first start it creates the clerk (of the campaign's office), the repairable penalties the
// planned repairs are about, and an enrolment code for that office (CODE=…). While it runs it keeps
// publishing new companies, so that every pull has something to apply; a line "quiet" on stdin stops that.

export type PlatformArgs = { dataDir: string; port: number; init: boolean };

const FEED_BATCH = 60;
const FEED_EVERY_MS = 150;

export async function runPlatform(args: PlatformArgs): Promise<void> {
  const running = await startPlatform({
    dataDir: args.dataDir,
    port: args.port,
    host: '127.0.0.1',
    resourcesDir: join(process.cwd(), 'resources'),
    withDemo: true,
    log: false,
  });
  if (args.init) {
    await running.addUser({ ...CLERK, role: 'clerk' });
    running.db.transaction(() => {
      for (let index = 0; index < WORKFLOW_OPS; index += 1)
        publishRepairablePenalty(running.db, repairRecordId(index), REPAIR_SUBJECT.id);
    })();
    process.stdout.write(`CODE=${running.issueCode(UNIT)}\n`);
  }
  let published = running.db
    .prepare("SELECT count(*) FROM subjects WHERE id LIKE 'crash-feed-%'")
    .pluck()
    .get() as number;
  const feed = setInterval(() => {
    upsertRows(
      running.db,
      'subjects',
      Array.from({ length: FEED_BATCH }, (_, offset) => {
        const n = published + offset;
        return toFeedRow(
          makeSubject(
            `crash-feed-${n}`,
            `平顶山市断电测试第${n}号商贸有限公司`,
            makeUscc(syntheticOrgCode(n + 5000)),
          ),
        );
      }),
    );
    published += FEED_BATCH;
  }, FEED_EVERY_MS);
  createInterface({ input: process.stdin }).on('line', (line) => {
    if (line.trim() === 'quiet') clearInterval(feed);
  });
  process.on('SIGTERM', () => {
    clearInterval(feed);
    void running.close().then(() => process.exit(0));
  });
  process.stdout.write(`PLATFORM_URL=${running.url}\n`);
}
