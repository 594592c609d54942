import { afterEach, describe, expect, it } from 'vitest';
import { RESOURCES_DIR, startTempPlatform, tempDir, type TempPlatform } from '../testing/temp-platform';
import { startPlatform } from '../start-platform';
import { deliveryStates } from './deliveries.repo';
import { loadBundledFieldSet, type ReferenceReceiver, startReferenceReceiver } from './reference-receiver';
import { pushCheckWithFeedback } from './testing';
import type { ForwardingConfig } from './start-forwarding';

const fields = loadBundledFieldSet(RESOURCES_DIR);
let clock = new Date('2026-11-27T02:00:00Z');
const now = (): Date => clock;
const later = (ms: number): void => {
  clock = new Date(clock.getTime() + ms);
};

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function receiver(options: Partial<Parameters<typeof startReferenceReceiver>[0]> = {}) {
  const started = await startReferenceReceiver({ fields, ...options });
  cleanups.push(() => started.close());
  return started;
}

async function platformTo(url: string, config: Partial<ForwardingConfig> = {}): Promise<TempPlatform> {
  const platform = await startTempPlatform({
    now,
    forwarding: {
      receiverUrl: url,
      autoStart: false,
      backoff: { baseMs: 1_000, capMs: 8_000, maxAttempts: 3 },
      random: () => 0.5,
      timeoutMs: 300,
      ...config,
    },
  });
  cleanups.push(() => platform.dispose());
  return platform;
}

const forwarderOf = (platform: TempPlatform) => {
  const forwarder = platform.forwarding.forwarder;
  if (forwarder === null) throw new Error('no forwarder');
  return forwarder;
};

async function withFeedback(platform: TempPlatform, checkId = 'c-1', feedbackId = 'f-1') {
  const device = await platform.enrol();
  await pushCheckWithFeedback(platform.url, device.headers, { checkId, feedbackId, first: 1 });
  return device;
}

