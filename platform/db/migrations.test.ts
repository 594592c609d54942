import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../node-shared/db/connection';
import { migrate, schemaVersion } from '../../node-shared/db/migrate';
import { tempDir } from '../testing/temp-platform';
import { platformMigrations } from './migrations';
import { openPlatformDb } from './open-platform-db';

let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((fn) => fn());
  cleanup = [];
});

function freshDb(): { db: Db; dir: string } {
  const dir = tempDir();
  const db = openDatabase(join(dir.path, 'platform.sqlite3'));
  cleanup.push(() => {
    if (db.open) db.close();
    dir.remove();
  });
  return { db, dir: dir.path };
}

const changes = (db: Db): { tbl: string; op: string; key: string; row: unknown }[] =>
  (
    db.prepare('SELECT tbl, op, key, row FROM changes ORDER BY seq').all() as {
      tbl: string;
      op: string;
      key: string;
      row: string | null;
    }[]
  ).map((change) => ({ ...change, row: change.row === null ? null : (JSON.parse(change.row) as unknown) }));

const seedCatalogue = (db: Db): void => {
  db.exec(`
    INSERT INTO matter_categories (code, name) VALUES ('A', '行政许可'), ('B', '政府采购');
    INSERT INTO list_types (code, name, kind, authority) VALUES ('L1', '失信被执行人', 'serious', '法院');
  `);
};

const insertSubject = (db: Db, id = 's1'): void => {
  db.prepare(
    `INSERT INTO subjects (id, name, identifier, identifier_kind, kind, region_code, status, updated_at)
     VALUES (?, '平顶山市鹰城建设工程有限公司', ?, 'uscc', 'legal-person', '410400', 'active', '2026-11-01T00:00:00.000Z')`,
  ).run(id, `91410400MA000000${id}`);
};

