import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { channels } from '../../../shared/contract/channels';
import type { AuditListItem, AuditListRequest } from '../../../shared/domain/audit';
import type { ExportFile } from '../../../shared/domain/export';
import { signInForTests } from '../auth/test-session';
import { openTempCore } from '../testing/temp-core';
import { chainHash, GENESIS_HASH, type ChainEntry } from '../../../node-shared/audit/chain';

// 审计日志 through the channels a supervisor uses, over a real cache with the demo data.

type TempCore = ReturnType<typeof openTempCore>;
let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.reverse().forEach((fn) => fn());
  cleanup = [];
});

function core(): TempCore {
  const opened = openTempCore({ clock: { now: new Date('2026-12-01T02:00:00Z') }, signedInAs: 'clerk' });
  cleanup.push(opened.dispose);
  return opened;
}

const identifiers = (db: TempCore['db'], count: number): string[] =>
  db.prepare('SELECT identifier FROM subjects ORDER BY id LIMIT ?').pluck().all(count) as string[];

async function check(on: TempCore, caseNumber: string, identifier: string): Promise<void> {
  const result = await on.handlers['check:run']({
    context: { caseNumber, matterCode: 'PDS-CG-001' },
    applicant: { by: 'identifier', raw: identifier },
  });
  if (!result.ok) throw new Error(result.error.message);
}

/** As the hosts call it: the request through the contract's schema first (defaults applied). */
async function list(on: TempCore, request: AuditListRequest) {
  const result = await on.handlers['audit:list'](channels['audit:list'].request.parse(request));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Three checks by the clerk on two days, one by the supervisor; the demo load (seq 1) came first. */
async function seeded(): Promise<TempCore> {
  const on = core();
  const [first, second, third, fourth] = identifiers(on.db, 4);
  await check(on, 'CG-2026-0101', first ?? '');
  await check(on, 'CG-2026-0102', second ?? '');
  on.clock.now = new Date('2026-12-02T03:00:00Z');
  await check(on, 'ZB-2026-0007', third ?? '');
  signInForTests(on, 'supervisor');
  await check(on, 'CG-2026-0103', fourth ?? '');
  return on;
}

const seqs = (items: readonly AuditListItem[]): number[] => items.map((item) => item.seq);

describe('audit:list', () => {
  it('sorts by a column asked for (the ties newest first)', async () => {
    const on = await seeded();
    const byActor = await list(on, { limit: 10, offset: 0, sortBy: 'actor' });
    // By the account (system, wangfang, zhaomin), shown by the person's name.
    expect(byActor.items.map((item) => item.actor)).toEqual([
      '系统（自动）',
      '王芳（wangfang）',
      '王芳（wangfang）',
      '王芳（wangfang）',
      '赵敏（zhaomin）',
    ]);
    const bySeq = await list(on, { limit: 10, offset: 0, sortBy: 'seq', sortDirection: 'asc' });
    expect(seqs(bySeq.items)).toEqual([1, 2, 3, 4, 5]);
    const byCase = await list(on, { limit: 2, offset: 0, sortBy: 'caseNumber', sortDirection: 'desc' });
    expect(byCase.items.map((item) => item.caseNumber)).toEqual(['ZB-2026-0007', 'CG-2026-0103']);
  });

  it('lists newest first with who, when, the action in Chinese, case number, purpose and a summary', async () => {
    const on = await seeded();
    const page = await list(on, { limit: 2, offset: 0 });
    expect(page.total).toBe(5);
    expect(seqs(page.items)).toEqual([5, 4]);
    expect(page.items[0]).toMatchObject({
      actor: '赵敏（zhaomin）',
      action: 'check.run',
      actionLabel: '信用核查',
      targetType: 'check',
      caseNumber: 'CG-2026-0103',
      purpose: expect.stringContaining('PDS-CG-001') as unknown,
      summary: expect.stringMatching(
        /^核查 .+（代码 [0-9A-Z*]+）：(可办理|适用守信激励措施|适用失信惩戒措施|需人工研判)$/,
      ) as unknown,
    });
    expect(seqs((await list(on, { limit: 2, offset: 4 })).items)).toEqual([1]);
    expect(page.actors).toEqual(expect.arrayContaining(['system', '王芳（wangfang）', '赵敏（zhaomin）']));
    expect(page.actions).toEqual(['check.run', 'demo.load']);
  });

  it('filters by day, actor, action, part of a case number and text, together', async () => {
    const on = await seeded();
    expect(seqs((await list(on, { from: '2026-12-02' })).items)).toEqual([5, 4]);
    expect(seqs((await list(on, { to: '2026-12-01' })).items)).toEqual([3, 2, 1]);
    expect(seqs((await list(on, { from: '2026-12-01', to: '2026-12-01' })).items)).toEqual([3, 2, 1]);
    expect(seqs((await list(on, { actor: '王芳（wangfang）' })).items)).toEqual([4, 3, 2]);
    expect(seqs((await list(on, { action: 'demo.load' })).items)).toEqual([1]);
    expect(seqs((await list(on, { caseNumber: 'CG-2026-01' })).items)).toEqual([5, 3, 2]);
    expect(seqs((await list(on, { caseNumber: 'CG-2026-01', from: '2026-12-02' })).items)).toEqual([5]);
    // Wildcards typed by the user are literal.
    expect((await list(on, { caseNumber: 'CG-2026-01%' })).total).toBe(0);
    expect(seqs((await list(on, { text: '演示数据' })).items)).toEqual([1]);
    const target = (await list(on, { caseNumber: 'ZB-2026-0007' })).items[0]?.targetId ?? '';
    expect(seqs((await list(on, { text: target.slice(0, 8) })).items)).toEqual([4]);
    expect((await list(on, { actor: '王芳（wangfang）', action: 'demo.load' })).total).toBe(0);
  });

  it('is for supervisors and administrators only', async () => {
    const on = core();
    const refused = await on.handlers['audit:list']({ limit: 50, offset: 0 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'ROLE_FORBIDDEN' } });
    expect(await on.handlers['audit:export']({ filters: {}, format: 'csv' })).toMatchObject({ ok: false });
    expect(await on.handlers['audit:chain']({})).toMatchObject({ ok: false });
  });
});

