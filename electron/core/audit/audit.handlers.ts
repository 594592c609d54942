import { auditTexts } from '../../../shared/audit/texts';
import { ok } from '../../../shared/result';
import { toBeijingIso } from '../../../shared/time';
import type { LocalChainStatus } from '../../../shared/domain/audit';
import type { Db } from '../../../node-shared/db/connection';
import type { HandlersOf } from '../ipc/handlers';
import { auditFacets, listAuditRows } from './audit-query.repo';
import { describeFilters, exportAudit } from './audit-export';
import { appendAudit } from './audit.repo';
import { auditNames } from './audit-names';
import { toListItem } from './audit-summary';
import { checkAuditChain, type AuditChainStatus } from './chain-status';
import { fetchPlatformChain } from './platform-chain';

const toLocal = (status: AuditChainStatus): LocalChainStatus =>
  status.ok
    ? { ok: true, count: status.count, checkedAt: status.checkedAt }
    : {
        ok: false,
        firstBadSeq: status.firstBadSeq,
        reason: status.reason,
        message: status.message,
        breaks: status.breaks,
        checkedAt: status.checkedAt,
      };

/**
 * 审计日志 for supervisors (roles in shared/auth/roles.ts): browse and filter, export, and the chain's state.
 * Browsing is not itself appended (an entry per page turned would drown the acts it records); an export, which
 * takes the data out of the app, is.
 */
export const auditHandlers = (deps: {
  db: Db;
  now: () => Date;
  /** Who acts: the signed-in user. */
  operator: () => string;
}): HandlersOf<'audit:list' | 'audit:export' | 'audit:chain'> => ({
  'audit:list': (request) => {
    const { limit, offset, sortBy, sortDirection, ...filters } = request;
    const { total, rows } = listAuditRows(deps.db, filters, { limit, offset }, { sortBy, sortDirection });
    const names = auditNames(deps.db);
    return ok({ total, items: rows.map((row) => toListItem(row, names)), ...auditFacets(deps.db) });
  },
  'audit:export': async (request) => {
    const now = deps.now();
    const file = await exportAudit(deps.db, request.filters, request.format, now);
    // Taking the log out of the app is an act on the data it holds: recorded, after the export was made.
    deps.db.transaction(() =>
      appendAudit(deps.db, {
        at: toBeijingIso(now),
        actor: deps.operator(),
        action: 'audit.export',
        targetType: 'audit',
        targetId: null,
        caseNumber: null,
        purpose: auditTexts.exportPurpose,
        detail: { format: request.format, rows: file.rows, filters: describeFilters(request.filters) },
      }),
    )();
    return ok(file);
  },
  'audit:chain': async () => {
    // The platform first: its confirmed head is what the local check is held against.
    const platform = await fetchPlatformChain(deps.db, deps.now);
    const local = toLocal(checkAuditChain(deps.db, deps.now()));
    return ok({ local, platform });
  },
});
