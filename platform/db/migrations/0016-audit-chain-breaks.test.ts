import { describe, expect, it } from 'vitest';
import { migrate } from '../../../node-shared/db/migrate';
import { databasesAt } from '../../../node-shared/db/testing/fresh-db';
import { platformMigrations } from './index';

const version = platformMigrations.findIndex((migration) => migration.name === 'audit-chain-breaks') + 1;

const platformAt = databasesAt('platform.sqlite3', platformMigrations);

describe('platform migration audit-chain-breaks', () => {
  it('copies the break each device already had and keeps the head as it was', () => {
    const db = platformAt(version - 1);
    const device = db.prepare(
      "INSERT INTO devices (id, name, token_hash, enrolled_at, number) VALUES (?, ?, ?, 'now', ?)",
    );
    device.run('d1', '叶县窗口', 'a'.repeat(64), 1);
    device.run('d2', '舞钢窗口', 'b'.repeat(64), 2);
    const head = db.prepare(
      `INSERT INTO audit_chain_heads (device_id, head_seq, head_hash, broken_seq, broken_reason, broken_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, '2026-12-02T03:00:00.000Z')`,
    );
    head.run('d1', 2, 'c'.repeat(64), 3, 'altered', '2026-12-02T02:00:00.000Z');
    head.run('d2', 5, 'd'.repeat(64), null, null, null);

    expect(migrate(db, platformMigrations)).toMatchObject({ ok: true, value: { from: version - 1 } });
    expect(
      db.prepare('SELECT device_id, seq, reason, found_at, mutation_id FROM audit_chain_breaks').all(),
    ).toEqual([
      { device_id: 'd1', seq: 3, reason: 'altered', found_at: '2026-12-02T02:00:00.000Z', mutation_id: null },
    ]);
    expect(
      db.prepare("SELECT head_seq, broken_seq FROM audit_chain_heads WHERE device_id = 'd1'").get(),
    ).toEqual({
      head_seq: 2,
      broken_seq: 3,
    });

    const add = db.prepare(
      "INSERT INTO audit_chain_breaks (device_id, seq, reason, found_at, mutation_id) VALUES (?, ?, ?, 'now', 9)",
    );
    add.run('d1', 7, 'removed');
    expect(() => add.run('d1', 7, 'removed')).toThrow(/UNIQUE/);
    expect(() => add.run('d1', 8, 'vanished')).toThrow(/CHECK/);
    expect(() => add.run('nobody', 8, 'altered')).toThrow(/FOREIGN KEY/);
  });
});
