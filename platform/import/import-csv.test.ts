import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../node-shared/db/connection';
import { openPlatformDb } from '../db/open-platform-db';
import { latestSeq } from '../feed/feed.repo';
import { seedRuleTables } from '../rules/rule-tables';
import { seedIfEmpty } from '../registry/seed';
import { RESOURCES_DIR, tempDir } from '../testing/temp-platform';
import { importCsv } from './import-csv';
import { importedRecordId, importedSubjectId } from './import-ids';
import { runImportCli } from './run-import-cli';

let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((fn) => fn());
  cleanup = [];
});

function platform(withDemo = true): { db: Db; dir: string } {
  const dir = tempDir('ccw-import-');
  const db = openPlatformDb(dir.path);
  cleanup.push(() => {
    db.close();
    dir.remove();
  });
  seedIfEmpty(db, RESOURCES_DIR, withDemo);
  seedRuleTables(db, RESOURCES_DIR, new Date(2026, 10, 28));
  return { db, dir: dir.path };
}

const example = (name: string): Buffer => readFileSync(join(__dirname, 'examples', name));
const CLEAN = 'example-clean.csv';
const BAD = 'example-bad.csv';
// A fixed local day, so the examples' dates stay in the past and 2099 stays in the future.
const now = (): Date => new Date(2026, 10, 28, 12, 0, 0);

const count = (db: Db, sql: string, ...params: unknown[]): number =>
  (db.prepare(sql).get(...params) as { n: number }).n;

const HEADER =
  '相对人名称,统一社会信用代码,身份证号,决定文书号,类别,内容,决定日期,公示截止期,决定机关,许可证书名称,处罚类别,罚款金额（万元）,法定代表人,地方编码';

