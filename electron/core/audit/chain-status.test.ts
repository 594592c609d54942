import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCore, DATABASE_FILE } from '../core';
import { openDatabase, type Db } from '../../../node-shared/db/connection';
import { migrate } from '../../../node-shared/db/migrate';
import { migrations } from '../db/migrations';
import { signInForTests } from '../auth/test-session';
import { openTempCore, RESOURCES_DIR, tempDir } from '../testing/temp-core';
import { appendAudit, type AuditEntry } from './audit.repo';
import { auditChainStatus, checkAuditChain, verifyAuditLog } from './chain-status';
import { chainHash, GENESIS_HASH } from '../../../node-shared/audit/chain';

let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.reverse().forEach((fn) => fn());
  cleanup = [];
  vi.restoreAllMocks();
});

const entry = (n: number): AuditEntry => ({
  at: '2026-11-27T10:00:00.000+08:00',
  actor: `clerk-${n % 7}`,
  action: 'check.run',
  targetType: 'check',
  targetId: `c-${n}`,
  caseNumber: n % 3 === 0 ? null : `PDS-2026-${n}`,
  purpose: '行政审批',
  detail: { verdict: 'proceed', hits: [n, { z: 1, a: null }], found: n % 2 === 0 },
});

function migratedDb(): Db {
  const dir = tempDir();
  const db = openDatabase(join(dir.path, DATABASE_FILE));
  cleanup.push(() => {
    if (db.open) db.close();
    dir.remove();
  });
  migrate(db, migrations);
  return db;
}

/** Writes `count` chained rows fast (one transaction, one prepared insert), as appendAudit would store them. */
function fillLog(db: Db, count: number): void {
  const insert = db.prepare(
    `INSERT INTO audit_log (seq, at, actor, action, target_type, target_id, case_number, purpose, detail, hash)
     VALUES (@seq, @at, @actor, @action, @targetType, @targetId, @caseNumber, @purpose, @detail, @hash)`,
  );
  db.transaction(() => {
    let hash = GENESIS_HASH;
    for (let seq = 1; seq <= count; seq += 1) {
      const row = { ...entry(seq), seq };
      hash = chainHash(hash, row);
      insert.run({ ...row, detail: JSON.stringify(row.detail), hash });
    }
  })();
}

/** What only an edit of the file can do: lift the append-only trigger and change a stored row. */
function tamper(db: Db, sql: string): void {
  db.exec(
    'DROP TRIGGER IF EXISTS audit_log_append_only_update; DROP TRIGGER IF EXISTS audit_log_append_only_delete;',
  );
  db.exec(sql);
}

const demoIdentifiers = (db: Db, count: number): string[] =>
  (
    db.prepare('SELECT identifier FROM subjects ORDER BY id LIMIT ?').all(count) as { identifier: string }[]
  ).map((row) => row.identifier);

const runCheck = async (core: ReturnType<typeof openTempCore>, identifier: string) => {
  const result = await core.handlers['check:run']({
    context: { caseNumber: 'PDS-2026-0001', matterCode: 'PDS-CG-001' },
    applicant: { by: 'identifier', raw: identifier },
  });
  expect(result.ok).toBe(true);
};

