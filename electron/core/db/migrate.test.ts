import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appendAudit, type AuditRow } from '../audit/audit.repo';
import { hashAll } from '../../../node-shared/audit/chain.fixtures';
import { verifyAuditLog } from '../audit/chain-status';
import { tempDir } from '../testing/temp-core';
import { openDatabase, type Db } from '../../../node-shared/db/connection';
import { migrate, schemaVersion } from '../../../node-shared/db/migrate';
import { migrations } from './migrations';

let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((fn) => fn());
  cleanup = [];
});

function freshDb(): { db: Db; file: string } {
  const dir = tempDir();
  const file = join(dir.path, 'cache.sqlite3');
  const db = openDatabase(file);
  cleanup.push(() => {
    if (db.open) db.close();
    dir.remove();
  });
  return { db, file };
}

const tables = (db: Db): string[] =>
  (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((row) => row.name);

const subjectRow = {
  id: 's1',
  name: '平顶山市鹰城建设工程有限公司',
  identifier: '91410400MA0000001X',
  identifier_kind: 'uscc',
  kind: 'legal-person',
  region_code: '410400',
  status: 'active',
  updated_at: '2026-11-01T00:00:00.000Z',
};
const insertSubject = (db: Db): void => {
  db.prepare(
    `INSERT INTO subjects (id, name, identifier, identifier_kind, kind, region_code, status, updated_at)
     VALUES (@id, @name, @identifier, @identifier_kind, @kind, @region_code, @status, @updated_at)`,
  ).run(subjectRow);
};

describe('migrations', () => {
  it('are numbered 1..n in order', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_, index) => index + 1));
  });

  it('build a fresh database to the latest version with WAL and foreign keys on', () => {
    const { db } = freshDb();
    expect(migrate(db, migrations)).toEqual({ ok: true, value: { from: 0, to: migrations.length } });
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(tables(db)).toEqual(
      expect.arrayContaining([
        'subjects',
        'list_entries',
        'credit_records',
        'measures',
        'matters',
        'checks',
        'check_feedback',
        'audit_log',
        'subjects_fts',
      ]),
    );
  });

  it('are idempotent: a second run changes nothing', () => {
    const { db } = freshDb();
    migrate(db, migrations);
    expect(migrate(db, migrations)).toEqual({
      ok: true,
      value: { from: migrations.length, to: migrations.length },
    });
  });

  it('refuse a database newer than the app and leave it untouched', () => {
    const { db } = freshDb();
    migrate(db, migrations);
    db.pragma(`user_version = ${migrations.length + 5}`);
    const result = migrate(db, migrations);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('DB_NEWER_THAN_APP');
    expect(result.error.message).toMatch(/版本/);
    expect(schemaVersion(db)).toBe(migrations.length + 5);
  });

  it('roll back a failing migration whole, version included', () => {
    const { db } = freshDb();
    const broken = [
      ...migrations,
      {
        version: migrations.length + 1,
        name: 'broken',
        up: (d: Db) => d.exec('CREATE TABLE x (a TEXT) STRICT; SELECT * FROM nowhere;'),
      },
    ];
    migrate(db, migrations);
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(tables(db)).not.toContain('x');
  });

  describe('1 registry-and-catalogue', () => {
    it('creates STRICT tables that refuse values of the wrong type and unknown codes', () => {
      const { db } = freshDb();
      migrate(db, migrations.slice(0, 1));
      insertSubject(db);
      expect(() => db.prepare("UPDATE subjects SET registered_on = x'00' WHERE id = 's1'").run()).toThrow(
        /cannot store BLOB/,
      );
      expect(() => db.prepare("UPDATE subjects SET status = 'gone' WHERE id = 's1'").run()).toThrow(/CHECK/);
      expect(() =>
        db
          .prepare(
            "INSERT INTO list_entries (id, subject_id, list_type, listed_on, listing_unit, reason, status) VALUES ('e', 's1', 'NOPE', '2026-01-01', 'u', 'r', 'active')",
          )
          .run(),
      ).toThrow(/FOREIGN KEY/);
    });
  });

  describe('2 checks-feedback-audit', () => {
    it('makes checks, feedback and the audit log append-only', () => {
      const { db } = freshDb();
      // As migration 2 left them (from 7 on, an audit entry also needs its hash).
      migrate(db, migrations.slice(0, 2));
      db.prepare(
        `INSERT INTO checks (id, checked_at, operator, case_number, matter_code, identifier, identifier_masked, verdict,
           found, stale, overridden, feedback_required, evidence)
         VALUES ('c1', '2026-11-27T10:00:00.000+08:00', 'op', 'B1', 'M1', 'X', 'X', 'proceed', 0, 0, 0, 0, '{}')`,
      ).run();
      db.prepare(
        "INSERT INTO audit_log (at, actor, action, target_type, detail) VALUES ('2026-11-27', 'op', 'a', 't', '{}')",
      ).run();
      expect(() => db.prepare("UPDATE checks SET verdict = 'review'").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM checks').run()).toThrow(/append-only/);
      expect(() => db.prepare("UPDATE audit_log SET actor = 'x'").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    });
  });

  describe('3 subject-name-search (upgrade path)', () => {
    it('indexes subjects that existed before the upgrade, and keeps the index in step afterwards', () => {
      const { db, file } = freshDb();
      migrate(db, migrations.slice(0, 2));
      insertSubject(db);
      db.close();
      const reopened = openDatabase(file);
      cleanup.push(() => reopened.close());
      expect(migrate(reopened, migrations)).toEqual({ ok: true, value: { from: 2, to: migrations.length } });
      const match = (text: string): number =>
        (
          reopened
            .prepare('SELECT count(*) AS n FROM subjects_fts WHERE subjects_fts MATCH ?')
            .get(`"${text}"`) as { n: number }
        ).n;
      expect(match('鹰城建设')).toBe(1);
      reopened.prepare("UPDATE subjects SET name = '平顶山市尧山旅游有限公司' WHERE id = 's1'").run();
      expect(match('鹰城建设')).toBe(0);
      expect(match('尧山旅游')).toBe(1);
      reopened.prepare("DELETE FROM subjects WHERE id = 's1'").run();
      expect(match('尧山旅游')).toBe(0);
    });
  });

  describe('4 subject-name-index', () => {
    it('lets exact and prefix name lookups use an index instead of a scan', () => {
      const { db } = freshDb();
      migrate(db, migrations);
      const plan = (sql: string): string =>
        (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('鹰城', '鹰城\uffff') as { detail: string }[])
          .map((row) => row.detail)
          .join(' ');
      expect(plan('SELECT * FROM subjects WHERE name > ? AND name < ?')).toContain('subjects_by_name');
    });
  });

  describe('5 outbox-and-sync', () => {
    it('keeps checks made before the upgrade, marked online at cursor 0, and numbers the outbox upward', () => {
      const { db } = freshDb();
      migrate(db, migrations.slice(0, 4));
      db.prepare(
        `INSERT INTO checks (id, checked_at, operator, case_number, matter_code, identifier, identifier_masked, verdict,
           found, stale, overridden, feedback_required, evidence)
         VALUES ('old', '2026-11-27T10:00:00.000+08:00', 'op', 'B1', 'M1', 'X', 'X', 'proceed', 0, 0, 0, 0, '{}')`,
      ).run();
      migrate(db, migrations);
      expect(db.prepare('SELECT offline, sync_cursor FROM checks').get()).toEqual({
        offline: 0,
        sync_cursor: 0,
      });
      const insert = db.prepare(
        "INSERT INTO outbox (kind, payload, created_at) VALUES ('audit.appended', '{}', 'now')",
      );
      const first = Number(insert.run().lastInsertRowid);
      db.prepare('DELETE FROM outbox').run();
      // AUTOINCREMENT: a mutation id is never reused, even after the row is gone.
      expect(Number(insert.run().lastInsertRowid)).toBe(first + 1);
    });
  });

  describe('7 audit-chain (upgrade path)', () => {
    const before: AuditRow[] = [
      {
        seq: 1,
        at: '2026-11-27T10:00:00.000+08:00',
        actor: 'system',
        action: 'demo.load',
        targetType: 'cache',
        targetId: null,
        caseNumber: null,
        purpose: '首次启动载入演示数据',
        detail: { subjects: 3, records: 5 },
      },
      {
        seq: 2,
        at: '2026-11-27T10:05:00.000+08:00',
        actor: '王芳',
        action: 'check.run',
        targetType: 'check',
        targetId: 'c1',
        caseNumber: 'PDS-2026-0001',
        purpose: '',
        detail: { verdict: 'punishment', hits: [{ key: 'e1', measures: ['M2', 'M1'] }], note: null },
      },
      {
        seq: 3,
        at: '2026-11-27T10:06:00.000+08:00',
        actor: '王芳',
        action: 'check.feedback',
        targetType: 'check',
        targetId: 'c1',
        caseNumber: 'PDS-2026-0001',
        purpose: null,
        detail: {},
      },
    ];
    const triggerSql = (db: Db): string | undefined =>
      (
        db
          .prepare(
            "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'audit_log_append_only_update'",
          )
          .get() as { sql: string } | undefined
      )?.sql;

    it('hashes the entries written before it in seq order, keeps the log append-only and continues the chain', () => {
      const { db } = freshDb();
      migrate(db, migrations.slice(0, 6));
      const insert = db.prepare(
        `INSERT INTO audit_log (at, actor, action, target_type, target_id, case_number, purpose, detail)
         VALUES (@at, @actor, @action, @targetType, @targetId, @caseNumber, @purpose, @detail)`,
      );
      // Detail as the old appendAudit stored it: JSON.stringify in the key order the caller built.
      for (const row of before) insert.run({ ...row, detail: JSON.stringify(row.detail) });
      const trigger = triggerSql(db);

      expect(migrate(db, migrations)).toEqual({ ok: true, value: { from: 6, to: migrations.length } });
      const hashes = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq').all();
      expect(hashes).toEqual(hashAll(before).map(({ seq, hash }) => ({ seq, hash })));
      expect(verifyAuditLog(db)).toMatchObject({ ok: true, count: 3, head: { seq: 3 } });

      expect(triggerSql(db)).toBe(trigger);
      expect(() => db.prepare("UPDATE audit_log SET detail = '{}' WHERE seq = 2").run()).toThrow(
        /append-only/,
      );
      expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 3').run()).toThrow(/append-only/);
      expect(() => insert.run({ ...before[0], detail: '{}' })).toThrow(/chain hash/);

      const seq = db.transaction(() => appendAudit(db, { ...before[2]!, action: 'settings.update' }))();
      expect(seq).toBe(4);
      expect(verifyAuditLog(db)).toMatchObject({ ok: true, count: 4, head: { seq: 4 } });
    });

    it('hashes as the live chain does, detail that is not JSON and numbers JSON cannot hold included', () => {
      const { db } = freshDb();
      migrate(db, migrations.slice(0, 6));
      const insert = db.prepare(
        `INSERT INTO audit_log (at, actor, action, target_type, target_id, case_number, purpose, detail)
         VALUES (@at, @actor, @action, @targetType, @targetId, @caseNumber, @purpose, @detail)`,
      );
      const stored = ['{"b":[1e999,-0,true],"a":{"z":"\\u2028","y":null}}', '{not json'];
      stored.forEach((detail, index) => insert.run({ ...before[index]!, detail }));
      migrate(db, migrations);
      const live = hashAll(
        stored.map((detail, index) => {
          let parsed: unknown = detail;
          try {
            parsed = JSON.parse(detail);
          } catch {
            // kept as the string, as toAuditRow does
          }
          return { ...before[index]!, detail: parsed as Record<string, unknown> };
        }),
      );
      expect(db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq').all()).toEqual(
        live.map(({ seq, hash }) => ({ seq, hash })),
      );
      expect(verifyAuditLog(db)).toMatchObject({ ok: true, count: 2 });
    });

    it('upgrades an empty log', () => {
      const { db } = freshDb();
      migrate(db, migrations.slice(0, 6));
      migrate(db, migrations);
      expect(verifyAuditLog(db)).toEqual({ ok: true, count: 0, head: { seq: 0, hash: '0'.repeat(64) } });
    });
  });
});
