import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { Sha256 } from '../../shared/domain/files';
import { platformRoutes } from '../../shared/platform-api/api';
import type { ReportVerification } from '../../shared/platform-api/report';
import { sendError } from '../http/errors';
import { VERIFY_PAGE_CSP, verifyPageHtml } from './verify-page';
import { verifyReport } from './verify';
import type { RouteContext } from '../http/route-context';

const numberOf = (params: unknown): string => {
  const value = (params as { number?: unknown }).number;
  // Anything is looked up as it is: a malformed number is simply not registered.
  return typeof value === 'string' ? value.slice(0, 64) : '';
};

const HashQuery = z.object({ hash: Sha256 });

/**
 * Public report verification (no device token: whoever holds a printed report may ask):
 * GET reports/<number>/verification?hash=<sha256> answers JSON; GET /verify/<number>?h=<sha256> — the URL in the
 * report's QR code — answers a plain Chinese page for people.
 */
export function registerReportRoutes(app: FastifyInstance, context: RouteContext): void {
  const { db, now } = context;

  app.get(`${platformRoutes.reports}/:number/verification`, async (request, reply) => {
    const hash = (request.query as { hash?: unknown }).hash;
    const query = HashQuery.safeParse({ hash: typeof hash === 'string' ? hash.toLowerCase() : '' });
    if (!query.success) return sendError(reply, 400, 'BAD_REQUEST', 'hash 应为 64 位十六进制 SHA-256');
    return verifyReport(db, numberOf(request.params), query.data.hash, now()) satisfies ReportVerification;
  });

  app.get(`${platformRoutes.reportVerifyPage}/:number`, async (request, reply) => {
    const hash = (request.query as { h?: unknown }).h;
    const verification = verifyReport(
      db,
      numberOf(request.params),
      typeof hash === 'string' ? hash : null,
      now(),
    );
    return reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('content-security-policy', VERIFY_PAGE_CSP)
      .header('cache-control', 'no-store')
      .send(verifyPageHtml(verification));
  });
}
