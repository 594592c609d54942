import { afterEach, beforeEach } from 'vitest';
import type { InspectionDetail, InspectionDrawRecord } from '../../../shared/domain/inspection';
import type { InspectionResultRequest, InspectionResults } from '../../../shared/domain/inspection-result';
import { signInForTests } from '../auth/test-session';
import { dispatch } from '../ipc/dispatch';
import { openTempCore } from '../testing/temp-core';

// A supervisor's core on a real SQLite cache with one stored draw, for the 检查结果 tests: each test gets its own.

/** 食品经营许可 city-wide in the demo data: 35 holders, 11 drawn. The clock: 2026-11-27 10:00 in Beijing. */
const FOOD = { regionCode: '410400', matterCode: 'PDS-XK-002' };
export const DRAW_DAY = '2026-11-27';

type Fixture = { core: ReturnType<typeof openTempCore>; draw: InspectionDrawRecord };

/** Registers beforeEach/afterEach in the calling test file; `current()` is the fixture of the running test. */
export function useDrawnCore() {
  let fixture: Fixture | null = null;
  const current = (): Fixture => {
    if (fixture === null) throw new Error('no fixture outside a test');
    return fixture;
  };
  beforeEach(async () => {
    const core = openTempCore();
    signInForTests(core, 'supervisor');
    const drawn = await dispatch(core.handlers, 'inspections:draw', { ...FOOD, seed: 'results-2026' });
    if (!drawn.ok) throw new Error(drawn.error.message);
    fixture = { core, draw: (drawn.value as InspectionDetail).draw };
  });
  afterEach(() => {
    fixture?.core.dispose();
    fixture = null;
  });

  const call = async <T>(channel: string, request: unknown): Promise<T> => {
    const result = await dispatch(current().core.handlers, channel, request);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  };
  const refusedBy = async (channel: string, request: unknown) => {
    const result = await dispatch(current().core.handlers, channel, request);
    if (result.ok) throw new Error(`${channel} was not refused`);
    return result.error;
  };
  const pickAt = (index: number) => {
    const pick = current().draw.result.picked[index];
    if (pick === undefined) throw new Error(`no pick ${index}`);
    return pick;
  };
  /** A first result for the drawn subject at `index`, with its drawn inspectors. */
  const request = (index = 0, patch: Partial<InspectionResultRequest> = {}): InspectionResultRequest => ({
    drawId: current().draw.id,
    subjectId: pickAt(index).subjectId,
    inspectedOn: DRAW_DAY,
    inspectorIds: pickAt(index).inspectorIds,
    outcomeCode: 'no-problem',
    ...patch,
  });
  const record = (index = 0, patch: Partial<InspectionResultRequest> = {}) =>
    call<InspectionResults>('inspections:record-result', request(index, patch));
  const count = (sql: string): number => (current().core.db.prepare(sql).get() as { n: number }).n;
  return { current, call, refusedBy, pickAt, request, record, count };
}
