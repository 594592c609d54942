import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../shared/domain/export';
import type { InspectionDetail, InspectionList, InspectionPool } from '../../../shared/domain/inspection';
import { InspectionRatios } from '../../../shared/sampling/ratios';
import { InspectorRoster, regionCovers } from '../../../shared/sampling/roster';
import { signInForTests } from '../auth/test-session';
import { dispatch } from '../ipc/dispatch';
import { openTempCore, RESOURCES_DIR } from '../testing/temp-core';
import { methodAnnex } from '../../../shared/inspection/draw-list';
import { drawListHash } from '../../../node-shared/inspections/pool-hash';
import { publishedRows } from './published-list';
import { replayDraw } from '../../../node-shared/inspections/replay';

const bundledRatios = InspectionRatios.parse(
  JSON.parse(readFileSync(join(RESOURCES_DIR, 'rules', 'inspection-ratios.json'), 'utf8')),
);
const roster = InspectorRoster.parse(
  JSON.parse(readFileSync(join(RESOURCES_DIR, 'rules', 'inspector-roster.json'), 'utf8')),
);
/** 食品经营许可 (licensing): 35 存续 holders city-wide in the demo data. */
const FOOD = { regionCode: '410400', matterCode: 'PDS-XK-002' };

let core: ReturnType<typeof openTempCore>;
beforeEach(() => {
  core = openTempCore();
  signInForTests(core, 'supervisor');
});
afterEach(() => core.dispose());

