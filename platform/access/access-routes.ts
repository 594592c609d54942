import type { FastifyInstance } from 'fastify';
import {
  EnrolRequest,
  LoginRequest,
  platformRoutes,
  type DeviceSelf,
  type EnrolResponse,
  type Health,
  type LoginResponse,
  type RotatedToken,
} from '../../shared/platform-api/api';
import { toBeijingIso } from '../../shared/time';
import { enrolDevice } from './enrolment';
import { deviceOf } from './device-auth';
import { sendError, sendInvalid } from '../http/errors';
import { sendLoginRefusal } from './login-replies';
import { ensureDeviceNumber } from './devices.repo';
import { issueUserToken } from './user-tokens';
import { issueRotatedToken } from './device-lifecycle';
import type { RouteContext } from '../http/route-context';

/**
 * health (open), devices/enrol (open: the one-time code is the credential), devices/me, devices/me/token and
 * auth/login (device token). A sign-in also issues the user token bound to this user and this device
 * (./user-tokens.ts).
 */
export function registerAccessRoutes(app: FastifyInstance, context: RouteContext): void {
  const { db, now, version, auth, demo } = context;

  app.get(platformRoutes.health, (_request, reply) =>
    reply.send({
      status: 'ok',
      serverTime: toBeijingIso(now()),
      version,
      demo,
    } satisfies Health),
  );

  app.post(platformRoutes.enrol, async (request, reply) => {
    const parsed = EnrolRequest.safeParse(request.body);
    if (!parsed.success) return sendInvalid(reply, parsed.error);
    const enrolled = enrolDevice(db, parsed.data.code, parsed.data.deviceName, now());
    if (enrolled === 'code-invalid') return sendError(reply, 403, 'ENROLMENT_CODE_INVALID');
    if (enrolled === 'code-expired') return sendError(reply, 403, 'ENROLMENT_CODE_EXPIRED');
    if (enrolled === 'numbers-exhausted') return sendError(reply, 409, 'DEVICE_NUMBERS_EXHAUSTED');
    return enrolled satisfies EnrolResponse;
  });

  app.get(platformRoutes.deviceSelf, { onRequest: auth }, async (request, reply) => {
    const device = deviceOf(request);
    const deviceNumber = device.number ?? ensureDeviceNumber(db, device.id);
    if (deviceNumber === null) return sendError(reply, 409, 'DEVICE_NUMBERS_EXHAUSTED');
    return {
      deviceId: device.id,
      name: device.name,
      deviceNumber,
      tokenRotationRequested: device.rotationRequested,
    } satisfies DeviceSelf;
  });

  app.post(platformRoutes.deviceToken, { onRequest: auth }, async (request, reply) => {
    const deviceToken = issueRotatedToken(db, deviceOf(request).id);
    if (deviceToken === null) return sendError(reply, 409, 'TOKEN_ROTATION_NOT_REQUESTED');
    return { deviceToken } satisfies RotatedToken;
  });

  app.post(platformRoutes.login, { onRequest: auth }, async (request, reply) => {
    const parsed = LoginRequest.safeParse(request.body);
    if (!parsed.success) return sendInvalid(reply, parsed.error);
    const device = deviceOf(request);
    const outcome = await context.logins.attempt({
      ...parsed.data,
      address: request.ip,
      caller: `device:${device.id}`,
    });
    if (!outcome.ok) return sendLoginRefusal(reply, outcome);
    const userToken = issueUserToken(db, outcome.user.username, device.id, now());
    return { user: outcome.user, userToken } satisfies LoginResponse;
  });
}
