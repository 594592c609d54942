import type { FastifyInstance, FastifyReply, RouteHandlerMethod } from 'fastify';
import { commitmentExportCsv } from '../../shared/commitment/publication';
import { platformRoutes } from '../../shared/platform-api/api';
import {
  CommitmentExportQuery,
  PublicCommitmentsQuery,
  PublicationStepRequest,
  type PublicationStepResponse,
  type PublicCommitmentsResponse,
  type WithdrawnCommitmentsResponse,
} from '../../shared/platform-api/commitment-publication';
import { beijingDay } from '../../shared/time';
import { REVIEWER_NEEDED, REVIEWER_ROLES, userAuth, userOf } from '../access/user-auth';
import { sendError, sendInvalid } from '../http/errors';
import type { RouteContext } from '../http/route-context';
import { requiredRuleTable } from '../rules/rule-tables';
import { PUBLIC_PAGE_CSP, publicCommitmentsErrorHtml, publicCommitmentsHtml } from './public-page';
import { publicListing } from './public-listing';
import { publishedForExport, withdrawnCommitments } from './publication.repo';
import { stepPublication, type PublicationAction } from './publication-step';

const html = (reply: FastifyReply, status: number, body: string): FastifyReply =>
  reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('content-security-policy', PUBLIC_PAGE_CSP)
    .header('cache-control', 'no-store')
    .send(body);

/**
 * 信用承诺公示. Public (no token): GET /public/commitments (the page) and GET public/commitments (JSON), only
 * commitments 可向社会公开 and not withdrawn, natural persons masked. Reviewers (HTTP Basic, supervisor or admin):
 * the export for 信用中国 (CSV in the data standard's order), the withdrawn list, withdraw and republish.
 */
export function registerPublicationRoutes(app: FastifyInstance, context: RouteContext): void {
  const { db, now } = context;
  const reviewer = userAuth(context.logins, REVIEWER_ROLES, REVIEWER_NEEDED);

  app.get(platformRoutes.publicCommitmentsPage, async (request, reply) => {
    const query = PublicCommitmentsQuery.safeParse(request.query);
    if (!query.success)
      return html(
        reply,
        400,
        publicCommitmentsErrorHtml(
          query.error.issues[0]?.message ?? '查询内容无效',
          request.query as Partial<PublicCommitmentsQuery>,
        ),
      );
    return html(reply, 200, publicCommitmentsHtml(publicListing(db, query.data, now())));
  });

  app.get(platformRoutes.publicCommitments, async (request, reply) => {
    const query = PublicCommitmentsQuery.safeParse(request.query);
    if (!query.success)
      return sendError(reply, 400, 'BAD_REQUEST', query.error.issues[0]?.message ?? '查询内容无效');
    return publicListing(db, query.data, now()) satisfies PublicCommitmentsResponse;
  });

  app.get(
    `${platformRoutes.commitmentPublication}/export`,
    { onRequest: reviewer },
    async (request, reply) => {
      const query = CommitmentExportQuery.safeParse(request.query);
      if (!query.success) return sendError(reply, 400, 'BAD_REQUEST', 'since 应为日期（如 2026-12-01）');
      const csv = commitmentExportCsv(
        publishedForExport(db, query.data.since ?? null),
        requiredRuleTable(db, 'commitment-publication'),
      );
      const name = `信用承诺公示-${beijingDay(now()).replaceAll('-', '')}.csv`;
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
        .header('cache-control', 'no-store')
        .send(csv);
    },
  );

  app.get(
    `${platformRoutes.commitmentPublication}/withdrawn`,
    { onRequest: reviewer },
    async (_request, reply) =>
      reply.send({ withdrawn: withdrawnCommitments(db) } satisfies WithdrawnCommitmentsResponse),
  );

  const step =
    (action: PublicationAction): RouteHandlerMethod =>
    async (request, reply) => {
      const body = PublicationStepRequest.safeParse(request.body);
      if (!body.success) return sendInvalid(reply, body.error);
      const result = stepPublication(db, {
        idOrCode: (request.params as { id: string }).id,
        action,
        reason: body.data.reason,
        actor: userOf(request).username,
        now: now(),
      });
      if (!result.ok)
        return sendError(
          reply,
          result.status,
          result.code,
          result.status === 409 ? result.message : undefined,
        );
      return { event: result.event, published: result.published } satisfies PublicationStepResponse;
    };
  app.post(`${platformRoutes.commitmentPublication}/:id/withdraw`, { onRequest: reviewer }, step('withdraw'));
  app.post(
    `${platformRoutes.commitmentPublication}/:id/republish`,
    { onRequest: reviewer },
    step('republish'),
  );
}