describe('platform migrations', () => {
  it('are numbered 1..n in order', () => {
    expect(platformMigrations.map((migration) => migration.version)).toEqual(
      platformMigrations.map((_, index) => index + 1),
    );
  });

  it('build a fresh database to the latest version, WAL and foreign keys on, and a second run changes nothing', () => {
    const { db } = freshDb();
    expect(migrate(db, platformMigrations)).toEqual({
      ok: true,
      value: { from: 0, to: platformMigrations.length },
    });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(migrate(db, platformMigrations)).toEqual({
      ok: true,
      value: { from: platformMigrations.length, to: platformMigrations.length },
    });
  });

  it('refuse a database newer than the platform and leave it untouched', () => {
    const { db, dir } = freshDb();
    migrate(db, platformMigrations);
    db.pragma(`user_version = ${platformMigrations.length + 1}`);
    db.close();
    expect(() => openPlatformDb(dir)).toThrow(/版本/);
    const reopened = openDatabase(join(dir, 'platform.sqlite3'));
    cleanup.push(() => reopened.close());
    expect(schemaVersion(reopened)).toBe(platformMigrations.length + 1);
  });

  it('each upgrade from any earlier version reaches the latest', () => {
    for (let from = 0; from < platformMigrations.length; from += 1) {
      const { db } = freshDb();
      migrate(db, platformMigrations.slice(0, from));
      expect(migrate(db, platformMigrations)).toEqual({
        ok: true,
        value: { from, to: platformMigrations.length },
      });
    }
  });

  describe('1 synced-tables', () => {
    it('logs every insert, update and delete in the same statement, with the row as the feed carries it', () => {
      const { db } = freshDb();
      migrate(db, platformMigrations.slice(0, 1));
      seedCatalogue(db);
      insertSubject(db);
      db.prepare("UPDATE subjects SET grade = 'A' WHERE id = 's1'").run();
      db.prepare("DELETE FROM subjects WHERE id = 's1'").run();
      const logged = changes(db).filter((change) => change.tbl === 'subjects');
      expect(logged.map((change) => change.op)).toEqual(['upsert', 'upsert', 'delete']);
      expect(logged[1]?.row).toEqual({
        id: 's1',
        name: '平顶山市鹰城建设工程有限公司',
        identifier: '91410400MA000000s1',
        identifier_kind: 'uscc',
        kind: 'legal-person',
        region_code: '410400',
        legal_representative: null,
        registered_on: null,
        address: null,
        status: 'active',
        grade: 'A',
        updated_at: '2026-11-01T00:00:00.000Z',
      });
      expect(logged[2]).toEqual({ tbl: 'subjects', op: 'delete', key: 's1', row: null });
    });

    it('rolls the change back with a failed write: no change without its row', () => {
      const { db } = freshDb();
      migrate(db, platformMigrations.slice(0, 1));
      expect(() =>
        db
          .prepare("INSERT INTO matters (code, name, category, department) VALUES ('M1', 'x', 'NOPE', 'd')")
          .run(),
      ).toThrow(/FOREIGN KEY/);
      expect(changes(db)).toEqual([]);
    });

    it('leaves tombstones for cascaded children and for a key that changes', () => {
      const { db } = freshDb();
      migrate(db, platformMigrations.slice(0, 1));
      seedCatalogue(db);
      insertSubject(db);
      db.exec(`INSERT INTO list_entries (id, subject_id, list_type, listed_on, listing_unit, reason, status)
               VALUES ('e1', 's1', 'L1', '2026-01-01', '法院', '拒不履行', 'active')`);
      db.exec("UPDATE matter_categories SET code = 'C' WHERE code = 'B'");
      db.prepare("DELETE FROM subjects WHERE id = 's1'").run();
      const tail = changes(db).slice(-4);
      expect(tail).toEqual([
        { tbl: 'matter_categories', op: 'delete', key: 'B', row: null },
        { tbl: 'matter_categories', op: 'upsert', key: 'C', row: { code: 'C', name: '政府采购' } },
        { tbl: 'list_entries', op: 'delete', key: 'e1', row: null },
        { tbl: 'subjects', op: 'delete', key: 's1', row: null },
      ]);
    });

    it("keeps measures' categories a sorted, distinct array of known codes, carried as an array", () => {
      const { db } = freshDb();
      migrate(db, platformMigrations.slice(0, 1));
      seedCatalogue(db);
      const insert = (categories: string): void => {
        db.prepare(
          `INSERT INTO measures (code, list_type, name, direction, measure_class, legal_basis, effective_from,
             matter_categories) VALUES ('P1', 'L1', '限制', 'punishment', '1', '依据', '2021-01-01', ?)`,
        ).run(categories);
      };
      expect(() => insert('["B","A"]')).toThrow(/sorted/);
      expect(() => insert('["A","A"]')).toThrow(/sorted/);
      expect(() => insert('["A","X"]')).toThrow(/known/);
      expect(() => insert('[]')).toThrow(/CHECK/);
      expect(() => insert('"A"')).toThrow();
      insert('["A","B"]');
      expect(changes(db).at(-1)?.row).toMatchObject({
        code: 'P1',
        effective_to: null,
        matter_categories: ['A', 'B'],
      });
      expect(() => db.exec("DELETE FROM matter_categories WHERE code = 'B'")).toThrow(/FOREIGN KEY/);
    });

    it('keeps the change log append-only', () => {
      const { db } = freshDb();
      migrate(db, platformMigrations.slice(0, 1));
      seedCatalogue(db);
      expect(() => db.exec("UPDATE changes SET key = 'x'")).toThrow(/append-only/);
    });
  });

  describe('2 devices-and-users', () => {
    it('keeps only hashes, and an enrolment code is used by exactly one device', () => {
      const { db } = freshDb();
      migrate(db, platformMigrations.slice(0, 2));
      expect(() =>
        db.exec(
          "INSERT INTO devices (id, name, token_hash, enrolled_at) VALUES ('d', 'n', 'plain-token', 't')",
        ),
      ).toThrow(/CHECK/);
      expect(() =>
        db.exec(
          `INSERT INTO enrolment_codes (code_hash, issued_at, used_at) VALUES ('${'a'.repeat(64)}', 't', 't')`,
        ),
      ).toThrow(/CHECK/);
      expect(() =>
        db.exec(`INSERT INTO users (username, display_name, role, department, district_code, password_hash)
                 VALUES ('u', 'U', 'clerk', '', '410400', 'secret')`),
      ).toThrow(/CHECK/);
    });
  });

  describe('3 received-evidence', () => {
    it('makes received evidence append-only and mutations unique per device', () => {
      const { db } = freshDb();
      migrate(db, platformMigrations);
      db.exec(
        `INSERT INTO devices (id, name, token_hash, enrolled_at) VALUES ('d', 'n', '${'b'.repeat(64)}', 't')`,
      );
      db.exec(`INSERT INTO platform_checks (device_id, check_id, mutation_id, checked_at, created_at, received_at, payload)
               VALUES ('d', 'c1', 1, 't', 't', 't', '{}')`);
      expect(() => db.exec("UPDATE platform_checks SET payload = '[]'")).toThrow(/append-only/);
      expect(() => db.exec('DELETE FROM platform_checks')).toThrow(/append-only/);
      const mutation =
        "INSERT INTO device_mutations (device_id, mutation_id, kind, status, result, received_at) VALUES ('d', 1, 'k', 'applied', '{}', 't')";
      db.exec(mutation);
      expect(() => db.exec(mutation)).toThrow(/UNIQUE/);
    });
  });

  describe('4 mutation-fingerprint', () => {
    it('keeps mutations answered before it, without a fingerprint (the old rule still applies to them)', () => {
      const { db } = freshDb();
      migrate(db, platformMigrations.slice(0, 3));
      db.exec(
        `INSERT INTO devices (id, name, token_hash, enrolled_at) VALUES ('d', 'n', '${'b'.repeat(64)}', 't')`,
      );
      db.exec(
        "INSERT INTO device_mutations (device_id, mutation_id, kind, status, result, received_at) VALUES ('d', 1, 'k', 'applied', '{}', 't')",
      );
      migrate(db, platformMigrations);
      expect(db.prepare('SELECT mutation_id, fingerprint FROM device_mutations').all()).toEqual([
        { mutation_id: 1, fingerprint: null },
      ]);
    });
  });

  describe('5 commitments-and-repairs', () => {
    it('rebuilds the change log keeping every seq, its append-only trigger and its counter', () => {
      const { db } = freshDb();
      migrate(db, platformMigrations.slice(0, 4));
      seedCatalogue(db);
      insertSubject(db);
      db.exec("UPDATE subjects SET grade = 'A' WHERE id = 's1'");
      // The counter runs ahead of the rows when the newest ones are gone: it must not go back.
      const counter = (
        db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'changes'").get() as {
          seq: number;
        }
      ).seq;
      db.prepare('DELETE FROM changes WHERE seq = ?').run(counter);
      const before = db.prepare('SELECT * FROM changes ORDER BY seq').all();
      migrate(db, platformMigrations);
      expect(db.prepare('SELECT * FROM changes ORDER BY seq').all()).toEqual(before);
      expect(() => db.exec("UPDATE changes SET key = 'x'")).toThrow(/append-only/);
      db.exec(`INSERT INTO rule_tables (id, version, content, updated_at)
               VALUES ('commitment-rules', '1', '{"a":[1]}', '2026-11-27T00:00:00.000+08:00')`);
      const next = db.prepare('SELECT seq, tbl, row FROM changes ORDER BY seq DESC LIMIT 1').get() as {
        seq: number;
        tbl: string;
        row: string;
      };
      expect(next.seq).toBe(counter + 1);
      expect(next.tbl).toBe('rule_tables');
      // JSON columns travel as the text of the JSON, as the client stores them.
      expect(JSON.parse(next.row)).toEqual({
        id: 'commitment-rules',
        version: '1',
        content: '{"a":[1]}',
        updated_at: '2026-11-27T00:00:00.000+08:00',
      });
    });

    it('keeps logging the older tables, and credit records carry their new columns', () => {
      const { db } = freshDb();
      migrate(db, platformMigrations.slice(0, 4));
      seedCatalogue(db);
      insertSubject(db);
      db.exec(`INSERT INTO credit_records (id, subject_id, category, title, content, source_department,
                 decision_on, status) VALUES ('r1', 's1', 'penalty', '行政处罚', '罚款', '市场监管局', '2025-01-02', 'published')`);
      migrate(db, platformMigrations);
      db.exec("UPDATE credit_records SET severity = 'general', domain = 'work-safety' WHERE id = 'r1'");
      db.exec("UPDATE subjects SET grade = 'B' WHERE id = 's1'");
      db.exec("DELETE FROM matter_categories WHERE code = 'B'");
      const tail = changes(db).slice(-3);
      expect(tail[0]).toMatchObject({ tbl: 'credit_records', op: 'upsert', key: 'r1' });
      expect(tail[0]?.row).toMatchObject({
        severity: 'general',
        domain: 'work-safety',
        commitment_id: null,
        commitment_failure: null,
        repair_outcome: null,
        repaired_on: null,
      });
      expect(tail.slice(1).map((change) => [change.tbl, change.op])).toEqual([
        ['subjects', 'upsert'],
        ['matter_categories', 'delete'],
      ]);
      expect(() => db.exec("UPDATE credit_records SET severity = 'huge' WHERE id = 'r1'")).toThrow(/CHECK/);
    });

    it('numbers the devices enrolled before, in order of enrolment, uniquely', () => {
      const { db } = freshDb();
      migrate(db, platformMigrations.slice(0, 4));
      const device = (id: string, at: string, hash: string): void => {
        db.prepare("INSERT INTO devices (id, name, token_hash, enrolled_at) VALUES (?, 'n', ?, ?)").run(
          id,
          hash.repeat(64),
          at,
        );
      };
      device('late', '2026-03-01', 'a');
      device('early', '2026-01-01', 'b');
      device('middle', '2026-02-01', 'c');
      migrate(db, platformMigrations);
      expect(db.prepare('SELECT id, number FROM devices ORDER BY number').all()).toEqual([
        { id: 'early', number: 1 },
        { id: 'middle', number: 2 },
        { id: 'late', number: 3 },
      ]);
      expect(() => db.exec("UPDATE devices SET number = 1 WHERE id = 'late'")).toThrow(/UNIQUE/);
      expect(() => db.exec("UPDATE devices SET number = 1000 WHERE id = 'late'")).toThrow(/CHECK/);
    });

    it('keeps the answered mutations and lets an entry be answered with a conflict', () => {
      const { db } = freshDb();
      migrate(db, platformMigrations.slice(0, 4));
      db.exec(
        `INSERT INTO devices (id, name, token_hash, enrolled_at) VALUES ('d', 'n', '${'b'.repeat(64)}', 't')`,
      );
      db.exec(`INSERT INTO device_mutations (device_id, mutation_id, kind, status, result, received_at, fingerprint)
               VALUES ('d', 1, 'k', 'applied', '{}', 't', 'f')`);
      migrate(db, platformMigrations);
      expect(db.prepare('SELECT mutation_id, status, fingerprint FROM device_mutations').all()).toEqual([
        { mutation_id: 1, status: 'applied', fingerprint: 'f' },
      ]);
      db.exec(`INSERT INTO device_mutations (device_id, mutation_id, kind, status, result, received_at)
               VALUES ('d', 2, 'k', 'conflict', '{}', 't')`);
      expect(() =>
        db.exec(`INSERT INTO device_mutations (device_id, mutation_id, kind, status, result, received_at)
                 VALUES ('d', 3, 'k', 'lost', '{}', 't')`),
      ).toThrow(/CHECK/);
      expect(() =>
        db.exec(`INSERT INTO device_mutations (device_id, mutation_id, kind, status, result, received_at)
                 VALUES ('nobody', 4, 'k', 'applied', '{}', 't')`),
      ).toThrow(/FOREIGN KEY/);
    });
  });
});
