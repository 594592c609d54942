import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENESIS_HASH, type ChainEntry, type HashedEntry } from '../../node-shared/audit/chain';
import { hashAll } from '../../node-shared/audit/chain.fixtures';
import { AuditChainHead, platformRoutes, PushResponse } from '../../shared/platform-api/api';
import { countEvidence } from '../outbox/evidence.repo';
import { startTempPlatform, type TempPlatform } from '../testing/temp-platform';
import { auditStatusCli } from './audit-status-cli';

// The platform verifies each device's chain as its entries arrive, over real HTTP and a real database.

let platform: TempPlatform;
beforeAll(async () => {
  platform = await startTempPlatform({ now: () => new Date('2026-12-02T02:00:00Z') });
});
afterAll(() => platform.dispose());

const entry = (seq: number): ChainEntry => ({
  seq,
  at: `2026-12-02T10:${String(seq).padStart(2, '0')}:00.000+08:00`,
  actor: '王芳（wangfang）',
  action: 'check.run',
  targetType: 'check',
  targetId: `check-${seq}`,
  caseNumber: `SP-2026-${seq}`,
  purpose: '101 企业设立登记',
  detail: { verdict: 'proceed', found: true, measures: ['M1', 'M2'] },
});

/** The chain as appendAudit sends it: each payload with its hash and the hash before it. */
const chain = (count: number): (HashedEntry & { prevHash: string })[] =>
  hashAll(Array.from({ length: count }, (_, index) => entry(index + 1))).map((hashed, index, all) => ({
    ...hashed,
    prevHash: index === 0 ? GENESIS_HASH : (all[index - 1] as HashedEntry).hash,
  }));

type Device = { headers: Record<string, string>; deviceId: string; mutationId: number };

async function device(): Promise<Device> {
  const enrolled = await platform.enrol();
  return { headers: enrolled.headers, deviceId: enrolled.deviceId, mutationId: 0 };
}

async function push(to: Device, payloads: readonly unknown[]): Promise<PushResponse> {
  const entries = payloads.map((payload) => {
    to.mutationId += 1;
    return { mutationId: to.mutationId, kind: 'audit.appended', createdAt: entry(1).at, payload };
  });
  const response = await fetch(`${platform.url}${platformRoutes.outbox}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...to.headers },
    body: JSON.stringify({ entries }),
  });
  expect(response.status).toBe(200);
  return PushResponse.parse(await response.json());
}

async function status(of: Device): Promise<AuditChainHead> {
  const response = await fetch(`${platform.url}${platformRoutes.auditChain}`, { headers: of.headers });
  expect(response.status).toBe(200);
  return AuditChainHead.parse(await response.json());
}

describe('audit chain verification at the platform', () => {
  it('confirms a good chain across pushes, takes a resend as harmless, and needs a device token', async () => {
    const good = await device();
    const links = chain(6);
    await push(good, links.slice(0, 4));
    expect(await status(good)).toMatchObject({
      confirmedSeq: 4,
      confirmedHash: links[3]?.hash,
      broken: null,
    });
    // The same entry again under a new mutation id (a client that lost its outbox answer) is not a break.
    await push(good, [links[3], ...links.slice(4)]);
    expect(await status(good)).toMatchObject({
      deviceId: good.deviceId,
      confirmedSeq: 6,
      confirmedHash: links[5]?.hash,
      broken: null,
      received: 7,
    });
    const anonymous = await fetch(`${platform.url}${platformRoutes.auditChain}`);
    expect(anonymous.status).toBe(401);
  });

  it('detects an altered entry and still stores every entry', async () => {
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
    expect(head).toMatchObject({ confirmedSeq: 2, broken: { seq: 3, reason: 'altered' } });
    expect(head.broken?.message).toContain('第 3 条');
  });

  it('detects a removed entry', async () => {
    const removed = await device();
    const links = chain(5);
    await push(removed, [...links.slice(0, 2), ...links.slice(3)]);
    expect(await status(removed)).toMatchObject({
      confirmedSeq: 2,
      broken: { seq: 3, reason: 'removed' },
      received: 4,
    });
  });

  it('detects reordered entries, whether sent out of order or renumbered into place', async () => {
    const swapped = await device();
    const links = chain(5);
    await push(swapped, [links[0], links[1], links[3], links[2], links[4]]);
    expect(await status(swapped)).toMatchObject({ confirmedSeq: 2, broken: { seq: 3, reason: 'reordered' } });

    // Seqs exchanged so they look in order: the renumbered entry no longer hashes to its hash.
    const renumbered = await device();
    const third = links[2] as HashedEntry;
    const fourth = links[3] as HashedEntry;
    await push(renumbered, [links[0], links[1], { ...fourth, seq: 3 }, { ...third, seq: 4 }, links[4]]);
    expect(await status(renumbered)).toMatchObject({
      confirmedSeq: 2,
      broken: { seq: 3, reason: 'altered' },
    });
  });

  it('detects an inserted entry and a chain recomputed after an entry was confirmed', async () => {
    const inserted = await device();
    const links = chain(4);
    await push(inserted, links.slice(0, 3));
    const forged = hashAll([{ ...entry(1), actor: '伪造' }, entry(2)]);
    await push(inserted, [{ ...forged[1], prevHash: forged[0]?.hash }]);
    expect(await status(inserted)).toMatchObject({ confirmedSeq: 3, broken: { seq: 2, reason: 'inserted' } });

    // Entry 2 changed on the client and everything after it re-hashed: 3 no longer follows the confirmed 2.
    const recomputed = await device();
    await push(recomputed, links.slice(0, 2));
    const rewritten = hashAll([entry(1), { ...entry(2), purpose: '改过' }, entry(3)]);
    await push(recomputed, [{ ...rewritten[2], prevHash: rewritten[1]?.hash }]);
    expect(await status(recomputed)).toMatchObject({
      confirmedSeq: 2,
      broken: { seq: 3, reason: 'altered' },
    });
  });

  it('keeps the first break only, and reports every device in --audit-status', async () => {
    const twice = await device();
    const links = chain(6);
    await push(twice, [links[0], links[2]]); // 2 missing
    await push(twice, [{ ...links[3], actor: 'x' }]);
    expect(await status(twice)).toMatchObject({ confirmedSeq: 1, broken: { seq: 2, reason: 'removed' } });

    const report = auditStatusCli(platform.db);
    expect(report.broken).toBe(true);
    expect(report.text).toContain('完整，已确认至第 6 条');
    expect(report.text).toContain('断链：审计日志第 2 条记录缺失');
  });

  it('does not verify entries from before the chain and anchors at the first chained one', async () => {
    const upgraded = await device();
    const links = chain(5);
    await push(upgraded, [{ at: entry(1).at, action: 'check.run', actor: '窗口人员' }]);
    expect(await status(upgraded)).toMatchObject({ confirmedSeq: 0, broken: null, received: 1 });
    await push(upgraded, links.slice(3));
    expect(await status(upgraded)).toMatchObject({ confirmedSeq: 5, broken: null });
  });
});
