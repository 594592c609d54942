import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformRoutes, Snapshot, syncedTables, type SyncedTable } from '../../shared/platform-api/api';
import { tableHasher } from '../../shared/platform-api/checksum';
import { latestSeq } from './feed.repo';
import { deleteRows, upsertRows, readFeedRow } from '../registry/registry.repo';
import { replayFeed } from '../testing/feed-client';
import { startTempPlatform, type TempPlatform } from '../testing/temp-platform';

let platform: TempPlatform;
let headers: Record<string, string>;
beforeAll(async () => {
  platform = await startTempPlatform({ withDemo: true });
  ({ headers } = await platform.enrol());
});
afterAll(() => platform.dispose());

async function snapshot(): Promise<Snapshot> {
  const response = await fetch(`${platform.url}${platformRoutes.snapshot}`, { headers });
  return Snapshot.parse(await response.json());
}

/** The client's side of anti-entropy: hash what applying the whole feed left behind. */
async function hashesFromFeed(): Promise<{ seq: number; tables: Snapshot['tables'] }> {
  const replayed = await replayFeed(platform.url, headers);
  const tables = {} as Snapshot['tables'];
  for (const table of Object.keys(syncedTables) as SyncedTable[]) {
    const hasher = tableHasher();
    replayed.tables.get(table)?.forEach((row) => hasher.add(row));
    tables[table] = hasher.result();
  }
  return { seq: replayed.cursor, tables };
}

describe('snapshot', () => {
  it('equals the checksums recomputed from the rows the feed sent', async () => {
    const fromServer = await snapshot();
    expect(fromServer.seq).toBe(latestSeq(platform.db));
    expect(fromServer.tables.subjects.count).toBeGreaterThan(0);
    expect(fromServer.tables.measures.count).toBeGreaterThan(0);
    expect(fromServer).toEqual(await hashesFromFeed());
  });

  it('moves with every change and still equals the feed after updates and deletes', async () => {
    const before = await snapshot();
    const subjectId = platform.db
      .prepare('SELECT id FROM subjects ORDER BY id LIMIT 1')
      .pluck()
      .get() as string;
    const row = readFeedRow(platform.db, 'subjects', subjectId);
    upsertRows(platform.db, 'subjects', [{ ...row, grade: 'D' }]);
    const entryId = platform.db
      .prepare('SELECT id FROM list_entries ORDER BY id LIMIT 1')
      .pluck()
      .get() as string;
    deleteRows(platform.db, 'list_entries', [entryId]);
    const after = await snapshot();
    expect(after.tables.subjects.hash).not.toBe(before.tables.subjects.hash);
    expect(after.tables.list_entries.count).toBe(before.tables.list_entries.count - 1);
    expect(after.tables.matters).toEqual(before.tables.matters);
    expect(after).toEqual(await hashesFromFeed());
  });

  it('hashes text as the client does, quotes, control characters and characters outside the BMP included', async () => {
    const subjectId = platform.db
      .prepare('SELECT id FROM subjects ORDER BY id DESC LIMIT 1')
      .pluck()
      .get() as string;
    const row = readFeedRow(platform.db, 'subjects', subjectId);
    const odd = `引号"反斜杠\\${String.fromCharCode(1)}\b\f\n\r\t${String.fromCharCode(0x7f)}\u2028\u2029𠀀😀`;
    upsertRows(platform.db, 'subjects', [{ ...row, name: `${odd}有限公司`, address: odd }]);
    const fromServer = await snapshot();
    expect(fromServer).toEqual(await hashesFromFeed());
  });
});
