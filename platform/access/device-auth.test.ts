import { afterAll, beforeAll, expect, it } from 'vitest';
import { platformRoutes, type DeviceSelf } from '../../shared/platform-api/api';
import { issueRotatedToken, requestTokenRotation, revokeDevice } from './device-lifecycle';
import { startTempPlatform, type EnrolledDevice, type TempPlatform } from '../testing/temp-platform';

// On PostgreSQL the tokens of requests arriving together are looked up by one statement (db/pg/read-batch.ts):
// each request must still get its own device, and a forged or revoked token mixed in must be refused alone.
let platform: TempPlatform;
let devices: EnrolledDevice[];
beforeAll(async () => {
  platform = await startTempPlatform();
  devices = [];
  for (let index = 0; index < 8; index += 1) devices.push(await platform.enrol(`并发窗口${index + 1}`));
});
afterAll(() => platform.dispose());

const self = (authorization: string | undefined) =>
  fetch(`${platform.url}${platformRoutes.deviceSelf}`, { headers: { authorization: authorization ?? '' } });

it('answers many devices at once each as itself, and refuses forged, revoked and oversized tokens among them', async () => {
  const [revoked, rotating, ...others] = devices;
  if (revoked === undefined || rotating === undefined) throw new Error('enrolment failed');
  revokeDevice(platform.db, revoked.deviceId, new Date());
  requestTokenRotation(platform.db, rotating.deviceId, new Date());
  const nextToken = issueRotatedToken(platform.db, rotating.deviceId);
  if (nextToken === null) throw new Error('rotation failed');

  const asked = [
    ...others
      .flatMap((device) => [device, device, device])
      .map((device) => ({
        authorization: device.headers.authorization,
        want: { status: 200, deviceId: device.deviceId },
      })),
    { authorization: `Bearer ${nextToken}`, want: { status: 200, deviceId: rotating.deviceId } },
    { authorization: revoked.headers.authorization, want: { status: 403, code: 'DEVICE_REVOKED' } },
    { authorization: `Bearer ${'f'.repeat(64)}`, want: { status: 401, code: 'DEVICE_UNKNOWN' } },
    // Hashes travel comma-joined in one statement: a token with commas must stay one (unknown) token.
    {
      authorization: `Bearer a,b,${devices[2]?.deviceId ?? ''}`,
      want: { status: 401, code: 'DEVICE_UNKNOWN' },
    },
    { authorization: `Bearer ${'x'.repeat(6_000)}`, want: { status: 401, code: 'DEVICE_UNKNOWN' } },
  ];
  const answers = await Promise.all(
    asked.map(async ({ authorization }) => {
      const response = await self(authorization);
      const body = (await response.json()) as Partial<DeviceSelf> & { code?: string; message?: string };
      return { status: response.status, body };
    }),
  );
  answers.forEach((answer, index) => {
    const { want } = asked[index] ?? { want: null };
    expect(answer.status).toBe(want?.status);
    if (want !== null && 'deviceId' in want) expect(answer.body.deviceId).toBe(want.deviceId);
    else {
      expect(answer.body.code).toBe(want?.code);
      expect(answer.body.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
  // The rotated token, once used, is the device's token; the old one is refused from then on.
  expect((await self(rotating.headers.authorization)).status).toBe(401);
  expect((await self(`Bearer ${nextToken}`)).status).toBe(200);
});