async function call<T>(channel: string, request: unknown): Promise<T> {
  const result = await dispatch(core.handlers, channel, request);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const draw = (request: Record<string, unknown> = {}) =>
  call<InspectionDetail>('inspections:draw', { ...FOOD, ...request });

describe('inspections:pool', () => {
  it('groups the holders of the matter licence in the region by grade, with the ratio and the expected count', async () => {
    const pool = await call<InspectionPool>('inspections:pool', FOOD);
    expect(pool.matterName).toBe('食品经营许可');
    expect(pool.subjects).toHaveLength(35);
    expect(
      pool.grades.map(({ grade, population, max, expected }) => [grade, population, max, expected]),
    ).toEqual([
      ['A', 12, 0.05, 1],
      ['B', 2, 0.2, 1],
      ['C', 1, 0.6, 1],
      ['D', 4, 1, 4],
      ['ungraded', 16, 0.2, 4],
    ]);
    expect(pool).toMatchObject({ ratiosSource: 'bundled', rosterDemo: true, problems: [] });
    for (const subject of pool.subjects) expect(subject.inspectorIds.length).toBeGreaterThanOrEqual(2);
    const district = await call<InspectionPool>('inspections:pool', { ...FOOD, regionCode: '410403' });
    expect(district.subjects).toHaveLength(6);
    expect(district.subjects.every((subject) => subject.regionCode === '410403')).toBe(true);
  });
});

describe('inspections:draw', () => {
  it('stores the draw with its seed, pool hash, ratios and inspectors, its outbox row and audit entry, in one go', async () => {
    const detail = await draw({ seed: 'PDS-2026-12-02' });
    const record = detail.draw;
    expect(record).toMatchObject({ seed: 'PDS-2026-12-02', seedSource: 'given' });
    expect(record.actor).toContain('赵敏');
    expect(record.ratios).toEqual(bundledRatios);
    expect(record.poolHash).toMatch(/^[0-9a-f]{64}$/);
    expect(record.result.picked).toHaveLength(11);
    const inspectorsById = new Map(roster.inspectors.map((inspector) => [inspector.id, inspector]));
    const poolById = new Map(record.pool.map((subject) => [subject.id, subject]));
    for (const pick of record.result.picked) {
      expect(pick.inspectorIds).toHaveLength(2);
      const region = poolById.get(pick.subjectId)?.regionCode ?? '';
      for (const id of pick.inspectorIds) {
        const inspector = inspectorsById.get(id);
        expect(inspector?.matterCategories).toContain('licensing');
        expect(inspector?.regions.some((code) => regionCovers(code, region))).toBe(true);
      }
    }
    const pairs = new Set(record.result.picked.map((pick) => [...pick.inspectorIds].sort().join('+')));
    expect(pairs.size).toBeGreaterThan(1);
    expect(detail.replay).toMatchObject({ reproduces: true, poolHashMatches: true });
    expect(detail.rows).toHaveLength(11);
    expect(detail.listHash).toBe(drawListHash(publishedRows(record)));
    expect(detail.listHash).toMatch(/^[0-9a-f]{64}$/);

    const outbox = core.db.prepare("SELECT payload FROM outbox WHERE kind = 'inspection.drawn'").all() as {
      payload: string;
    }[];
    expect(outbox).toHaveLength(1);
    expect(JSON.parse(outbox[0]?.payload ?? 'null')).toEqual(record);
    const audit = core.db
      .prepare(
        "SELECT action, target_id AS targetId, case_number AS caseNumber FROM audit_log WHERE target_type = 'inspection'",
      )
      .all();
    expect(audit).toEqual([{ action: 'inspection.draw', targetId: record.id, caseNumber: record.number }]);
    expect(() => core.db.prepare("UPDATE inspection_draws SET seed = 'x'").run()).toThrow(/append-only/);
    expect(() => core.db.prepare('DELETE FROM inspection_draws').run()).toThrow(/append-only/);
  });

  it('gives the same draw for the same seed and pool, another for another seed, and makes a seed when none is given', async () => {
    const first = await draw({ seed: 'same-seed' });
    const again = await draw({ seed: 'same-seed' });
    expect(again.draw.id).not.toBe(first.draw.id);
    expect(again.draw.result).toEqual(first.draw.result);
    expect(again.draw.poolHash).toBe(first.draw.poolHash);
    const other = await draw({ seed: 'other-seed' });
    expect(other.draw.result.picked).not.toEqual(first.draw.result.picked);
    const generated = await draw();
    expect(generated.draw.seedSource).toBe('generated');
    expect(generated.draw.seed).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const list = await call<InspectionList>('inspections:list', {});
    expect(list.total).toBe(4);
    expect(list.items[0]).toMatchObject({ matterName: '食品经营许可', poolSize: 35, picked: 11 });
  });

  it('replays a stored draw from its record, and tells when the record was altered', async () => {
    const { draw: record } = await draw({ seed: 'replay-me' });
    const stored = await call<InspectionDetail>('inspections:get', { id: record.id });
    expect(stored.draw).toEqual(record);
    expect(stored.replay).toMatchObject({ reproduces: true, poolHashMatches: true });
    const swapped = record.result.picked.map((pick, index) =>
      index === 0 ? { ...pick, inspectorIds: [...pick.inspectorIds].reverse() } : pick,
    );
    expect(
      replayDraw({ ...record, result: { ...record.result, picked: swapped } }, new Date()),
    ).toMatchObject({
      reproduces: false,
      poolHashMatches: true,
    });
    const fewer = record.pool.slice(1);
    expect(replayDraw({ ...record, pool: fewer }, new Date())).toMatchObject({
      reproduces: false,
      poolHashMatches: false,
    });
  });

  it('uses a ratio chosen within the range and refuses one outside it, a bad seed or an empty pool', async () => {
    const chosen = await draw({ seed: 'chosen', chosenRatios: { A: 0.01 } });
    expect(chosen.draw.result.perGrade[0]).toMatchObject({ grade: 'A', ratio: 0.01, drawn: 1 });
    const refused = async (request: Record<string, unknown>) => {
      const result = await dispatch(core.handlers, 'inspections:draw', { ...FOOD, ...request });
      return result.ok ? null : result.error;
    };
    expect((await refused({ chosenRatios: { B: 0.5 } }))?.message).toContain('5%–20%');
    expect((await refused({ seed: '种子' }))?.code).toBe('BAD_REQUEST');
    expect(await refused({ matterCode: 'PDS-ZR-001' })).toMatchObject({ code: 'INSPECTION_INVALID' });
    expect(await refused({ matterCode: 'NOPE' })).toMatchObject({ code: 'MATTER_UNKNOWN' });
  });

  it('is refused to a clerk in the core', async () => {
    signInForTests(core, 'clerk');
    const result = await dispatch(core.handlers, 'inspections:pool', FOOD);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('ROLE_FORBIDDEN');
  });
});

describe('the rule tables in force', () => {
  it('take fed ratios and roster: the pool, the draw and its record follow them', async () => {
    const feed = (id: string, content: unknown, version: string) =>
      core.db
        .prepare(
          `INSERT INTO rule_tables (id, version, content, updated_at) VALUES (?, ?, ?, '2026-12-01T10:00:00+08:00')
           ON CONFLICT (id) DO UPDATE SET version = excluded.version, content = excluded.content`,
        )
        .run(id, version, JSON.stringify(content));
    const ratios = {
      ...bundledRatios,
      version: '2',
      grades: bundledRatios.grades.map((entry) => (entry.grade === 'A' ? { ...entry, ratio: 0.5 } : entry)),
    };
    feed('inspection-ratios', ratios, '2');
    const pool = await call<InspectionPool>('inspections:pool', FOOD);
    expect(pool).toMatchObject({ ratiosVersion: '2', ratiosSource: 'platform' });
    expect(pool.grades[0]).toMatchObject({ grade: 'A', population: 12, min: 0.5, max: 0.5, expected: 6 });
    const detail = await draw({ seed: 'fed' });
    expect(detail.draw.ratios.version).toBe('2');
    expect(detail.draw.result.perGrade[0]).toMatchObject({ drawn: 6 });

    // A roster with one inspector left in 卫东区 and none city-wide: its subjects cannot get two.
    const thin = {
      ...roster,
      version: 'thin',
      inspectors: roster.inspectors.filter(
        (inspector) =>
          inspector.id !== 'insp-410403-1' &&
          inspector.id !== 'insp-410403-2' &&
          !inspector.regions.includes('410400'),
      ),
    };
    feed('inspector-roster', thin, 'thin');
    const short = await call<InspectionPool>('inspections:pool', { ...FOOD, regionCode: '410403' });
    expect(short.problems[0]).toContain('不足 2 人');
    const refused = await dispatch(core.handlers, 'inspections:draw', { ...FOOD, regionCode: '410403' });
    expect(refused.ok).toBe(false);
  });
});

describe('inspections:export', () => {
  it('exports the 随机抽取名单 as CSV and Excel (with its annex), natural persons masked, and records the export', async () => {
    // A natural person holding the licence in 新华区, grade D (drawn at 100%).
    core.db
      .prepare(
        `INSERT INTO subjects (id, name, identifier, identifier_kind, kind, region_code, status, updated_at)
         VALUES ('np-1', '冯志亚', '11010519491231002X', 'citizen-id', 'natural-person', '410402', 'active',
                 '2026-11-01T00:00:00.000Z')`,
      )
      .run();
    core.db
      .prepare(
        `INSERT INTO subject_grades (id, subject_id, scheme, grade, evaluator, evaluated_on, valid_until, source)
         VALUES ('np-g-1', 'np-1', 'market-risk', 'D', '新华区市场监督管理局', '2026-10-01', NULL, '测试')`,
      )
      .run();
    core.db
      .prepare(
        `INSERT INTO credit_records (id, subject_id, category, title, content, source_department, decision_on, status)
         VALUES ('np-r-1', 'np-1', 'license', '食品经营许可', '准予行政许可', '新华区市场监督管理局', '2026-01-05', 'published')`,
      )
      .run();
    const { draw: record, listHash } = await draw({ seed: 'export', regionCode: '410402' });
    const csvFile = await call<ExportFile>('inspections:export', { id: record.id, format: 'csv' });
    expect(csvFile.name).toBe(`随机抽取名单-${record.number}.csv`);
    expect(csvFile.rows).toBe(record.result.picked.length);
    const csv = Buffer.from(csvFile.base64, 'base64').toString('utf8');
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFF序号,检查对象名称,统一社会信用代码/公民身份号码,风险分类,检查人员,执法证号,抽查事项',
    );
    expect(csv).toContain('冯**,110105********002X,高风险,');
    expect(csv).not.toContain('冯志亚');
    expect(csv).not.toContain('19491231');

    const xlsxFile = await call<ExportFile>('inspections:export', { id: record.id, format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsxFile.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('随机抽取名单');
    const texts: string[] = [];
    sheet?.eachRow((row) => {
      // Every cell this export writes is a string or a number.
      const cells = (row.values as (string | number | undefined)[]).filter((value) => value !== undefined);
      texts.push(cells.join('|'));
    });
    expect(texts[0]).toBe('随机抽取名单');
    expect(texts.join('\n')).not.toContain('抽查结果公示');
    expect(texts.join('\n')).toContain(`任务编号：${record.number}`);
    expect(texts.join('\n')).toContain(`随机种子：export`);
    expect(texts.join('\n')).toContain(`名单摘要（SHA-256）：${listHash}`);
    const annex: string[] = [];
    workbook.getWorksheet('抽取方法说明')?.eachRow((row) => {
      annex.push(String((row.values as unknown[])[1]));
    });
    expect(annex[0]).toBe('附件：抽取方法说明');
    expect(annex.join('\n')).toEqual(
      [methodAnnex(record, listHash).title, ...methodAnnex(record, listHash).paragraphs].join('\n'),
    );
    expect(annex.join('\n')).toContain('cyrb128');
    expect(annex.join('\n')).toContain('风险分类');
    expect(texts.some((line) => line.startsWith('1|'))).toBe(true);
    // The table's rows are words (name, 风险分类, inspectors, matter): no id of a subject or an inspector.
    for (const line of texts.filter((text) => /^\d+\|/.test(text))) {
      const [, name, , grade, inspectors, , matter] = line.split('|');
      expect([name, grade, inspectors, matter].join(''), line).not.toMatch(/[A-Za-z]/);
    }
    const exports = core.db
      .prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'inspection.export' AND target_id = ?")
      .get(record.id);
    expect(exports).toEqual({ n: 2 });
  });
});