describe('the feedback forwarder, against the reference receiver', () => {
  it('queues received feedback in the same push and delivers it in the field set', async () => {
    const target = await receiver();
    const platform = await platformTo(target.url);
    const device = await withFeedback(platform);
    expect(deliveryStates(platform.db)).toMatchObject([
      { deviceId: device.deviceId, feedbackId: 'f-1', checkId: 'c-1', state: 'pending', attempts: 0 },
    ]);
    expect(await forwarderOf(platform).runOnce()).toBe(1);
    const [row] = deliveryStates(platform.db);
    expect(row).toMatchObject({ state: 'delivered', attempts: 1, lastError: null });
    expect(row?.deliveredAt).toBe('2026-11-27T10:00:00.000+08:00');
    const kept = target.received();
    expect(kept).toHaveLength(1);
    expect(kept[0]?.deliveryKey).toBe(`${device.deviceId}:f-1`);
    expect(Object.keys(kept[0]?.record ?? {})).toEqual(fields.fields.map((field) => field.name));
    expect(kept[0]?.record).toMatchObject({ entityName: '平顶山示例建材有限公司', type: '已惩戒' });
    // Nothing is due any more: a second pass sends nothing.
    expect(await forwarderOf(platform).runOnce()).toBe(0);
    expect(target.attempts()).toBe(1);
  });

  it('retries while the receiver is down, and delivers once it is up again', async () => {
    const first = await receiver();
    const { port } = first;
    await first.close();
    const platform = await platformTo(`http://127.0.0.1:${port}/provincial/feedback`);
    await withFeedback(platform);
    await forwarderOf(platform).runOnce();
    expect(deliveryStates(platform.db)[0]).toMatchObject({
      state: 'retrying',
      attempts: 1,
      lastError: '无法连接省联合奖惩系统（连接被拒绝或网络不通）',
    });
    // Not due before its wait (base 1 s, jitter ½–1: 750 ms here).
    expect(await forwarderOf(platform).runOnce()).toBe(0);
    const again = await receiver({ port });
    later(750);
    expect(await forwarderOf(platform).runOnce()).toBe(1);
    expect(deliveryStates(platform.db)[0]).toMatchObject({
      state: 'delivered',
      attempts: 2,
      lastError: null,
    });
    expect(again.received()).toHaveLength(1);
  });

  it('retries a 5xx answer, saying so in Chinese', async () => {
    const target = await receiver({ mode: 'error' });
    const platform = await platformTo(target.url);
    await withFeedback(platform);
    await forwarderOf(platform).runOnce();
    expect(deliveryStates(platform.db)[0]).toMatchObject({
      state: 'retrying',
      lastError: '省联合奖惩系统暂时无法接收（状态码 503）：系统维护中，请稍后重试',
    });
    target.setMode('ok');
    later(1_000);
    await forwarderOf(platform).runOnce();
    expect(deliveryStates(platform.db)[0]?.state).toBe('delivered');
    expect(target.received()).toHaveLength(1);
  });

  it('retries an answer that comes too late, and the delivery key keeps the repeat from a second record', async () => {
    const target = await receiver({ mode: 'timeout', hangMs: 2_000 });
    const platform = await platformTo(target.url);
    await withFeedback(platform);
    await forwarderOf(platform).runOnce();
    expect(deliveryStates(platform.db)[0]).toMatchObject({
      state: 'retrying',
      lastError: '省联合奖惩系统在0.3秒内未响应',
    });
    target.setMode('ok');
    later(1_000);
    await forwarderOf(platform).runOnce();
    expect(deliveryStates(platform.db)[0]?.state).toBe('delivered');
    expect(target.attempts()).toBe(2);
    expect(target.received()).toHaveLength(1);
  });

  it('stops after the last allowed attempt (dead letter), keeping the last error, and sends no more', async () => {
    const target = await receiver({ mode: 'reset' });
    const platform = await platformTo(target.url);
    await withFeedback(platform);
    for (let pass = 0; pass < 3; pass += 1) {
      await forwarderOf(platform).runOnce();
      later(10_000);
    }
    expect(deliveryStates(platform.db)[0]).toMatchObject({
      state: 'dead',
      attempts: 3,
      lastError: '无法连接省联合奖惩系统（连接被拒绝或网络不通）',
    });
    target.setMode('ok');
    later(60_000);
    expect(await forwarderOf(platform).runOnce()).toBe(0);
    expect(target.attempts()).toBe(3);
  });

  it('stops at once when the receiver refuses the record itself (4xx)', async () => {
    const other = loadBundledFieldSet(RESOURCES_DIR);
    const target = await receiver({ fields: { ...other, fields: other.fields.slice(1) } });
    const platform = await platformTo(target.url);
    await withFeedback(platform);
    await forwarderOf(platform).runOnce();
    expect(deliveryStates(platform.db)[0]).toMatchObject({ state: 'dead', attempts: 1 });
    expect(deliveryStates(platform.db)[0]?.lastError).toContain('省联合奖惩系统拒收该记录（状态码 422）');
  });

  it('resumes the queued records after a restart of the platform', async () => {
    const target = await receiver();
    const dir = tempDir();
    cleanups.push(() => Promise.resolve(dir.remove()));
    const base = { dataDir: dir.path, port: 0, host: '127.0.0.1', resourcesDir: RESOURCES_DIR, now };
    // First run: no receiver configured, the feedback waits as 待报送.
    const first = await startPlatform(base);
    expect(first.forwarding.forwarder).toBeNull();
    const code = first.issueCode(null);
    const enrolled = (await (
      await fetch(`${first.url}/api/v1/devices/enrol`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code, deviceName: '窗口' }),
      })
    ).json()) as { deviceToken: string };
    await pushCheckWithFeedback(
      first.url,
      { authorization: `Bearer ${enrolled.deviceToken}` },
      { checkId: 'c-9', feedbackId: 'f-9', first: 1 },
    );
    await first.close();
    // Second run, with the receiver and the loop on: the waiting record goes out by itself.
    const second = await startPlatform({
      ...base,
      forwarding: { receiverUrl: target.url, intervalMs: 20 },
    });
    cleanups.push(() => second.close());
    await expect.poll(() => deliveryStates(second.db)[0]?.state, { timeout: 5_000 }).toBe('delivered');
    expect(target.received().map((record) => record.record.itemId)).toEqual(['f-9']);
  });

  it('keeps one record per delivery key however often it arrives', async () => {
    const target = await receiver();
    const platform = await platformTo(target.url);
    await withFeedback(platform);
    await forwarderOf(platform).runOnce();
    const [kept] = target.received();
    const post = () =>
      fetch(target.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': kept?.deliveryKey ?? '' },
        body: JSON.stringify({ deliveryKey: kept?.deliveryKey, record: kept?.record }),
      }).then((response) => response.json());
    expect(await post()).toEqual({ received: true, duplicate: true });
    expect(await post()).toEqual({ received: true, duplicate: true });
    expect(target.received()).toHaveLength(1);
  });

  it('demo mode forwards to an in-process reference receiver out of the box', async () => {
    const platform = await startTempPlatform({ now, withDemo: true, forwarding: { autoStart: false } });
    cleanups.push(() => platform.dispose());
    const demoReceiver: ReferenceReceiver | null = platform.forwarding.receiver;
    expect(demoReceiver).not.toBeNull();
    await withFeedback(platform);
    await forwarderOf(platform).runOnce();
    expect(deliveryStates(platform.db)[0]?.state).toBe('delivered');
    expect(demoReceiver?.received()).toHaveLength(1);
  });
});
