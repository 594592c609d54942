import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainHash } from '../../node-shared/audit/chain';
import { startTempPlatform, type TempPlatform } from '../testing/temp-platform';
import { auditStatusCli } from './audit-status-cli';
import * as fixtures from './testing/chain-push';
import { at, breaksOf, chain, entry, type Device, type Link } from './testing/chain-push';

// One tampering must not hide another: a device's outbox carrying two separate tamperings, pushed through the
// real outbox route into a real database, shows both breaks at the route and in --audit-status; resends of what
// was already received add none; the chain goes on being verified after each break.

let platform: TempPlatform;
beforeAll(async () => {
  platform = await startTempPlatform({ now: () => new Date('2026-12-02T02:00:00Z') });
});
afterAll(() => platform.dispose());

const device = (name?: string) => fixtures.device(platform, name);
const push = (to: Device, payloads: readonly unknown[]) => fixtures.push(platform, to, payloads);
const status = (of: Device) => fixtures.status(platform, of);
const seqs = (links: readonly Link[], ...wanted: number[]): Link[] => wanted.map((seq) => at(links, seq));
const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, index) => from + index);

describe('every break in a device chain is found and shown', () => {
  it('an altered entry at 3 and a removed one at 7: both recorded, listed by the route and the CLI', async () => {
    const tampered = await device('叶县政务服务中心 9 号窗口');
    const links = chain(14);
    const altered = { ...at(links, 3), caseNumber: 'SP-2026-改' };
    await push(tampered, [...seqs(links, 1, 2), altered, ...seqs(links, 4, 5)]);
    await push(tampered, seqs(links, 6, 8, 9)); // 7 taken out of the outbox
    await push(tampered, seqs(links, ...range(10, 12)));

    const head = await status(tampered);
    expect(head.confirmedSeq).toBe(12);
    expect(head.breaks).toEqual([
      {
        seq: 3,
        reason: 'altered',
        message: '审计日志第 3 条记录的内容与哈希链不符，可能已被篡改',
        at: '2026-12-02T10:00:00.000+08:00',
      },
      {
        seq: 7,
        reason: 'removed',
        message: '审计日志第 7 条记录缺失，可能已被删除',
        at: '2026-12-02T10:00:00.000+08:00',
      },
    ]);
    expect(head.broken).toEqual(head.breaks[0]);

    // Resends of what was already received — the altered entry as sent, entries before, between and after the
    // breaks — are no break; nor are the entries that follow.
    await push(tampered, [at(links, 2), altered, at(links, 5), at(links, 8), at(links, 12)]);
    await push(tampered, seqs(links, 13, 14));
    const later = await status(tampered);
    expect(breaksOf(later)).toEqual([
      [3, 'altered'],
      [7, 'removed'],
    ]);
    expect(later).toMatchObject({ confirmedSeq: 14, received: 18 });

    const report = auditStatusCli(platform.db);
    expect(report.broken).toBe(true);
    const lines = report.text.split('\n');
    const at3 = lines.findIndex((line) => line.includes('叶县政务服务中心 9 号窗口'));
    expect(lines[at3]).toContain('断链 2 处（已核验至第 14 条）');
    expect(lines.slice(at3 + 1, at3 + 3)).toEqual([
      '\t· 审计日志第 3 条记录的内容与哈希链不符，可能已被篡改（2026-12-02 10:00 发现）',
      '\t· 审计日志第 7 条记录缺失，可能已被删除（2026-12-02 10:00 发现）',
    ]);
  });

  /** Sends 1..10 with 3 altered and the second tampering at 7 as `kind` says. */
  const secondTampering: Record<string, (links: Link[]) => unknown[][]> = {
    altered: (links) => [
      seqs(links, ...range(1, 6)),
      [{ ...at(links, 7), actor: '李四（lisi）' }],
      seqs(links, 8, 9, 10),
    ],
    removed: (links) => [seqs(links, ...range(1, 6)), seqs(links, 8, 9, 10)],
    reordered: (links) => [seqs(links, ...range(1, 6)), seqs(links, 8, 7, 9, 10)],
    inserted: (links) => {
      // An entry made up for seq 7 and chained after 6, sent once the real 7 was received.
      const forged = { ...entry(7), purpose: '补录' };
      const hash = chainHash(at(links, 6).hash, forged);
      return [
        seqs(links, ...range(1, 8)),
        [{ ...forged, hash, prevHash: at(links, 6).hash }],
        seqs(links, 9, 10),
      ];
    },
  };

  it.each(Object.keys(secondTampering))(
    'a later %s entry after an altered one is found too',
    async (kind) => {
      const tampered = await device();
      const links = chain(10);
      const pushes = secondTampering[kind]?.(links) ?? [];
      (pushes[0] as Link[])[2] = { ...at(links, 3), detail: { verdict: 'refuse' } };
      for (const payloads of pushes) await push(tampered, payloads);
      const head = await status(tampered);
      expect(breaksOf(head)).toEqual([
        [3, 'altered'],
        [7, kind],
      ]);
      expect(head.confirmedSeq).toBe(10);
    },
  );

  it('after a break, an entry chained on from an older entry is a break of its own', async () => {
    const forked = await device();
    const links = chain(6);
    // 3 altered; then a made-up 4 chained after 1, as if 2 and 3 never were; 5 and 6 as the client has them.
    const made = { ...entry(4), purpose: '补录' };
    const fork = { ...made, hash: chainHash(at(links, 1).hash, made), prevHash: at(links, 1).hash };
    await push(forked, [...seqs(links, 1, 2), { ...at(links, 3), actor: 'x' }, fork, ...seqs(links, 5, 6)]);
    expect(breaksOf(await status(forked))).toEqual([
      [3, 'altered'],
      [4, 'altered'],
      [5, 'altered'],
    ]);
  });

  it('an entry that is no readable link is a break, and the chain is verified on after it', async () => {
    const stripped = await device();
    const links = chain(6);
    await push(stripped, seqs(links, 1, 2));
    await push(stripped, [{ seq: 3, at: entry(3).at, action: 'check.run', actor: '王芳（wangfang）' }]);
    await push(stripped, seqs(links, 4, 5));
    await push(stripped, [{ ...at(links, 6), prevHash: at(links, 2).hash }]);
    expect(breaksOf(await status(stripped))).toEqual([
      [3, 'altered'],
      [6, 'altered'],
    ]);
  });

  it('finds the breaks a platform that kept only the first one left unchecked, on the next push', async () => {
    const old = await device();
    const links = chain(9);
    await push(old, [
      ...seqs(links, 1, 2),
      { ...at(links, 3), actor: 'x' },
      ...seqs(links, 4, 5),
      { ...at(links, 6), actor: 'y' },
      ...seqs(links, 7, 8),
    ]);
    // As such a platform left it: the first break, the head at the last link before it, the rest stored only.
    platform.db.prepare('DELETE FROM audit_chain_breaks WHERE device_id = ? AND seq > 3').run(old.deviceId);
    platform.db
      .prepare('UPDATE audit_chain_heads SET head_seq = 2, head_hash = ? WHERE device_id = ?')
      .run(at(links, 2).hash, old.deviceId);
    expect(breaksOf(await status(old))).toEqual([[3, 'altered']]);

    await push(old, [at(links, 9)]);
    const head = await status(old);
    expect(breaksOf(head)).toEqual([
      [3, 'altered'],
      [6, 'altered'],
    ]);
    expect(head.confirmedSeq).toBe(9);
    expect(
      platform.db
        .prepare('SELECT broken_seq, broken_reason FROM audit_chain_heads WHERE device_id = ?')
        .get(old.deviceId),
    ).toEqual({ broken_seq: 3, broken_reason: 'altered' });
  });
});
