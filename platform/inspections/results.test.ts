import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InspectionResultRecord } from '../../shared/domain/inspection-result';
import { fixtureDraw, fixtureResult } from '../../shared/inspection/inspection.fixtures';
import { resultMessages } from '../../shared/inspection/result-rules';
import { PlatformError, platformRoutes, PushResponse, type PushResult } from '../../shared/platform-api/api';
import { CityInspectionResults, inspectionResultsRoute } from '../../shared/platform-api/inspection';
import { startTempPlatform, type TempPlatform } from '../testing/temp-platform';
import { basic } from '../testing/workflow-fixtures';
import { resultRefusals } from './receive-result';

// The platform's side of 检查结果, straight over HTTP: what it files, what it refuses and why, and the list it
// serves the city's reviewers.

let platform: TempPlatform;
let device: Record<string, string>;
let other: Record<string, string>;
let mutation = 0;
beforeAll(async () => {
  platform = await startTempPlatform({ now: () => new Date('2026-12-01T02:00:00Z') });
  ({ headers: device } = await platform.enrol('新华区市场监管局'));
  ({ headers: other } = await platform.enrol('卫东区市场监管局'));
  await platform.addUser({ username: 'zhaolei', password: 'secret-123', role: 'supervisor' });
  await platform.addUser({ username: 'wangfang', password: 'secret-123', role: 'clerk' });
  expect((await push([entry('inspection.drawn', fixtureDraw)]))[0]?.status).toBe('applied');
});
afterAll(() => platform.dispose());

function entry(kind: string, payload: unknown, mutationId = ++mutation): unknown {
  return { mutationId, kind, createdAt: '2026-12-01T09:00:00.000+08:00', payload };
}

