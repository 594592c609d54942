import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformRoutes } from '../../shared/platform-api/api';
import { FeedbackDeliveriesResponse } from '../../shared/platform-api/feedback-deliveries';
import {
  RESOURCES_DIR,
  startTempPlatform,
  type EnrolledDevice,
  type TempPlatform,
} from '../testing/temp-platform';
import { loadBundledFieldSet, type ReferenceReceiver, startReferenceReceiver } from './reference-receiver';
import { pushCheckWithFeedback } from './testing';

let receiver: ReferenceReceiver;
let platform: TempPlatform;
let mine: EnrolledDevice;
let theirs: EnrolledDevice;

beforeAll(async () => {
  receiver = await startReferenceReceiver({ fields: loadBundledFieldSet(RESOURCES_DIR) });
  platform = await startTempPlatform({ forwarding: { receiverUrl: receiver.url, autoStart: false } });
  mine = await platform.enrol('本窗口');
  theirs = await platform.enrol('另一窗口');
  await pushCheckWithFeedback(platform.url, mine.headers, {
    checkId: 'c-mine',
    feedbackId: 'f-mine',
    first: 1,
  });
  await pushCheckWithFeedback(platform.url, theirs.headers, {
    checkId: 'c-theirs',
    feedbackId: 'f-theirs',
    first: 1,
  });
});
afterAll(async () => {
  await platform.dispose();
  await receiver.close();
});

const get = (query: string, headers: Record<string, string>) =>
  fetch(`${platform.url}${platformRoutes.feedbackDeliveries}${query}`, { headers });

describe('GET feedback-deliveries', () => {
  it('gives a device its own records, and a cursor that brings only later changes', async () => {
    const response = await get('', mine.headers);
    expect(response.status).toBe(200);
    const body = FeedbackDeliveriesResponse.parse(await response.json());
    expect(body.deliveries).toMatchObject([{ feedbackId: 'f-mine', checkId: 'c-mine', state: 'pending' }]);
    expect(body.more).toBe(false);
    const after = FeedbackDeliveriesResponse.parse(
      await (await get(`?after=${body.next}`, mine.headers)).json(),
    );
    expect(after.deliveries).toEqual([]);
    expect(after.next).toBe(body.next);
    await platform.forwarding.forwarder?.runOnce();
    const changed = FeedbackDeliveriesResponse.parse(
      await (await get(`?after=${body.next}`, mine.headers)).json(),
    );
    expect(changed.deliveries).toMatchObject([{ feedbackId: 'f-mine', state: 'delivered' }]);
  });

  it('refuses a request without a device token, in Chinese with a code', async () => {
    const response = await get('', {});
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ code: 'DEVICE_UNKNOWN', message: '设备未登记或令牌无效' });
    const forged = await get('', { authorization: 'Bearer forged-token-0000' });
    expect(forged.status).toBe(401);
  });

  it('never shows another device’s checks, whatever the cursor', async () => {
    for (const query of [
      '',
      '?after=0',
      '?deviceId=' + theirs.deviceId,
      '?after=0&device=' + theirs.deviceId,
    ]) {
      const body = FeedbackDeliveriesResponse.parse(await (await get(query, mine.headers)).json());
      expect(body.deliveries.map((delivery) => delivery.checkId)).not.toContain('c-theirs');
    }
    const own = FeedbackDeliveriesResponse.parse(await (await get('', theirs.headers)).json());
    expect(own.deliveries.map((delivery) => delivery.checkId)).toEqual(['c-theirs']);
  });

  it('refuses a hostile cursor with a Chinese message and a code, and stays up', async () => {
    for (const cursor of [
      '-1',
      'abc',
      '1.5',
      '1e400',
      '99999999999999999999',
      "1'%20OR%201=1",
      '1&after=2',
    ]) {
      const response = await get(`?after=${cursor}`, mine.headers);
      expect(response.status, cursor).toBe(400);
      const body = (await response.json()) as { code: string; message: string };
      expect(body.code).toBe('BAD_REQUEST');
      expect(body.message).toMatch(/^请求内容无效：(游标应为非负整数|游标过大)$/);
    }
    expect((await get('', mine.headers)).status).toBe(200);
  });
});
