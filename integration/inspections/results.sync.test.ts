import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InspectionDetail, InspectionDrawRecord } from '../../shared/domain/inspection';
import type { InspectionResultRecord, InspectionResults } from '../../shared/domain/inspection-result';
import type { SyncStatus } from '../../shared/domain/sync';
import { CityInspectionResults, inspectionResultsRoute } from '../../shared/platform-api/inspection';
import { resultRefusals } from '../../platform/inspections/receive-result';
import { basic } from '../../platform/testing/workflow-fixtures';
import { signInForTests } from '../../electron/core/auth/test-session';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { enqueue } from '../../electron/core/sync/outbox.repo';
import { enrolAndSync, FAST_RETRY, openTempPlatform } from '../testing/platform-fixture';
import { openTempCore } from '../../electron/core/testing/temp-core';

// A county supervisor's PC and the city platform, both real: loopback HTTP, SQLite on each side. Results reach
// the platform once; one for a subject outside the draw, or for another PC's draw, is refused there.

const FOOD = { regionCode: '410400', matterCode: 'PDS-XK-002' };

let platform: Awaited<ReturnType<typeof openTempPlatform>>;
let cores: ReturnType<typeof openTempCore>[] = [];

async function openEnrolledCore(deviceName: string): Promise<ReturnType<typeof openTempCore>> {
  const core = openTempCore({
    withDemo: false,
    clock: { now: new Date() },
    syncOptions: { retry: FAST_RETRY, timeoutMs: 5000 },
  });
  cores.push(core);
  await enrolAndSync(core, platform.current(), deviceName);
  signInForTests(core, 'supervisor');
  return core;
}

async function sync(core: ReturnType<typeof openTempCore>): Promise<void> {
  const synced = await core.sync.run();
  if (!synced.ok) throw new Error(synced.error.message);
}

