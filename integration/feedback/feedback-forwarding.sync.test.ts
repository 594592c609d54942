import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPlatform, type RunningPlatform } from '../../platform/start-platform';
import {
  loadBundledFieldSet,
  startReferenceReceiver,
  type ReferenceReceiver,
} from '../../platform/forwarding/reference-receiver';
import { RESOURCES_DIR, openTempCore, tempDir } from '../../electron/core/testing/temp-core';
import { FAST_RETRY, enrolAndSync } from '../testing/platform-fixture';

// The window's 反馈 → the platform → the provincial system (the reference receiver) → the state back at the
// window, with real SQLite on both sides and real HTTP between all three.
const PROCUREMENT = 'PDS-CG-001';
const DEBTOR_COMPANY = '91410402613341561G'; // demo-s-0001, on 政府采购严重违法失信行为记录名单

let receiver: ReferenceReceiver;
let platform: RunningPlatform;
let platformDir: ReturnType<typeof tempDir>;
let core: ReturnType<typeof openTempCore>;

beforeEach(async () => {
  receiver = await startReferenceReceiver({ fields: loadBundledFieldSet(RESOURCES_DIR) });
  platformDir = tempDir('ccw-platform-');
  platform = await startPlatform({
    dataDir: platformDir.path,
    port: 0,
    resourcesDir: RESOURCES_DIR,
    withDemo: true,
    forwarding: {
      receiverUrl: receiver.url,
      autoStart: false,
      backoff: { baseMs: 1, capMs: 1, maxAttempts: 5 },
    },
  });
  core = openTempCore({
    withDemo: false,
    clock: { now: new Date() },
    syncOptions: { retry: FAST_RETRY, timeoutMs: 3000, verifyEveryMs: 0 },
  });
  await enrolAndSync(core, platform, '叶县政务服务中心 1 号窗口');
});
afterEach(async () => {
  core.dispose();
  await platform.close();
  platformDir.remove();
  await receiver.close();
});

async function checkWithFeedback(caseNumber: string): Promise<string> {
  const checked = await core.handlers['check:run']({
    context: { caseNumber, matterCode: PROCUREMENT },
    applicant: { by: 'identifier', raw: DEBTOR_COMPANY },
  });
  if (!checked.ok) throw new Error(checked.error.message);
  const hit = checked.value.hits.find((candidate) => candidate.actionable);
  if (hit === undefined) throw new Error('expected an actionable hit');
  const feedback = await core.handlers['check:feedback']({
    checkId: checked.value.checkId,
    items: [
      {
        hitKey: hit.key,
        action: 'punished',
        measureCodes: hit.punishments.map((measure) => measure.code),
        reason: null,
        result: '不予通过供应商资格审查',
        amount: null,
        legalBasis: hit.punishments[0]?.legalBasis ?? '—',
        department: '叶县财政局',
        districtCode: '410422',
        actedAt: core.clock.now.toISOString(),
      },
    ],
  });
  if (!feedback.ok) throw new Error(feedback.error.message);
  return checked.value.checkId;
}

const listed = async (checkId: string) => {
  const list = await core.handlers['check:list']({ limit: 50, offset: 0 });
  if (!list.ok) throw new Error(list.error.message);
  return list.value.items.find((item) => item.checkId === checkId);
};

const undelivered = async (): Promise<number> => {
  const figures = await core.handlers['dashboard:get']({});
  if (!figures.ok) throw new Error(figures.error.message);
  return figures.value.counts['undelivered-feedback'];
};

const forward = async (): Promise<void> => {
  await platform.forwarding.forwarder?.runOnce();
};

describe('feedback forwarded to the provincial 联合奖惩 system', () => {
  it('goes from the window to the receiver, and 核查记录 then shows it delivered', async () => {
    const checkId = await checkWithFeedback('YX-2026-0101');
    // Recorded here, not yet at the platform: 待报送, and counted on the dashboard.
    expect((await listed(checkId))?.delivery).toEqual({
      state: 'pending',
      deliveredAt: null,
      lastError: null,
    });
    expect(await undelivered()).toBe(1);

    const pushed = await core.sync.run();
    expect(pushed.ok).toBe(true);
    expect((await listed(checkId))?.delivery?.state).toBe('pending');

    await forward();
    const kept = receiver.received();
    expect(kept).toHaveLength(1);
    expect(kept[0]?.record).toMatchObject({
      uniCode: DEBTOR_COMPANY,
      itemUid: 'YX-2026-0101',
      type: '已惩戒',
    });

    const synced = await core.sync.run();
    expect(synced.ok).toBe(true);
    const delivery = (await listed(checkId))?.delivery;
    expect(delivery?.state).toBe('delivered');
    expect(delivery?.deliveredAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const detail = await core.handlers['check:get']({ checkId });
    expect(detail.ok && detail.value.delivery?.state).toBe('delivered');
    expect(await undelivered()).toBe(0);
  });

  it('shows a failing delivery as 重试中 with the reason, then delivered once the receiver is back', async () => {
    const checkId = await checkWithFeedback('YX-2026-0102');
    await core.sync.run();
    receiver.setMode('error');
    await forward();
    await core.sync.run();
    expect((await listed(checkId))?.delivery).toMatchObject({
      state: 'retrying',
      lastError: '省联合奖惩系统暂时无法接收（状态码 503）：系统维护中，请稍后重试',
    });
    expect(await undelivered()).toBe(1);
    receiver.setMode('ok');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await forward();
    await core.sync.run();
    expect((await listed(checkId))?.delivery?.state).toBe('delivered');
    expect(receiver.received()).toHaveLength(1);
  });
});