async function exported(on: TempCore, format: 'csv' | 'xlsx', filters = {}): Promise<ExportFile> {
  const result = await on.handlers['audit:export']({ filters, format });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The table of the first sheet from its header row on (the caption lines above it skipped). */
async function readXlsx(file: ExportFile): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new Error('no sheet');
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    // row.values is 1-based and sparse (an empty cell is a hole): read each column by number.
    const values = row.values as unknown[];
    rows.push(
      Array.from({ length: sheet.columnCount }, (_, index) => {
        const value = values[index + 1];
        if (value === null || value === undefined) return '';
        return typeof value === 'string' ? value : JSON.stringify(value);
      }),
    );
  });
  const header = rows.findIndex((row) => row[0] === '序号');
  return rows.slice(header);
}

describe('audit:export', () => {
  it('writes every matching entry to Excel, oldest first, with what the chain hash covers', async () => {
    const on = await seeded();
    signInForTests(on, 'supervisor');
    const file = await exported(on, 'xlsx');
    expect(file.name).toBe('审计日志-20261202.xlsx');
    expect(file.rows).toBe(5);
    const [header, ...rows] = await readXlsx(file);
    expect(header).toEqual([
      '序号',
      '时间',
      '操作人',
      '操作',
      '对象',
      '办件编号',
      '事由',
      '内容摘要',
      '系统字段：时间',
      '系统字段：操作人',
      '系统字段：操作代码',
      '系统字段：对象类型',
      '系统编号（对象）',
      '系统字段：详细内容（JSON）',
      '系统字段：哈希',
    ]);
    // The export itself was appended after it was made (seq 6): not in the file.
    const listed = (await list(on, { limit: 200 })).items.filter((item) => item.seq <= 5).reverse();
    expect(rows.map((row) => Number(row[0]))).toEqual(listed.map((item) => item.seq));
    rows.forEach((row, index) => {
      const item = listed[index] as AuditListItem;
      expect(row.slice(2, 4)).toEqual([item.actor, item.actionLabel]);
      expect(row[1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
      expect(row[5]).toBe(item.caseNumber ?? '');
      expect(row[7]).toBe(item.summary);
    });
    // What people read is words: the columns not headed 系统… hold no key, enum value or id, only codes.
    const people = (header ?? []).flatMap((title, index) => (title.startsWith('系统') ? [] : [index]));
    for (const row of rows)
      for (const index of people) {
        const cell = (row[index] ?? '')
          .replaceAll(/\b[A-Z0-9]+(?:-[A-Z0-9]+)+\b/g, '') // case numbers and matter codes
          .replaceAll(/（代码 [0-9A-Z*]+）/g, '') // a subject's code
          .replaceAll(/（[a-z]+）/g, ''); // an account after a display name
        expect(cell, row[index]).not.toMatch(/[A-Za-z]/);
      }
    // The export can be checked on its own: the hashes re-walk from the genesis over the exported fields.
    let previous = GENESIS_HASH;
    for (const row of rows) {
      const entry: ChainEntry = {
        seq: Number(row[0]),
        at: row[8] ?? '',
        actor: row[9] ?? '',
        action: row[10] ?? '',
        targetType: row[11] ?? '',
        targetId: row[12] === '' ? null : (row[12] ?? null),
        caseNumber: row[5] === '' ? null : (row[5] ?? null),
        purpose: row[6] === '' ? null : (row[6] ?? null),
        detail: JSON.parse(row[13] ?? '{}') as Record<string, unknown>,
      };
      previous = chainHash(previous, entry);
      expect(row[14]).toBe(previous);
    }
  });

  it('writes the filtered entries as CSV, and records the export itself', async () => {
    const on = await seeded();
    const file = await exported(on, 'csv', { caseNumber: 'CG-2026-01' });
    expect(file.name).toBe('审计日志-20261202.csv');
    expect(file.rows).toBe(3);
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF序号,时间,操作人,操作,')).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines.slice(1).map((line) => Number(line.split(',')[0]))).toEqual([2, 3, 5]);
    expect(lines[3]).toContain('CG-2026-0103');
    const latest = (await list(on, { limit: 1 })).items[0];
    expect(latest).toMatchObject({
      seq: 6,
      action: 'audit.export',
      actionLabel: '导出审计日志',
      actor: '赵敏（zhaomin）',
      summary: expect.stringContaining('办件编号 CG-2026-01') as unknown,
    });
  });
});

describe('audit:chain', () => {
  it('re-verifies the local chain on request and shows no platform when not enrolled', async () => {
    const on = await seeded();
    const first = await on.handlers['audit:chain']({});
    expect(first).toEqual({
      ok: true,
      value: { local: { ok: true, count: 5, checkedAt: '2026-12-02T11:00:00.000+08:00' }, platform: null },
    });
    on.db.exec('DROP TRIGGER audit_log_append_only_update');
    on.db.exec(`UPDATE audit_log SET actor = '某人' WHERE seq = 3`);
    expect(await on.handlers['audit:chain']({})).toMatchObject({
      ok: true,
      value: { local: { ok: false, firstBadSeq: 3, reason: 'altered' } },
    });
  });
});
