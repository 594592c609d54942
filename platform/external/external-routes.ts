import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { parseIdentifier } from '../../shared/identifiers';
import { platformRoutes } from '../../shared/platform-api/api';
import {
  ExternalAnswer,
  ExternalAsk,
  type ExternalQueryReply,
} from '../../shared/platform-api/external-query';
import { toBeijingIso } from '../../shared/time';
import { deviceOf } from '../access/device-auth';
import { sendError, sendInvalid, type PlatformErrorCode } from '../http/errors';
import type { RouteContext } from '../http/route-context';
import { ExternalSiteError, type ExternalAdapter } from './adapter';
import { floodGate } from './flood-gate';
import { logExternalQuery } from './query-log.repo';

/**
 * The platform's external query settings. Both numbers are operating choices of this reference platform, not
 * rules from any text: how long a clerk at the window may be kept waiting, and how many queries one PC may make.
 */
export type ExternalQueryOptions = {
  /** None: the route answers EXTERNAL_QUERY_OFF and the window queries by hand. */
  adapter: ExternalAdapter | null;
  /** The adapter is given up on after this long (EXTERNAL_TIMEOUT). */
  timeoutMs: number;
  /** Per device and sliding minute (EXTERNAL_QUERY_FLOOD beyond). */
  perDeviceMinute: number;
};

export const EXTERNAL_QUERY_DEFAULTS: Omit<ExternalQueryOptions, 'adapter'> = {
  timeoutMs: 10_000,
  perDeviceMinute: 20,
};

/** An ask is a name, an identifier and a channel: a few hundred bytes. Anything much larger is not one. */
const BODY_LIMIT = 4 * 1024;

type Failure = { status: number; code: PlatformErrorCode };

class TimedOut extends Error {}

/** Runs the adapter, given up on at `timeoutMs` (its signal aborts then): never a hang. */
async function runBounded(adapter: ExternalAdapter, ask: ExternalAsk, timeoutMs: number): Promise<unknown> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new TimedOut());
      controller.abort();
    }, timeoutMs);
  });
  try {
    return await Promise.race([adapter.query(ask, controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const failureOf = (error: unknown): Failure => {
  if (error instanceof TimedOut) return { status: 504, code: 'EXTERNAL_TIMEOUT' };
  if (error instanceof ExternalSiteError && error.reason === 'rate-limited')
    return { status: 503, code: 'EXTERNAL_RATE_LIMITED' };
  return { status: 502, code: 'EXTERNAL_UNAVAILABLE' };
};

/**
 * POST external-queries (device token): asks 信用中国 / 信用河南 through the configured adapter, bounded in time,
 * and answers what the site showed with the platform's times. Every query that reached the adapter is logged
 * (external_query_log), answered or failed.
 */
export function registerExternalQueryRoutes(
  app: FastifyInstance,
  context: RouteContext,
  options: ExternalQueryOptions,
): void {
  const gate = floodGate(options.perDeviceMinute, context.now);
  app.post(
    platformRoutes.externalQueries,
    { onRequest: context.auth, bodyLimit: BODY_LIMIT },
    async (request, reply): Promise<FastifyReply> => {
      const device = deviceOf(request);
      if (!gate.admit(device.id)) return sendError(reply, 429, 'EXTERNAL_QUERY_FLOOD');
      const parsed = ExternalAsk.safeParse(request.body);
      if (!parsed.success) return sendInvalid(reply, parsed.error);
      const ask = parsed.data;
      const identifier = parseIdentifier(ask.identifier.value, context.now());
      if (
        !identifier.ok ||
        identifier.kind !== ask.identifier.kind ||
        identifier.value !== ask.identifier.value
      )
        return sendError(
          reply,
          400,
          'EXTERNAL_IDENTIFIER_INVALID',
          identifier.ok ? '证件类型与号码不符' : identifier.message,
        );
      const { adapter } = options;
      if (adapter === null) return sendError(reply, 503, 'EXTERNAL_QUERY_OFF');
      const id = randomUUID();
      const askedAt = toBeijingIso(context.now());
      let outcome: { answer: ExternalAnswer } | Failure;
      try {
        const raw = await runBounded(adapter, ask, options.timeoutMs);
        const answer = ExternalAnswer.safeParse(raw);
        outcome =
          answer.success && answer.data.channel === ask.channel
            ? { answer: answer.data }
            : { status: 502, code: 'EXTERNAL_MALFORMED' };
      } catch (error) {
        outcome = failureOf(error);
      }
      const answeredAt = toBeijingIso(context.now());
      logExternalQuery(context.db, {
        id,
        deviceId: device.id,
        ask,
        askedAt,
        answeredAt,
        adapter: adapter.name,
        outcome: 'answer' in outcome ? outcome : { errorCode: outcome.code },
      });
      if (!('answer' in outcome)) return sendError(reply, outcome.status, outcome.code);
      return reply.send({
        queryId: id,
        answer: outcome.answer,
        askedAt,
        answeredAt,
      } satisfies ExternalQueryReply);
    },
  );
}
