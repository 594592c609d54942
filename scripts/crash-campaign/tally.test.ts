import { afterEach, beforeEach, expect, it } from 'vitest';
import { addDays } from '../../shared/calendar/day';
import { beijingDay } from '../../shared/time';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { makeDraft } from '../../electron/core/testing/commitment-fixtures';
import { openTempCore } from '../../electron/core/testing/temp-core';
import {
  DEMO_UNIT,
  FAST_RETRY,
  enrolAndSync,
  openTempPlatform,
} from '../../integration/testing/platform-fixture';
import { perform } from './client-ops';
import { publishRepairablePenalty } from '../../integration/testing/records';
import { opAt, REPAIR_SUBJECT, repairRecordId, UNIT, type Op } from './plan';
import { tally, type Acknowledged } from './tally';

// The campaign's verdict is only as good as its count: a real client and platform where something is lost or
// duplicated on purpose, and the tally must say so.
let platform: Awaited<ReturnType<typeof openTempPlatform>>;
let core: ReturnType<typeof openTempCore>;
const SEED = 'tally-test';

beforeEach(async () => {
  platform = await openTempPlatform();
  core = openTempCore({
    withDemo: false,
    clock: { now: new Date() },
    syncOptions: { retry: FAST_RETRY, timeoutMs: 3000 },
  });
  for (let index = 0; index < 8; index += 1)
    publishRepairablePenalty(platform.current().db, repairRecordId(index), REPAIR_SUBJECT.id);
  // The demo clerk of the demo office, which is the campaign's office (UNIT): its workflow entries are accepted.
  await enrolAndSync(core, platform.current(), '断电测试机', { signIn: 'wangfang' });
});
afterEach(async () => {
  core.dispose();
  await platform.dispose();
});

const firstOf = (kind: Op['kind']): Op => {
  for (let index = 0; ; index += 1) {
    const op = opAt(SEED, index);
    if (op.kind === kind) return op;
  }
};

const done = async (op: Op, acknowledged: Acknowledged): Promise<void> => {
  const outcome = await perform(core, op);
  if (!outcome.ok) throw new Error(outcome.message);
  acknowledged.set(op.index, { kind: op.kind, id: outcome.id });
};

it('counts nothing lost or duplicated when every operation arrived once, and a verified chain', async () => {
  // perform() makes the campaign's office the 受理单位; here the PC and its clerk are the demo office's.
  expect(UNIT).toEqual(DEMO_UNIT);
  const acknowledged: Acknowledged = new Map();
  for (let index = 0; index < 8; index += 1) await done(opAt(SEED, index), acknowledged);
  expect((await core.sync.run()).ok).toBe(true);
  const result = tally(core, platform.dataDir, SEED, 8, acknowledged);
  expect(result).toMatchObject({ lost: [], duplicated: [], chainVerified: true });
  expect(result.integrity).toEqual({ client: 'ok', platform: 'ok' });
});

it('counts an operation reported done but not in the cache, and a check the platform never got', async () => {
  const acknowledged: Acknowledged = new Map([[999, { kind: opAt(SEED, 999).kind, id: 'never-written' }]]);
  const check = firstOf('check');
  await done(check, new Map());
  // Not synced: the check is in the cache only; the platform's chain is behind the client's.
  const result = tally(core, platform.dataDir, SEED, 0, acknowledged);
  expect(result.lost).toContain(`本机：第 999 项（${opAt(SEED, 999).kind} never-written）`);
  expect(result.lost.some((line) => line.startsWith('市平台：核查 '))).toBe(true);
  expect(result.chainVerified).toBe(false);
});

it('counts the same planned commitment made twice, at the client and at the platform', async () => {
  const commitment = firstOf('commitment');
  await done(commitment, new Map());
  await done(commitment, new Map());
  expect((await core.sync.run()).ok).toBe(true);
  const result = tally(core, platform.dataDir, SEED, commitment.index + 1, new Map());
  expect(result.duplicated).toEqual([
    `本机：第 ${commitment.index} 项（commitment）×2`,
    `市平台：承诺 ${commitment.key} 重复`,
  ]);
  expect(result.lost).toEqual([]);
});

it('counts an entry the platform refused as lost, with its reason', async () => {
  // A commitment of another office: the platform refuses it (ITEM_OUTSIDE_UNIT), so it never arrives.
  const today = beijingDay(core.clock.now);
  const created = await dispatch(
    core.handlers,
    'commitments:create',
    makeDraft('914104035947936092', {
      caseNumber: 'CRASH-REFUSED',
      madeOn: today,
      verifyBy: addDays(today, 30),
      acceptingUnit: { code: '11410422MB7654321Y', name: '叶县政务服务中心' },
    }),
  );
  expect(created.ok).toBe(true);
  await core.sync.run();
  const result = tally(core, platform.dataDir, SEED, 0, new Map());
  expect(result.lost).toEqual([
    expect.stringMatching(/^待上传 #\d+（commitment\.created）rejected：ITEM_OUTSIDE_UNIT /),
    expect.stringMatching(/^市平台：承诺 /),
  ]);
});
