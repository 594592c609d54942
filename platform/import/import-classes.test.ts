// 失信程度, 领域 and 处罚程序 in a department's CSV, imported into the real platform database: good and bad
// values, the 河南条例 flag on a natural person's 简易程序 penalty, and classification added to held records.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../node-shared/db/connection';
import { openPlatformDb } from '../db/open-platform-db';
import { latestSeq } from '../feed/feed.repo';
import { seedRuleTables } from '../rules/rule-tables';
import { seedIfEmpty } from '../registry/seed';
import { RESOURCES_DIR, tempDir } from '../testing/temp-platform';
import { importCsv } from './import-csv';
import { importedRecordId } from './import-ids';

let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((fn) => fn());
  cleanup = [];
});

const now = (): Date => new Date(2026, 10, 28, 12, 0, 0);

function platform(rules = true): Db {
  const dir = tempDir('ccw-import-classes-');
  const db = openPlatformDb(dir.path);
  cleanup.push(() => {
    db.close();
    dir.remove();
  });
  seedIfEmpty(db, RESOURCES_DIR, true);
  if (rules) seedRuleTables(db, RESOURCES_DIR, now());
  return db;
}

const CLASSIFIED = readFileSync(join(__dirname, 'examples', 'example-classified.csv'));

const classesOf = (db: Db, decisionNumber: string, department: string): unknown =>
  db
    .prepare('SELECT severity, domain, procedure, status FROM credit_records WHERE id = ?')
    .get(importedRecordId(decisionNumber, department));

describe('importCsv — 失信程度, 领域, 处罚程序', () => {
  it('writes the three columns, maps field names to their keys, and reports bad values by line', () => {
    const db = platform();
    const report = importCsv(db, CLASSIFIED, { now });
    expect(report).toMatchObject({ total: 9, imported: 6, badRows: 3 });
    expect(report.bad.map(({ line, field, code }) => [line, field, code])).toEqual([
      [8, '失信程度', 'invalid-severity'],
      [9, '领域', 'unknown-domain'],
      [10, '处罚程序', 'invalid-procedure'],
    ]);
    expect(report.bad[0]?.message).toBe('失信程度「较重」无法识别，应为“轻微”“一般”或“严重”。');
    expect(report.bad[1]?.message).toContain('领域「航天」无法识别，可填写：安全生产、特种设备、消防');
    expect(report.bad[2]?.message).toBe('处罚程序「快速」无法识别，应为“简易”或“普通”。');

    expect(classesOf(db, '平应急罚〔2026〕61号', '平顶山市应急管理局')).toEqual({
      severity: 'general',
      domain: 'work-safety',
      procedure: 'ordinary',
      status: 'published',
    });
    expect(classesOf(db, '平环罚〔2026〕64号', '平顶山市生态环境局')).toMatchObject({
      severity: 'serious',
      domain: 'environment',
    });
    // An alias (道路运输) reads as its field; a company's 简易程序 penalty is an ordinary record.
    expect(classesOf(db, '平交执罚〔2026〕66号', '平顶山市交通运输局')).toMatchObject({
      severity: 'minor',
      domain: 'transport',
      procedure: 'simple',
    });
    // A licence keeps its field; 失信程度 is not for licences and is dropped with a warning.
    expect(classesOf(db, '平住建施许〔2026〕65号', '平顶山市住房和城乡建设局')).toMatchObject({
      severity: null,
      domain: 'construction',
      procedure: null,
    });
  });

  it('imports a natural person’s 简易程序 penalty with procedure=simple and flags it as no basis (河南条例)', () => {
    const db = platform();
    const seq = latestSeq(db);
    const report = importCsv(db, CLASSIFIED, { now });
    expect(report.warnings.map(({ line, code }) => [line, code])).toEqual([
      [3, 'not-a-basis'],
      [4, 'check-not-a-basis'],
      [6, 'severity-ignored'],
    ]);
    const flag = report.warnings[0]?.message ?? '';
    expect(flag).toContain('《河南省社会信用条例》');
    expect(flag).toContain('不向同级信用信息共享平台报送，不得作为失信联合惩戒的依据');
    expect(flag).toContain('本行已导入（处罚程序记为简易程序）');
    // 普通程序, 轻微: the 条例's second case needs a fact the file lacks, so the department is asked.
    expect(report.warnings[1]?.message).toContain('请报送部门核实：如属自然人违法行为轻微');

    const id = importedRecordId('平城管罚〔2026〕62号', '平顶山市城市管理局');
    expect(
      db.prepare('SELECT severity, domain, procedure, status FROM credit_records WHERE id = ?').get(id),
    ).toEqual({ severity: 'minor', domain: 'urban-management', procedure: 'simple', status: 'published' });
    // It reaches the clients with its 处罚程序, so each of them leaves it out as a basis.
    const change = db
      .prepare("SELECT row FROM changes WHERE seq > ? AND tbl = 'credit_records' AND key = ?")
      .get(seq, id) as { row: string };
    expect(JSON.parse(change.row)).toMatchObject({ procedure: 'simple', severity: 'minor' });
  });

  it('fills in the classification of a record held without it, and refuses one that contradicts it', () => {
    const db = platform();
    const header = readFileSync(join(__dirname, 'examples', 'example-clean.csv'), 'utf8')
      .replace(/^\uFEFF/u, '')
      .split(/\r?\n/u)[0];
    const row =
      '冯志亚,,410425196906028054,平商务罚〔2026〕5号,行政处罚,未按规定办理单用途商业预付卡备案，责令改正，罚款人民币5000元,2026年4月15日,2027年4月15日,平顶山市商务局,,罚款,0.5,,410400';
    expect(importCsv(db, `${header}\r\n${row}\r\n`, { now })).toMatchObject({ imported: 1 });
    const withClasses = `${header},失信程度,领域,处罚程序\r\n${row},一般,市场监管,\r\n`;
    const filled = importCsv(db, withClasses, { now });
    expect(filled).toMatchObject({ imported: 1, unchanged: 0, bad: [] });
    expect(filled.warnings.map((warning) => warning.code)).toEqual(['classification-added']);
    expect(classesOf(db, '平商务罚〔2026〕5号', '平顶山市商务局')).toMatchObject({
      severity: 'general',
      domain: 'market',
      procedure: null,
    });
    // The same file again: unchanged. A file that leaves the columns empty keeps what is held.
    expect(importCsv(db, withClasses, { now })).toMatchObject({ imported: 0, unchanged: 1 });
    expect(importCsv(db, `${header}\r\n${row}\r\n`, { now })).toMatchObject({ bad: [] });
    expect(classesOf(db, '平商务罚〔2026〕5号', '平顶山市商务局')).toMatchObject({ severity: 'general' });
    // Another grade for the same decision is a correction the department must ask for.
    const contradicting = importCsv(db, `${header},失信程度\r\n${row},严重\r\n`, { now });
    expect(contradicting.bad.map((problem) => problem.code)).toEqual(['decision-number-taken']);
  });

  it('refuses the file as a whole on a platform that does not hold the record rules yet', () => {
    const db = platform(false);
    const report = importCsv(db, CLASSIFIED, { now });
    expect(report.failed?.code).toBe('rules-missing');
    expect(report.imported).toBe(0);
  });
});
