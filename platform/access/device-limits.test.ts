import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlatformError, platformRoutes, type PushResult } from '../../shared/platform-api/api';
import { startTempPlatform, type TempPlatform } from '../testing/temp-platform';
import { AT, entry, push, repairFixture, seedRegistry, upload } from '../testing/workflow-fixtures';
import { DEVICE_LIMITS } from './device-limits';

// Finding 9: one enrolled device (or a stolen device token) must not fill the platform's disk or hold its
// connections. Small limits here, so the test need not send a gigabyte.
const LIMITS = {
  ...DEVICE_LIMITS,
  entryBytes: 4096,
  unreferencedFiles: 2,
  unreferencedBytes: 10_000,
  feedStreams: 1,
};
let platform: TempPlatform;
let device: Awaited<ReturnType<TempPlatform['enrol']>>;
beforeEach(async () => {
  platform = await startTempPlatform({ now: () => new Date('2026-11-27T02:00:00Z'), deviceLimits: LIMITS });
  device = await platform.enrol();
});
afterEach(() => platform.dispose());

const check = (mutationId: number, checkId: string, note = ''): unknown =>
  entry(mutationId, 'check.recorded', {
    checkId,
    checkedAt: AT,
    verdict: 'proceed',
    evidence: { listEntries: [], note },
  });
const answers = (results: PushResult[]): string[] =>
  results.map((result) => (result.status === 'rejected' ? result.code : result.status));
const count = (sql: string): number => platform.db.prepare(sql).pluck().get() as number;

const put = (text: string, headers = device.headers): Promise<Response> =>
  fetch(`${platform.url}${platformRoutes.files}/${createHash('sha256').update(text).digest('hex')}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/octet-stream', ...headers },
    body: text,
  });

describe('per-device limits', () => {
  it('refuse an outbox entry over the size limit alone, in Chinese, and apply the rest of the push', async () => {
    const pushed = await push(platform.url, device.headers, [
      check(1, 'c-1'),
      check(2, 'c-2', '长'.repeat(2000)),
      check(3, 'c-3'),
    ]);
    expect(answers(pushed.results)).toEqual(['applied', 'ENTRY_TOO_LARGE', 'applied']);
    const refused = pushed.results[1];
    expect(refused?.status === 'rejected' && refused.message).toMatch(
      /^单条提交超过 4 KB 上限（本条 \d+ KB），市平台未接收/,
    );
    expect(count('SELECT count(*) FROM platform_checks')).toBe(2);
    // Not recorded: the same entry is refused the same way again, never half-taken.
    expect(count('SELECT count(*) FROM device_mutations WHERE mutation_id = 2')).toBe(0);
    expect(
      answers((await push(platform.url, device.headers, [check(2, 'c-2', '长'.repeat(2000))])).results),
    ).toEqual(['ENTRY_TOO_LARGE']);
  });

  it('bound the files a device uploaded that nothing refers to, until an entry refers to them', async () => {
    seedRegistry(platform.db);
    const first = await upload(platform.url, device.headers, '申请表（扫描件）');
    await upload(platform.url, device.headers, '营业执照（扫描件）');
    // The same bytes again cost nothing: taken.
    expect((await put('申请表（扫描件）')).status).toBe(200);
    const refused = await put('第三个文件');
    expect(refused.status).toBe(413);
    expect(PlatformError.parse(await refused.json())).toEqual({
      code: 'FILE_QUOTA_EXCEEDED',
      message:
        '本设备已上传但尚未被任何提交引用的文件已达上限，请先完成同步：上限 2 个、10 KB，现有 2 个、1 KB',
    });
    // Another device has its own allowance.
    const other = await platform.enrol('另一台');
    expect((await put('第三个文件', other.headers)).status).toBe(200);

    // An applied application that attaches the first file frees its place.
    const application = repairFixture({
      attachments: [
        { sha256: first, name: '申请表.pdf', mime: 'application/pdf', size: 10, kind: 'application-form' },
      ],
    });
    expect(
      answers((await push(platform.url, device.headers, [entry(1, 'repair.created', application)])).results),
    ).toEqual(['applied']);
    expect((await put('第四个文件')).status).toBe(200);
    expect((await put('第五个文件')).status).toBe(413);
  });

  // 90 s: the 40,000 rows below go in one statement at a time, a round trip each on PostgreSQL.
  it('bound the feed streams a device holds open at once (429 with Retry-After), freeing the slot after', async () => {
    // Enough rows that a stream left unread stays open: the platform waits for the reader (backpressure).
    const insert = platform.db.prepare(
      `INSERT INTO subjects (id, name, identifier, identifier_kind, kind, region_code, status, updated_at)
       VALUES (?, '平顶山市测试商贸有限公司', ?, 'uscc', 'legal-person', '410402', 'active', ?)`,
    );
    platform.db.transaction(() => {
      for (let n = 0; n < 40_000; n += 1) insert.run(`s-${n}`, `91410400MA${String(n).padStart(8, '0')}`, AT);
    })();
    const held = await fetch(`${platform.url}${platformRoutes.tableRows}/subjects`, {
      headers: device.headers,
    });
    expect(held.status).toBe(200);
    const second = await fetch(`${platform.url}${platformRoutes.changes}?after=0`, {
      headers: device.headers,
    });
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).toBe('5');
    expect(PlatformError.parse(await second.json())).toEqual({
      code: 'STREAMS_EXCEEDED',
      message: '本设备同时进行的数据下载过多，请稍后重试：每台设备最多 1 个',
    });
    // Another device is not held back.
    const other = await platform.enrol('另一台');
    const theirs = await fetch(`${platform.url}${platformRoutes.changes}?after=0`, {
      headers: other.headers,
    });
    expect(theirs.status).toBe(200);
    await theirs.text();
    // Once the first stream is read to its end, the device may open another.
    // (the slot is given back as the last chunk is written, before the reader sees the end).
    await held.text();
    const again = await fetch(`${platform.url}${platformRoutes.changes}?after=0`, {
      headers: device.headers,
    });
    expect(again.status).toBe(200);
    await again.text();
  }, 90_000);
});
