import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HashedEntry } from '../../node-shared/audit/chain';
import { hashAll } from '../../node-shared/audit/chain.fixtures';
import { platformRoutes } from '../../shared/platform-api/api';
import { countEvidence } from '../outbox/evidence.repo';
import { startTempPlatform, type TempPlatform } from '../testing/temp-platform';
import { auditStatusCli } from './audit-status-cli';
import * as fixtures from './testing/chain-push';
import { at, breaksOf, chain, entry, type Device } from './testing/chain-push';

// The platform verifies each device's chain as its entries arrive, over real HTTP and a real database.

let platform: TempPlatform;
beforeAll(async () => {
  platform = await startTempPlatform({ now: () => new Date('2026-12-02T02:00:00Z') });
});
afterAll(() => platform.dispose());

const device = () => fixtures.device(platform);
const push = (to: Device, payloads: readonly unknown[]) => fixtures.push(platform, to, payloads);
const status = (of: Device) => fixtures.status(platform, of);

describe('audit chain verification at the platform', () => {
  it('confirms a good chain across pushes, takes a resend as harmless, and needs a device token', async () => {
    const good = await device();
    const links = chain(6);
    await push(good, links.slice(0, 4));
    expect(await status(good)).toMatchObject({
      confirmedSeq: 4,
      confirmedHash: links[3]?.hash,
      broken: null,
      breaks: [],
    });
    // The same entry again under a new mutation id (a client that lost its outbox answer) is not a break.
    await push(good, [links[3], ...links.slice(4)]);
    expect(await status(good)).toMatchObject({
      deviceId: good.deviceId,
      confirmedSeq: 6,
      confirmedHash: links[5]?.hash,
      broken: null,
      breaks: [],
      received: 7,
    });
    const anonymous = await fetch(`${platform.url}${platformRoutes.auditChain}`);
    expect(anonymous.status).toBe(401);
  });

  it('detects an altered entry, still stores every entry, and goes on verifying after it', async () => {
    const altered = await device();
    const links = chain(5);
    const before = countEvidence(platform.db, 'platform_audit');
    const results = await push(altered, [
      ...links.slice(0, 2),
      { ...links[2], actor: '李四（lisi）' },
      ...links.slice(3),
    ]);
    expect(results.results.every((result) => result.status === 'applied')).toBe(true);
    expect(countEvidence(platform.db, 'platform_audit') - before).toBe(5);
    const head = await status(altered);
    expect(head).toMatchObject({ confirmedSeq: 5, broken: { seq: 3, reason: 'altered' } });
    expect(breaksOf(head)).toEqual([[3, 'altered']]);
    expect(head.broken?.message).toContain('第 3 条');
  });

  it('detects a removed entry', async () => {
    const removed = await device();
    const links = chain(5);
    await push(removed, [...links.slice(0, 2), ...links.slice(3)]);
    const head = await status(removed);
    expect(head).toMatchObject({ confirmedSeq: 5, broken: { seq: 3, reason: 'removed' }, received: 4 });
    expect(breaksOf(head)).toEqual([[3, 'removed']]);
  });

  it('detects reordered entries, whether sent out of order or renumbered into place', async () => {
    const swapped = await device();
    const links = chain(5);
    await push(swapped, [links[0], links[1], links[3], links[2], links[4]]);
    const head = await status(swapped);
    expect(head).toMatchObject({ confirmedSeq: 5, broken: { seq: 3, reason: 'reordered' } });
    expect(breaksOf(head)).toEqual([[3, 'reordered']]);

    // Seqs exchanged so they look in order: neither renumbered entry hashes to its hash; the one after them
    // links again and is no break.
    const renumbered = await device();
    const third = links[2] as HashedEntry;
    const fourth = links[3] as HashedEntry;
    await push(renumbered, [links[0], links[1], { ...fourth, seq: 3 }, { ...third, seq: 4 }, links[4]]);
    expect(breaksOf(await status(renumbered))).toEqual([
      [3, 'altered'],
      [4, 'altered'],
    ]);
  });

  it('detects an inserted entry and a chain recomputed after an entry was confirmed', async () => {
    const inserted = await device();
    const links = chain(4);
    await push(inserted, links.slice(0, 3));
    const forged = hashAll([{ ...entry(1), actor: '伪造' }, entry(2)]);
    await push(inserted, [{ ...forged[1], prevHash: forged[0]?.hash }]);
    expect(await status(inserted)).toMatchObject({ confirmedSeq: 3, broken: { seq: 2, reason: 'inserted' } });
    // An entry already received, sent again with its content changed under the same hash.
    await push(inserted, [{ ...at(links, 3), purpose: '改过' }, at(links, 4)]);
    const head = await status(inserted);
    expect(head.confirmedSeq).toBe(4);
    expect(breaksOf(head)).toEqual([
      [2, 'inserted'],
      [3, 'altered'],
    ]);

    // Entry 2 changed on the client and everything after it re-hashed: 3 no longer follows the confirmed 2.
    const recomputed = await device();
    await push(recomputed, links.slice(0, 2));
    const rewritten = hashAll([entry(1), { ...entry(2), purpose: '改过' }, entry(3)]);
    await push(recomputed, [{ ...rewritten[2], prevHash: rewritten[1]?.hash }]);
    expect(await status(recomputed)).toMatchObject({
      confirmedSeq: 3,
      broken: { seq: 3, reason: 'altered' },
    });
  });

  it('reports every device in --audit-status, each break on a line of its own', async () => {
    const twice = await device();
    const links = chain(6);
    await push(twice, [links[0], links[2]]); // 2 missing
    await push(twice, [{ ...links[3], actor: 'x' }]);
    expect(breaksOf(await status(twice))).toEqual([
      [2, 'removed'],
      [4, 'altered'],
    ]);

    const report = auditStatusCli(platform.db);
    expect(report.broken).toBe(true);
    expect(report.text).toContain('完整，已确认至第 6 条');
    expect(report.text).toContain('断链 2 处（已核验至第 4 条）');
    expect(report.text).toContain('· 审计日志第 2 条记录缺失，可能已被删除（2026-12-02 10:00 发现）');
    expect(report.text).toContain('· 审计日志第 4 条记录的内容与哈希链不符');
  });

  it('does not verify entries from before the chain and anchors at the first chained one', async () => {
    const upgraded = await device();
    const links = chain(5);
    await push(upgraded, [{ at: entry(1).at, action: 'check.run', actor: '窗口人员' }]);
    expect(await status(upgraded)).toMatchObject({ confirmedSeq: 0, broken: null, received: 1 });
    await push(upgraded, links.slice(3));
    expect(await status(upgraded)).toMatchObject({ confirmedSeq: 5, broken: null, breaks: [] });
  });
});
