import type { FastifyInstance } from 'fastify';
import { platformRoutes, type DeviceRecord } from '../../shared/platform-api/api';
import { sendError } from '../http/errors';
import type { RouteContext } from '../http/route-context';
import { listDevices, requestTokenRotation, revokeDevice } from './device-lifecycle';
import { ADMIN_NEEDED, userAuth } from './user-auth';

const idOf = (params: unknown): string => {
  const id = (params as { id?: unknown }).id;
  return typeof id === 'string' ? id : '';
};

/** GET devices, POST devices/<id>/revoke, POST devices/<id>/rotate-token (administrators, HTTP Basic). */
export function registerDeviceAdminRoutes(app: FastifyInstance, context: RouteContext): void {
  const { db, now } = context;
  const admin = userAuth(context.logins, ['admin'], ADMIN_NEEDED);

  app.get(platformRoutes.devices, { onRequest: admin }, (_request, reply) =>
    reply.send(listDevices(db) satisfies DeviceRecord[]),
  );

  app.post(`${platformRoutes.devices}/:id/revoke`, { onRequest: admin }, async (request, reply) => {
    if (revokeDevice(db, idOf(request.params), now()) === 'unknown-device')
      return sendError(reply, 404, 'DEVICE_NOT_FOUND');
    return listDevices(db).find((device) => device.deviceId === idOf(request.params));
  });

  app.post(`${platformRoutes.devices}/:id/rotate-token`, { onRequest: admin }, async (request, reply) => {
    const outcome = requestTokenRotation(db, idOf(request.params), now());
    if (outcome === 'unknown-device') return sendError(reply, 404, 'DEVICE_NOT_FOUND');
    if (outcome === 'revoked') return sendError(reply, 409, 'DEVICE_REVOKED');
    return listDevices(db).find((device) => device.deviceId === idOf(request.params));
  });
}