describe('importCsv', () => {
  it('imports a clean file: records published, new subjects created, everything in the change log', () => {
    const { db } = platform();
    const seq = latestSeq(db);
    const report = importCsv(db, example(CLEAN), { now });
    expect(report).toMatchObject({
      encoding: 'utf-8',
      total: 10,
      imported: 10,
      unchanged: 0,
      createdSubjects: 5,
      badRows: 0,
      bad: [],
      warnings: [],
      dryRun: false,
    });
    expect(report.failed).toBeUndefined();

    const record = db
      .prepare('SELECT * FROM credit_records WHERE id = ?')
      .get(importedRecordId('平商务罚〔2026〕5号', '平顶山市商务局'));
    expect(record).toEqual({
      id: importedRecordId('平商务罚〔2026〕5号', '平顶山市商务局'),
      subject_id: 'demo-s-0010',
      category: 'penalty',
      title: '行政处罚：罚款',
      content: '未按规定办理单用途商业预付卡备案，责令改正，罚款人民币5000元；罚款金额：0.5万元',
      source_department: '平顶山市商务局',
      decision_number: '平商务罚〔2026〕5号',
      decision_on: '2026-04-15',
      publication_ends_on: '2027-04-15',
      status: 'published',
      // This file has no 失信程度, 领域 or 处罚程序 columns; the workflow columns are the platform's.
      severity: null,
      domain: null,
      commitment_id: null,
      commitment_failure: null,
      repair_outcome: null,
      repaired_on: null,
      procedure: null,
    });
    const created = db
      .prepare('SELECT * FROM subjects WHERE id = ?')
      .get(importedSubjectId('410422198503172529'));
    expect(created).toMatchObject({
      name: '张红梅',
      identifier_kind: 'citizen-id',
      kind: 'natural-person',
      region_code: '410422',
      legal_representative: null,
      status: 'active',
    });
    expect(
      db.prepare('SELECT kind, region_code FROM subjects WHERE identifier = ?').get('93410423MAC2HJ6P86'),
    ).toEqual({
      kind: 'legal-person',
      region_code: '410423',
    });
    expect(db.prepare('SELECT kind FROM subjects WHERE identifier = ?').get('92410425MAEW5R2L7E')).toEqual({
      kind: 'individual-business',
    });
    // Quoted commas and doubled quotes arrive as data.
    expect(
      db.prepare("SELECT content FROM credit_records WHERE decision_number = '汝应急罚〔2026〕15号'").get(),
    ).toEqual({
      content:
        '未如实记录安全生产教育和培训情况，依据《中华人民共和国安全生产法》处"罚款人民币2万元"；罚款金额：2万元',
    });

    // 10 records and 5 subjects, each one upsert in the feed, in the import's own seq range.
    const logged = db
      .prepare('SELECT tbl, op, count(*) AS n FROM changes WHERE seq > ? GROUP BY tbl, op ORDER BY tbl')
      .all(seq);
    expect(logged).toEqual([
      { tbl: 'credit_records', op: 'upsert', n: 10 },
      { tbl: 'subjects', op: 'upsert', n: 5 },
    ]);
  });

  it('imports the same file a second time as unchanged, adding nothing to the feed', () => {
    const { db } = platform();
    importCsv(db, example(CLEAN), { now });
    const seq = latestSeq(db);
    const again = importCsv(db, example(CLEAN), { now });
    expect(again).toMatchObject({ total: 10, imported: 0, unchanged: 10, createdSubjects: 0, bad: [] });
    expect(latestSeq(db)).toBe(seq);
  });

  it('names every bad row by its line in the file with the reason, and imports the good rows anyway', () => {
    const { db } = platform();
    const seq = latestSeq(db);
    const report = importCsv(db, example(BAD), { now });
    expect(report).toMatchObject({ total: 12, imported: 2, unchanged: 0, badRows: 10 });
    expect(report.failed).toBeUndefined();
    expect(report.bad.map(({ line, field, code }) => [line, field ?? null, code])).toEqual([
      [3, '统一社会信用代码', 'identifier-checksum'],
      [6, '统一社会信用代码', 'identifier-missing'],
      [7, '身份证号', 'identifier-date'],
      [8, '决定日期', 'date-future'],
      [9, '类别', 'unknown-category'],
      [9, '决定日期', 'date-invalid'],
      [10, '决定机关', 'required'],
      [11, '决定文书号', 'duplicate-in-file'],
      [12, '身份证号', 'identifier-kind-mismatch'],
      [13, null, 'column-count'],
      [14, '公示截止期', 'ends-before-decision'],
      [14, '罚款金额（万元）', 'invalid-amount'],
    ]);
    const legacy = report.bad[0]?.message ?? '';
    expect(legacy).toContain('第18位校验码与前17位不符');
    expect(legacy).toContain('数据归集不接受');
    expect(report.bad.find((problem) => problem.line === 11)?.message).toContain('第2行');
    report.bad.forEach((problem) => expect(problem.message).toMatch(/[\u4e00-\u9fff]/u));

    // Lines 2 and 4 (the latter's content spans lines 4–5) are in, and in the feed.
    const imported = db
      .prepare(
        "SELECT decision_number, title, content FROM credit_records WHERE id LIKE 'imp-%' ORDER BY decision_number",
      )
      .all();
    expect(imported).toEqual([
      {
        decision_number: '平交危许〔2026〕31号',
        title: '行政许可：道路运输经营许可证',
        content: '准予道路危险货物运输经营许可',
      },
      {
        decision_number: '平商务罚〔2026〕42号',
        title: '行政处罚：罚款,没收违法所得',
        content: '销售不合格商品，没收违法所得；\n罚款人民币8000元；罚款金额：0.8万元',
      },
    ]);
    expect(count(db, "SELECT count(*) AS n FROM changes WHERE seq > ? AND tbl = 'credit_records'", seq)).toBe(
      2,
    );
  });

  it('imports nothing when a write fails mid-way, not even the good rows written before it', () => {
    const { db } = platform();
    // A real constraint violation, no test hook: the id the importer derives for a new subject
    // (91410411MA9K3T7Q41, row 4 of the clean file) is already taken by a subject with another identifier.
    // Rows 1–3 (existing demo subjects) are written first; row 4's INSERT then fails on the primary key.
    db.prepare(
      `INSERT INTO subjects (id, name, identifier, identifier_kind, kind, region_code, legal_representative,
         registered_on, address, status, grade, updated_at)
       VALUES (?, '占用编号的主体', '91410402MA5UQ1B32L', 'uscc', 'legal-person', '410402', NULL, NULL, NULL,
         'active', NULL, '2026-11-01T00:00:00.000Z')`,
    ).run(importedSubjectId('91410411MA9K3T7Q41'));
    const seq = latestSeq(db);
    const subjects = count(db, 'SELECT count(*) AS n FROM subjects');

    const report = importCsv(db, example(CLEAN), { now });
    expect(report.failed?.code).toBe('write-failed');
    expect(report.failed?.message).toContain('已全部回滚');
    // The engine's own words for the taken key: SQLite's or PostgreSQL's.
    expect(report.failed?.message).toMatch(/UNIQUE constraint failed: subjects\.id|"subjects_pkey"/);
    expect(report).toMatchObject({ total: 10, imported: 0, createdSubjects: 0, bad: [] });
    expect(count(db, "SELECT count(*) AS n FROM credit_records WHERE id LIKE 'imp-%'")).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM subjects')).toBe(subjects);
    expect(latestSeq(db)).toBe(seq);
  });

  it('rehearses a dry run completely and leaves the platform untouched', () => {
    const { db } = platform();
    const seq = latestSeq(db);
    const report = importCsv(db, example(CLEAN), { now, dryRun: true });
    expect(report).toMatchObject({ dryRun: true, total: 10, imported: 10, createdSubjects: 5 });
    expect(latestSeq(db)).toBe(seq);
    expect(count(db, "SELECT count(*) AS n FROM credit_records WHERE id LIKE 'imp-%'")).toBe(0);
  });

  it('creates every subject on a platform without demo data, and keys records by the reporting department', () => {
    const { db } = platform(false);
    const report = importCsv(db, example(CLEAN), { now, department: '平顶山市数据局' });
    expect(report).toMatchObject({ imported: 10, createdSubjects: 10 });
    expect(
      count(
        db,
        'SELECT count(*) AS n FROM credit_records WHERE id = ?',
        importedRecordId('平农农许〔2026〕11号', '平顶山市数据局'),
      ),
    ).toBe(1);
  });

  it('reads a GB18030 (GBK) file from Excel exactly like its UTF-8 twin', () => {
    const gbk = platform(false).db;
    const utf8 = platform(false).db;
    const fromGbk = importCsv(gbk, readFileSync(join(__dirname, 'fixtures', 'example-clean-gb18030.csv')), {
      now,
    });
    importCsv(utf8, example(CLEAN), { now });
    expect(fromGbk).toMatchObject({ encoding: 'gb18030', imported: 10, bad: [] });
    const rows = (db: Db): unknown[] =>
      db.prepare("SELECT * FROM credit_records WHERE id LIKE 'imp-%' ORDER BY id").all();
    expect(rows(gbk)).toEqual(rows(utf8));
  });

  it('takes today as the day in Beijing, whatever the server’s own time zone', () => {
    const { db } = platform();
    // 00:30 on 29 November in Beijing is still 28 November in UTC (and on a server kept in UTC).
    const justAfterMidnight = (): Date => new Date('2026-11-28T16:30:00Z');
    const dated = (day: string, number: string): string =>
      `平顶山市嵘沐商贸有限责任公司,91410402613341561G,,${number},行政许可,准予许可,${day},,平顶山市商务局,,,,,`;
    const report = importCsv(
      db,
      `${HEADER}\n${dated('2026-11-29', '平商务许〔2026〕31号')}\n${dated('2026-11-30', '平商务许〔2026〕32号')}\n`,
      { now: justAfterMidnight },
    );
    expect(report.imported).toBe(1);
    expect(report.bad.map(({ line, code }) => [line, code])).toEqual([[3, 'date-future']]);
  });

  it('warns when the platform knows the identifier under another name, and files the record under it', () => {
    const { db } = platform();
    const csv = `${HEADER}\r\n平顶山市嵘沐商贸有限责任公司,91410402613341561G,,平商务许〔2026〕9号,行政许可,准予许可,2026-01-05,,平顶山市商务局,,,,,\r\n`;
    const report = importCsv(db, csv, { now });
    expect(report).toMatchObject({ encoding: 'text', imported: 1, createdSubjects: 0 });
    expect(report.warnings).toEqual([
      expect.objectContaining({ line: 2, field: '相对人名称', code: 'name-differs' }),
    ]);
    expect(
      db.prepare("SELECT subject_id FROM credit_records WHERE decision_number = '平商务许〔2026〕9号'").get(),
    ).toEqual({
      subject_id: 'demo-s-0001',
    });
  });

  it('refuses a decision number the platform already holds with other content, and repeats in the file that are identical', () => {
    const { db } = platform();
    // 平财购罚〔2025〕7号 is a demo record of 平顶山市财政局.
    const row = (content: string): string =>
      `平顶山市嵘沐商贸有限公司,91410402613341561G,,平财购罚〔2025〕7号,行政处罚,${content},2025-09-11,2028-09-11,平顶山市财政局,,,,,`;
    const report = importCsv(db, `${HEADER}\n${row('另一份内容')}\n`, { now });
    expect(report.bad.map((problem) => problem.code)).toEqual(['decision-number-taken']);

    const twice = `${HEADER}\n${row('甲')}\n${row('甲')}\n`.replaceAll(
      '平财购罚〔2025〕7号',
      '平财购罚〔2025〕99号',
    );
    const repeated = importCsv(db, twice, { now });
    expect(repeated).toMatchObject({ total: 2, imported: 1, unchanged: 1, bad: [] });
    expect(repeated.warnings.map((warning) => [warning.line, warning.code])).toEqual([[3, 'repeated-row']]);
  });

  it('accepts the longer column names of the national 双公示 standard and ignores unknown columns', () => {
    const { db } = platform(false);
    const csv = [
      '行政相对人名称,行政相对人代码_1（统一社会信用代码）,行政处罚决定书文号,类别,处罚内容,处罚决定日期,处罚机关,罚款金额(万元),备注',
      '平顶山市澜岫文化传媒有限公司,91410411MA9K3T7Q41,平文旅罚〔2026〕1号,行政处罚,警告,2026/1/2,平顶山市文化广电和旅游局,,无',
    ].join('\r\n');
    const report = importCsv(db, csv, { now });
    expect(report).toMatchObject({ total: 1, imported: 1, bad: [] });
    expect(report.warnings).toEqual([
      expect.objectContaining({ line: 1, code: 'unknown-column', field: '备注' }),
    ]);
    expect(db.prepare("SELECT decision_on FROM credit_records WHERE id LIKE 'imp-%'").get()).toEqual({
      decision_on: '2026-01-02',
    });
  });

  it('refuses a file as a whole when it cannot be read row by row', () => {
    const { db } = platform(false);
    const failedCode = (input: string | Uint8Array): string | undefined =>
      importCsv(db, input, { now }).failed?.code;
    expect(failedCode('')).toBe('empty-file');
    expect(failedCode(`${HEADER}\r\n`)).toBe('no-rows');
    expect(failedCode(`${HEADER}\r\n,,,,,,,,,,,,,\r\n`)).toBe('no-rows');
    expect(failedCode('相对人名称,决定文书号\r\n甲,1')).toBe('missing-columns');
    expect(importCsv(db, '相对人名称,决定文书号\r\n甲,1', { now }).failed?.message).toContain('「决定日期」');
    expect(failedCode(`${HEADER},内容\r\n`)).toBe('duplicate-column');
    expect(failedCode(`${HEADER}\r\n"甲,91410402613341561G`)).toBe('csv-unterminated-quote');
    expect(failedCode(Uint8Array.from([0x41, 0xff, 0xff]))).toBe('undecodable');
    expect(latestSeq(db)).toBeGreaterThan(0);
    expect(count(db, "SELECT count(*) AS n FROM credit_records WHERE id LIKE 'imp-%'")).toBe(0);
  });
});