describe('the audit chain in the database', () => {
  it('chains every entry a core appends and sends each hash with its outbox entry', async () => {
    const core = openTempCore();
    cleanup.push(core.dispose);
    const identifiers = demoIdentifiers(core.db, 3);
    expect(identifiers).toHaveLength(3);
    for (const identifier of identifiers) await runCheck(core, identifier);

    const verdict = verifyAuditLog(core.db);
    const count = (core.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    expect(count).toBeGreaterThanOrEqual(4); // demo.load and three checks
    expect(verdict).toEqual({ ok: true, count, head: expect.objectContaining({ seq: count }) as unknown });

    const payloads = (
      core.db
        .prepare("SELECT payload FROM outbox WHERE kind = 'audit.appended' ORDER BY mutation_id")
        .all() as { payload: string }[]
    ).map((row) => JSON.parse(row.payload) as { seq: number; hash: string; prevHash: string });
    const stored = core.db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq').all() as {
      seq: number;
      hash: string;
    }[];
    expect(payloads.map(({ seq, hash }) => ({ seq, hash }))).toEqual(stored);
    expect(payloads.map((payload) => payload.prevHash)).toEqual([
      GENESIS_HASH,
      ...stored.slice(0, -1).map((row) => row.hash),
    ]);
    // The start of this core recorded the log as it was then (the demo load).
    expect(auditChainStatus(core.db)).toMatchObject({ ok: true, count: 1, headSeq: 1 });
  });

  it('refuses to append outside a transaction and an entry without a hash', () => {
    const db = migratedDb();
    expect(() => appendAudit(db, entry(1))).toThrow(/transaction/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO audit_log (at, actor, action, target_type, detail) VALUES ('2026-11-27', 'op', 'a', 't', '{}')",
        )
        .run(),
    ).toThrow(/chain hash/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO audit_log (at, actor, action, target_type, detail, hash) VALUES ('2026-11-27', 'op', 'a', 't', '{}', 'abc')",
        )
        .run(),
    ).toThrow(/CHECK/);
  });

  it('detects a row altered in the file at the next start, and still starts', async () => {
    const first = openTempCore();
    const { dataDir } = first;
    cleanup.push(first.dispose);
    for (const identifier of demoIdentifiers(first.db, 3)) await runCheck(first, identifier);
    first.close();

    const file = openDatabase(join(dataDir, DATABASE_FILE), { key: first.cacheKey });
    tamper(file, `UPDATE audit_log SET detail = '{"verdict":"proceed"}' WHERE seq = 2`);
    file.close();

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const reopened = createCore({
      dataDir,
      cacheKey: first.cacheKey,
      resourcesDir: RESOURCES_DIR,
      host: 'browser',
      version: 'test',
      now: () => new Date('2026-11-28T02:00:00Z'),
    });
    if (!reopened.ok) throw new Error(reopened.error.message);
    cleanup.push(() => reopened.value.close());
    signInForTests(reopened.value, 'clerk');
    const before = (reopened.value.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number })
      .n;
    expect(auditChainStatus(reopened.value.db)).toEqual({
      ok: false,
      firstBadSeq: 2,
      reason: 'altered',
      message: expect.stringContaining('第 2 条') as unknown,
      breaks: [{ seq: 2, reason: 'altered', message: expect.stringContaining('第 2 条') as unknown }],
      checkedAt: '2026-11-28T10:00:00.000+08:00',
    });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('第 2 条'));
    // Nothing was appended about it, and the clerk can still work: new entries chain on from the stored head.
    expect(before).toBeGreaterThanOrEqual(3);
    const [more] = demoIdentifiers(reopened.value.db, 1);
    const result = await reopened.value.handlers['check:run']({
      context: { caseNumber: 'PDS-2026-0003', matterCode: 'PDS-CG-001' },
      applicant: { by: 'identifier', raw: more ?? '' },
    });
    expect(result.ok).toBe(true);
    expect(before + 1).toBe(
      (reopened.value.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n,
    );
    expect(verifyAuditLog(reopened.value.db)).toMatchObject({ ok: false, firstBadSeq: 2 });
  });

  // How fast is for the benchmark, not a timed test: here only that a long log is walked to its end.
  it('walks a large log to its head and finds a break deep inside it', () => {
    const db = migratedDb();
    fillLog(db, 100_000);
    expect(verifyAuditLog(db)).toMatchObject({ ok: true, count: 100_000, head: { seq: 100_000 } });

    tamper(db, "UPDATE audit_log SET actor = 'someone' WHERE seq = 54_321");
    expect(verifyAuditLog(db)).toMatchObject({ ok: false, firstBadSeq: 54_321, reason: 'altered' });
  }, 30_000);

  it('tells a removed row and a swapped pair at a chunk boundary', () => {
    const db = migratedDb();
    fillLog(db, 3_500);
    tamper(db, 'DELETE FROM audit_log WHERE seq = 2_000');
    expect(verifyAuditLog(db)).toMatchObject({ ok: false, firstBadSeq: 2_000, reason: 'removed' });

    const swapped = migratedDb();
    fillLog(swapped, 3_500);
    // Swap the contents (and hashes) of 1000 and 1001: the last entry of one chunk and the first of the next.
    tamper(
      swapped,
      `UPDATE audit_log SET seq = -1 WHERE seq = 1000;
       UPDATE audit_log SET seq = 1000 WHERE seq = 1001;
       UPDATE audit_log SET seq = 1001 WHERE seq = -1;`,
    );
    expect(verifyAuditLog(swapped)).toMatchObject({ ok: false, firstBadSeq: 1000, reason: 'reordered' });
  });

  it('reports a row without a hash as a break, and records an intact log in meta', () => {
    const db = migratedDb();
    fillLog(db, 5);
    expect(checkAuditChain(db, new Date('2026-11-27T02:00:00Z'))).toMatchObject({
      ok: true,
      count: 5,
      headSeq: 5,
    });
    expect(auditChainStatus(db)).toMatchObject({ ok: true, count: 5, headSeq: 5 });
    tamper(db, 'UPDATE audit_log SET hash = NULL WHERE seq = 5');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(checkAuditChain(db, new Date('2026-11-27T02:00:00Z'))).toMatchObject({
      ok: false,
      firstBadSeq: 5,
    });
  });
});

describe('every break', () => {
  it('reports two separate forged rows, not only the first', async () => {
    const core = openTempCore();
    cleanup.push(core.dispose);
    for (const identifier of demoIdentifiers(core.db, 4)) await runCheck(core, identifier);
    tamper(core.db, `UPDATE audit_log SET case_number = 'CG-forged' WHERE seq = 2`);
    tamper(core.db, `UPDATE audit_log SET actor = 'someone-else' WHERE seq = 4`);
    const verdict = verifyAuditLog(core.db);
    expect(verdict).toMatchObject({ ok: false, firstBadSeq: 2, reason: 'altered' });
    expect(verdict.ok ? [] : verdict.breaks.map(({ seq, reason }) => ({ seq, reason }))).toEqual([
      { seq: 2, reason: 'altered' },
      { seq: 4, reason: 'altered' },
    ]);
  });
});
