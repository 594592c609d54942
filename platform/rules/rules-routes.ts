import type { FastifyInstance } from 'fastify';
import {
  platformRoutes,
  RuleTableId,
  RuleTablePut,
  type RuleTablePutResponse,
} from '../../shared/platform-api/api';
import { sendError, sendInvalid } from '../http/errors';
import { ADMIN_NEEDED, userAuth } from '../access/user-auth';
import { setRuleTable } from './rule-tables';
import type { RouteContext } from '../http/route-context';

/** PUT rules/<id> { content } (admin, HTTP Basic): validated against the table's schema, then fed to clients. */
export function registerRuleRoutes(app: FastifyInstance, context: RouteContext): void {
  const { db, now } = context;
  const admin = userAuth(context.logins, ['admin'], ADMIN_NEEDED);

  app.put(`${platformRoutes.rules}/:id`, { onRequest: admin }, async (request, reply) => {
    const id = RuleTableId.safeParse((request.params as { id?: unknown }).id);
    if (!id.success) return sendError(reply, 404, 'RULE_TABLE_UNKNOWN');
    const body = RuleTablePut.safeParse(request.body);
    if (!body.success || body.data.content === undefined)
      return body.success ? sendError(reply, 400, 'BAD_REQUEST', 'content') : sendInvalid(reply, body.error);
    const outcome = setRuleTable(db, id.data, body.data.content, now());
    if (!outcome.ok) return reply.code(400).send({ code: 'RULES_INVALID', message: outcome.message });
    return {
      id: outcome.id,
      version: outcome.version,
      changed: outcome.changed,
    } satisfies RuleTablePutResponse;
  });
}
