import { enrolAt } from '../testing/platform-fixture';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InspectionDetail, InspectionPool } from '../../shared/domain/inspection';
import { InspectionRatios } from '../../shared/sampling/ratios';
import { receivedDraws } from '../../platform/outbox/evidence.repo';
import { setRuleTable } from '../../platform/rules/rule-tables';
import { signInForTests } from '../../electron/core/auth/test-session';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { FAST_RETRY, openTempPlatform } from '../testing/platform-fixture';
import { openTempCore, RESOURCES_DIR } from '../../electron/core/testing/temp-core';

// A county client and the city platform, both real: loopback HTTP, SQLite on each side.
const bundledRatios = InspectionRatios.parse(
  JSON.parse(readFileSync(join(RESOURCES_DIR, 'rules', 'inspection-ratios.json'), 'utf8')),
);
const FOOD = { regionCode: '410400', matterCode: 'PDS-XK-002' };

let platform: Awaited<ReturnType<typeof openTempPlatform>>;
let core: ReturnType<typeof openTempCore>;

const sync = async (): Promise<void> => {
  const synced = await core.sync.run();
  if (!synced.ok) throw new Error(synced.error.message);
};

async function call<T>(channel: string, request: unknown): Promise<T> {
  const result = await dispatch(core.handlers, channel, request);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

beforeEach(async () => {
  platform = await openTempPlatform();
  core = openTempCore({
    withDemo: false,
    clock: { now: new Date() },
    syncOptions: { retry: FAST_RETRY, timeoutMs: 5000 },
  });
  const enrolled = await enrolAt(core, platform.current().url, {
    code: platform.current().issueCode(),
    deviceName: '平顶山市市场监管局 督导',
  });
  if (!enrolled.ok) throw new Error(enrolled.error.message);
  await sync();
  signInForTests(core, 'supervisor');
});
afterEach(async () => {
  core.dispose();
  await platform.dispose();
});

describe('双随机 with the city platform', () => {
  it('takes the ratios the platform sets, with the next sync', async () => {
    const before = await call<InspectionPool>('inspections:pool', FOOD);
    expect(before).toMatchObject({ ratiosSource: 'platform', ratiosVersion: bundledRatios.version });
    expect(before.grades.find((grade) => grade.grade === 'D')).toMatchObject({ population: 4, expected: 4 });

    const halfOfD = {
      ...bundledRatios,
      version: '2026-12',
      grades: bundledRatios.grades.map((entry) => (entry.grade === 'D' ? { ...entry, ratio: 0.5 } : entry)),
    };
    expect(setRuleTable(platform.current().db, 'inspection-ratios', halfOfD, new Date())).toMatchObject({
      ok: true,
      changed: true,
    });
    await sync();
    const after = await call<InspectionPool>('inspections:pool', FOOD);
    expect(after.ratiosVersion).toBe('2026-12');
    expect(after.grades.find((grade) => grade.grade === 'D')).toMatchObject({ population: 4, expected: 2 });
  });

  it('sends each draw up once; the platform keeps it and finds that it reproduces', async () => {
    const { draw } = await call<InspectionDetail>('inspections:draw', { ...FOOD, seed: 'city-2026-12' });
    await sync();
    await sync();
    const received = receivedDraws(platform.current().db);
    expect(received).toEqual([
      { drawId: draw.id, number: draw.number, seed: 'city-2026-12', poolHash: draw.poolHash, reproduces: 1 },
    ]);
    const state = core.db.prepare("SELECT state FROM outbox WHERE kind = 'inspection.drawn'").get();
    expect(state).toEqual({ state: 'delivered' });
  });
});