async function push(entries: unknown[], as = device): Promise<PushResult[]> {
  const response = await fetch(`${platform.url}${platformRoutes.outbox}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...as },
    body: JSON.stringify({ entries }),
  });
  if (response.status !== 200) throw new Error(`outbox: ${response.status} ${await response.text()}`);
  return PushResponse.parse(await response.json()).results;
}

const sendResult = async (payload: unknown, as = device): Promise<PushResult> => {
  const [result] = await push([entry('inspection.result-recorded', payload)], as);
  if (result === undefined) throw new Error('no answer');
  return result;
};

const refusal = (result: PushResult) =>
  result.status === 'rejected' ? { code: result.code, message: result.message } : result;

const stored = (): number =>
  platform.db.prepare('SELECT count(*) FROM platform_inspection_results').pluck().get() as number;

const city = (query = '', headers = basic('zhaolei', 'secret-123')) =>
  fetch(`${platform.url}${inspectionResultsRoute}${query}`, { headers });

describe('inspection.result-recorded at the platform', () => {
  it('files a result of its own draw once; the same result again is a duplicate, other content under its id a conflict', async () => {
    const result = fixtureResult({ id: 'p-r1' });
    expect(await sendResult(result)).toMatchObject({ status: 'applied' });
    // Sent again under a new mutation id (e.g. after a local reset): the same evidence, filed once.
    expect(await sendResult(result)).toMatchObject({ status: 'duplicate' });
    expect(refusal(await sendResult({ ...result, inspectedOn: '2026-12-02' }))).toMatchObject({
      code: 'EVIDENCE_CONFLICT',
    });
    // Another entry claiming the same revision of the same subject: refused, the first one stays.
    expect(refusal(await sendResult({ ...result, id: 'p-r1-twin' }))).toMatchObject({
      code: 'EVIDENCE_CONFLICT',
    });
    const row = platform.db
      .prepare(
        'SELECT draw_id AS "drawId", subject_id AS "subjectId", revision, problem_found AS "problemFound" FROM platform_inspection_results',
      )
      .all();
    expect(row).toEqual([{ drawId: 'draw-1', subjectId: 's1', revision: 1, problemFound: 0 }]);
    expect(() => platform.db.prepare('DELETE FROM platform_inspection_results').run()).toThrow(/append-only/);
  });

  it('refuses a subject outside the draw, an ineligible inspector, a substitution without reason, a day before the draw', async () => {
    const base = fixtureResult({ id: 'p-r2', subjectId: 's2' });
    expect(refusal(await sendResult({ ...base, subjectId: 's3' }))).toEqual({
      code: 'INSPECTION_RESULT_REFUSED',
      message: `${resultRefusals.prefix}${resultMessages.subjectNotDrawn}`,
    });
    const [i1, , i3] = fixtureDraw.inspectors;
    expect(
      refusal(await sendResult({ ...base, inspectors: [i1, i3], substitutionReason: '调派' })),
    ).toMatchObject({
      code: 'INSPECTION_RESULT_REFUSED',
      message: expect.stringContaining('甄樾青') as string,
    });
    const s1Swap = fixtureResult({
      id: 'p-r3',
      subjectId: 's1',
      revision: 1,
      inspectors: [i1, i3].flatMap((e) => (e ? [e] : [])),
    });
    expect(refusal(await sendResult({ ...s1Swap, id: 'p-r3' }))).toMatchObject({
      code: 'INSPECTION_RESULT_REFUSED',
      message: expect.stringContaining(resultMessages.substitutionReasonRequired) as string,
    });
    expect(refusal(await sendResult({ ...base, inspectedOn: '2026-11-26' }))).toMatchObject({
      message: expect.stringContaining(resultMessages.inspectedBeforeDraw('2026-11-27')) as string,
    });
    expect(refusal(await sendResult({ ...base, drawNumber: 'SJ-OTHER' }))).toEqual({
      code: 'INSPECTION_RESULT_REFUSED',
      message: resultRefusals.numberMismatch,
    });
    expect(stored()).toBe(1);
  });

  it("refuses another device's draw, an unknown draw, and a correction of nothing", async () => {
    const result = fixtureResult({ id: 'p-r4', subjectId: 's2' });
    expect(refusal(await sendResult(result, other))).toEqual({
      code: 'INSPECTION_DRAW_UNKNOWN',
      message: resultRefusals.drawUnknown,
    });
    expect(refusal(await sendResult({ ...result, drawId: 'draw-x' }))).toMatchObject({
      code: 'INSPECTION_DRAW_UNKNOWN',
    });
    const correction = { ...result, revision: 2, correctsId: 'p-r-none', correctionReason: '更正' };
    expect(refusal(await sendResult(correction))).toEqual({
      code: 'INSPECTION_RESULT_REFUSED',
      message: resultRefusals.revisionGap,
    });
    expect(stored()).toBe(1);
  });

  it('refuses hostile text and shapes as invalid, without filing anything', async () => {
    const problem = { code: 'case-filed', label: '发现问题已立案查处', problemFound: true };
    const hostile: InspectionResultRecord[] = [
      fixtureResult({ id: 'h1', subjectId: 's2', outcome: problem, handling: '立案\u0000' }),
      fixtureResult({ id: 'h2', subjectId: 's2', outcome: problem, handling: '\u202e案立' }),
      fixtureResult({ id: 'h3', subjectId: 's2', outcome: problem, handling: '案'.repeat(1001) }),
      fixtureResult({ id: 'h4', subjectId: 's2', outcome: problem, handling: null }),
      fixtureResult({ id: 'x'.repeat(201), subjectId: 's2' }),
    ];
    for (const payload of hostile)
      expect(refusal(await sendResult(payload))).toMatchObject({ code: 'INVALID_PAYLOAD' });
    expect(refusal(await sendResult('not a result'))).toMatchObject({ code: 'INVALID_PAYLOAD' });
    expect(stored()).toBe(1);
  });
});

describe('GET inspections/results', () => {
  it('needs a reviewer by HTTP Basic', async () => {
    expect((await city('', {})).status).toBe(401);
    const clerk = await city('', basic('wangfang', 'secret-123'));
    expect(clerk.status).toBe(403);
    expect(PlatformError.parse(await clerk.json()).code).toBe('ROLE_FORBIDDEN');
    expect((await city('?limit=0')).status).toBe(400);
  });

  it('lists the received draws with their published results and how many still await one', async () => {
    const response = await city(`?number=${encodeURIComponent(fixtureDraw.number)}`);
    expect(response.status).toBe(200);
    const body = CityInspectionResults.parse(await response.json());
    expect(body.draws).toEqual([
      expect.objectContaining({
        number: fixtureDraw.number,
        taskName: '新华区食品经营许可“双随机”抽查',
        picked: 2,
        recorded: 1,
        pending: 1,
        rows: [
          {
            order: 1,
            subjectName: '平顶山市鹰城食品有限公司',
            identifier: '91410402MA00000017',
            inspectedOn: '2026-12-01',
            outcome: '未发现问题',
            handling: '',
            department: '新华区市场监督管理局',
          },
        ],
      }),
    ]);
    const none = CityInspectionResults.parse(await (await city('?number=SJ-NONE')).json());
    expect(none.draws).toEqual([]);
  });
});
