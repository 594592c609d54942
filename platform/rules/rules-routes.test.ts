import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlatformError, platformRoutes, ruleTableIds } from '../../shared/platform-api/api';
import { ruleTableFiles } from '../../shared/rules/rule-tables';
import { CommitmentRules } from '../../shared/commitment/rules';
import { latestSeq } from '../feed/feed.repo';
import { currentRuleTable } from './rule-tables';
import { startPlatform } from '../start-platform';
import { fetchPage } from '../testing/feed-client';
import { RESOURCES_DIR, startTempPlatform, tempDir, type TempPlatform } from '../testing/temp-platform';
import { basic } from '../testing/workflow-fixtures';

let platform: TempPlatform;
let device: Record<string, string>;
const admin = basic('admin', 'secret-123');
beforeAll(async () => {
  platform = await startTempPlatform({ now: () => new Date('2026-11-27T02:00:00Z') });
  ({ headers: device } = await platform.enrol());
  await platform.addUser({ username: 'admin', password: 'secret-123', role: 'admin' });
  await platform.addUser({ username: 'zhaolei', password: 'secret-123', role: 'supervisor' });
});
afterAll(() => platform.dispose());

const bundled = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(RESOURCES_DIR, 'rules', file), 'utf8')) as Record<string, unknown>;

const put = (id: string, body: unknown, headers = admin): Promise<Response> =>
  fetch(`${platform.url}${platformRoutes.rules}/${id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('rule tables', () => {
  it('are seeded from the bundled files at start and fed to clients with their content as JSON text', async () => {
    const page = await fetchPage(platform.url, device, 0);
    const rules = page.changes.filter((change) => change.table === 'rule_tables');
    expect(rules.map((change) => change.key).sort()).toEqual([...ruleTableIds].sort());
    const commitment = rules.find((change) => change.key === 'commitment-rules')?.row;
    const file = bundled('commitment-rules.json');
    expect(commitment).toMatchObject({ id: 'commitment-rules', version: file.version });
    expect(typeof commitment?.content).toBe('string');
    expect(JSON.parse(String(commitment?.content))).toEqual(file);
  });

  it('PUT by an admin stores a valid content and feeds it; the same content again changes nothing', async () => {
    const content = { ...bundled('commitment-rules.json'), version: '2', failurePublicationMonths: 24 };
    const before = latestSeq(platform.db);
    const response = await put('commitment-rules', { content });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: 'commitment-rules', version: '2', changed: true });
    expect(currentRuleTable(platform.db, 'commitment-rules')).toEqual(CommitmentRules.parse(content));
    const page = await fetchPage(platform.url, device, before);
    expect(page.changes).toHaveLength(1);
    expect(page.changes[0]).toMatchObject({ table: 'rule_tables', key: 'commitment-rules', op: 'upsert' });
    const again = await put('commitment-rules', { content });
    expect(await again.json()).toEqual({ id: 'commitment-rules', version: '2', changed: false });
    expect(latestSeq(platform.db)).toBe(before + 1);
  });

  it('refuses an invalid content with every problem named in Chinese, and keeps the table as it was', async () => {
    const before = currentRuleTable(platform.db, 'repair-regimes');
    const response = await put('repair-regimes', { content: { version: '9', regimes: 'none' } });
    expect(response.status).toBe(400);
    const error = PlatformError.parse(await response.json());
    expect(error.code).toBe('RULES_INVALID');
    expect(error.message).toMatch(/^信用修复制度与期限的内容不符合格式：.*regimes/);
    expect(currentRuleTable(platform.db, 'repair-regimes')).toEqual(before);
  });

  it('answer 403 to a non-admin, 404 to an unknown table and 400 to a body without content', async () => {
    const content = bundled('holiday-calendar.json');
    expect((await put('holiday-calendar', { content }, basic('zhaolei', 'secret-123'))).status).toBe(403);
    expect((await put('holiday-calendar', { content }, device)).status).toBe(401);
    const unknown = await put('tax-rates', { content });
    expect(unknown.status).toBe(404);
    expect(PlatformError.parse(await unknown.json()).code).toBe('RULE_TABLE_UNKNOWN');
    expect((await put('holiday-calendar', {})).status).toBe(400);
  });

  it('a restart seeds only the tables that are missing, keeping those set since', async () => {
    const dir = tempDir();
    try {
      const first = await startPlatform({
        dataDir: dir.path,
        port: 0,
        resourcesDir: RESOURCES_DIR,
        withDemo: false,
      });
      first.db.prepare("UPDATE rule_tables SET version = 'set-by-hand' WHERE id = 'repair-regimes'").run();
      first.db.prepare("DELETE FROM rule_tables WHERE id = 'holiday-calendar'").run();
      await first.close();
      const second = await startPlatform({
        dataDir: dir.path,
        port: 0,
        resourcesDir: RESOURCES_DIR,
        withDemo: false,
      });
      const versions = second.db.prepare('SELECT id, version FROM rule_tables ORDER BY id').all();
      await second.close();
      // Every table as bundled (the deleted one seeded again), but the one set since.
      expect(versions).toEqual(
        [...ruleTableIds].sort().map((id) => ({
          id,
          version: id === 'repair-regimes' ? 'set-by-hand' : bundled(ruleTableFiles[id]).version,
        })),
      );
    } finally {
      dir.remove();
    }
  });
});