async function call<T>(core: ReturnType<typeof openTempCore>, channel: string, request: unknown): Promise<T> {
  const result = await dispatch(core.handlers, channel, request);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const platformRows = (): { resultId: string; revision: number; outcome: string }[] =>
  platform
    .current()
    .db.prepare(
      `SELECT result_id AS resultId, revision, outcome_code AS outcome FROM platform_inspection_results
       ORDER BY revision`,
    )
    .all() as { resultId: string; revision: number; outcome: string }[];

const cityResults = async (number: string): Promise<CityInspectionResults> => {
  const response = await fetch(
    `${platform.current().url}${inspectionResultsRoute}?number=${encodeURIComponent(number)}`,
    { headers: basic('zhaomin', 'demo1234') },
  );
  expect(response.status).toBe(200);
  return CityInspectionResults.parse(await response.json());
};

const rejectedOf = async (core: ReturnType<typeof openTempCore>) =>
  (await call<SyncStatus>(core, 'sync:status', {})).rejected;

let county: ReturnType<typeof openTempCore>;
let draw: InspectionDrawRecord;

const firstResult = (patch: Record<string, unknown> = {}) => {
  const pick = draw.result.picked[0];
  return {
    drawId: draw.id,
    subjectId: pick?.subjectId ?? '',
    inspectedOn: draw.drawnAt.slice(0, 10),
    inspectorIds: pick?.inspectorIds ?? [],
    outcomeCode: 'rectification-ordered',
    handling: '未在经营场所公示许可证，已当场责令改正',
    ...patch,
  };
};

beforeEach(async () => {
  platform = await openTempPlatform();
  county = await openEnrolledCore('叶县市场监管局 督导');
  draw = (await call<InspectionDetail>(county, 'inspections:draw', { ...FOOD, seed: 'city-results' })).draw;
});
afterEach(async () => {
  cores.forEach((core) => core.dispose());
  cores = [];
  await platform.dispose();
});

describe('检查结果 with the city platform', () => {
  it('reach the platform once, corrections as new entries, and the city reads the published list', async () => {
    const recorded = await call<InspectionResults>(county, 'inspections:record-result', firstResult());
    const first = recorded.subjects[0]?.current;
    await sync(county);
    await sync(county);
    expect(platformRows()).toEqual([{ resultId: first?.id, revision: 1, outcome: 'rectification-ordered' }]);
    const delivered = county.db
      .prepare("SELECT state FROM outbox WHERE kind = 'inspection.result-recorded'")
      .pluck()
      .all();
    expect(delivered).toEqual(['delivered']);

    await call<InspectionResults>(
      county,
      'inspections:record-result',
      firstResult({ correctsId: first?.id, correctionReason: '复查时发现已立案', outcomeCode: 'case-filed' }),
    );
    await sync(county);
    expect(platformRows().map((row) => [row.revision, row.outcome])).toEqual([
      [1, 'rectification-ordered'],
      [2, 'case-filed'],
    ]);
    const city = await cityResults(draw.number);
    expect(city.draws).toHaveLength(1);
    expect(city.draws[0]).toMatchObject({
      number: draw.number,
      taskName: '平顶山市食品经营许可“双随机”抽查',
      picked: draw.result.picked.length,
      recorded: 1,
      pending: draw.result.picked.length - 1,
    });
    // The same rows the county publishes.
    const local = await call<InspectionResults>(county, 'inspections:results', { drawId: draw.id });
    expect(city.draws[0]?.rows).toEqual(local.published);
    expect(city.draws[0]?.rows[0]?.outcome).toBe('发现问题已立案查处');
  });

  it('answers a retried push with its first answer, and files nothing twice', async () => {
    await call<InspectionResults>(county, 'inspections:record-result', firstResult());
    await sync(county);
    // As if the answer had been lost: the entry goes up again under the same mutation id.
    county.db.prepare("UPDATE outbox SET state = 'pending' WHERE kind = 'inspection.result-recorded'").run();
    await sync(county);
    expect(platformRows()).toHaveLength(1);
    expect(await rejectedOf(county)).toEqual([]);
    const state = county.db
      .prepare("SELECT state FROM outbox WHERE kind = 'inspection.result-recorded'")
      .pluck()
      .get();
    expect(state).toBe('delivered');
  });

  it('refuses a result for a subject the draw did not pick, and keeps it on the PC with the reason', async () => {
    const notDrawn = draw.pool.find(
      (subject) => !draw.result.picked.some((pick) => pick.subjectId === subject.id),
    );
    const honest = (await call<InspectionResults>(county, 'inspections:record-result', firstResult()))
      .subjects[0]?.current as InspectionResultRecord;
    // A tampered cache (the core itself refuses this): the same result, moved to a subject outside the draw.
    county.db.transaction(() =>
      enqueue(
        county.db,
        'inspection.result-recorded',
        { ...honest, id: 'forged-1', subjectId: notDrawn?.id },
        honest.recordedAt,
      ),
    )();
    await sync(county);
    expect(platformRows().map((row) => row.resultId)).toEqual([honest.id]);
    expect(await rejectedOf(county)).toEqual([
      expect.objectContaining({
        kind: 'inspection.result-recorded',
        code: 'INSPECTION_RESULT_REFUSED',
        message: expect.stringContaining('不在这次抽查的随机抽取名单中') as string,
      }),
    ]);
  });

  it("refuses a result for another PC's draw", async () => {
    await sync(county);
    const other = await openEnrolledCore('郏县市场监管局 督导');
    const honest = (await call<InspectionResults>(county, 'inspections:record-result', firstResult()))
      .subjects[0]?.current as InspectionResultRecord;
    await sync(county);
    // The other PC sends a result of the county's draw (its id and number copied): not its draw.
    other.db.transaction(() =>
      enqueue(other.db, 'inspection.result-recorded', { ...honest, id: 'copied-1' }, honest.recordedAt),
    )();
    await sync(other);
    expect(await rejectedOf(other)).toEqual([
      expect.objectContaining({ code: 'INSPECTION_DRAW_UNKNOWN', message: resultRefusals.drawUnknown }),
    ]);
    expect(platformRows().map((row) => row.resultId)).toEqual([honest.id]);
  });
});