describe('runImportCli', () => {
  function cli(
    file: string,
    extra: { json?: boolean; dryRun?: boolean; withDemo?: boolean } = {},
  ): { code: number; out: string } {
    const dir = tempDir('ccw-import-cli-');
    cleanup.push(dir.remove);
    const printed: string[] = [];
    // As `npm run platform -- --import-csv` runs it: with the resources, here without the demo data.
    const code = runImportCli({
      dataDir: dir.path,
      file,
      now,
      print: (text) => printed.push(text),
      resourcesDir: RESOURCES_DIR,
      withDemo: false,
      ...extra,
    });
    return { code, out: printed.join('\n') };
  }

  it('prints a Chinese table of the bad rows and succeeds when some rows are in', () => {
    const { code, out } = cli(join(__dirname, 'examples', BAD));
    expect(code).toBe(0);
    expect(out).toContain('已导入      2');
    expect(out).toContain('问题行      10');
    expect(out).toMatch(/问题行明细（12）/u);
    expect(out).toMatch(/\n3 +统一社会信用代码 +identifier-checksum +统一社会信用代码校验未通过/u);
  });

  it('prints JSON on request', () => {
    const { code, out } = cli(join(__dirname, 'examples', CLEAN), { json: true });
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ total: 10, imported: 10, createdSubjects: 10 });
  });

  it('gives a never-started platform its catalogue and demo data first when told where resources are', () => {
    const { code, out } = cli(join(__dirname, 'examples', CLEAN), { json: true, withDemo: true });
    expect(code).toBe(0);
    // The demo subjects exist, so only the five new ones are created.
    expect(JSON.parse(out)).toMatchObject({ imported: 10, createdSubjects: 5 });
  });

  it('exits non-zero when the file could not be imported at all', () => {
    const dir = tempDir('ccw-import-file-');
    cleanup.push(dir.remove);
    const allBad = join(dir.path, 'all-bad.csv');
    writeFileSync(allBad, `${HEADER}\r\n甲,,,x,行政许可,内容,2026-01-01,,机关,,,,,\r\n`);
    expect(cli(allBad).code).toBe(1);
    const missing = cli(join(dir.path, 'missing.csv'));
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('file-unreadable');
    const broken = join(dir.path, 'broken.csv');
    writeFileSync(broken, '相对人名称\r\n甲\r\n');
    const refused = cli(broken);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('missing-columns');
  });
});
