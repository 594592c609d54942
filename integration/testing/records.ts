import { addMonths } from '../../shared/calendar/day';
import type { CreditRecord } from '../../shared/domain/subject';
import { beijingDay } from '../../shared/time';
import { toFeedRow, upsertRows } from '../../platform/registry/registry.repo';
import type { Db } from '../../node-shared/db/connection';
import { makeRecord } from '../../electron/core/testing/fixtures';

/**
 * A 一般 penalty decided five months ago, with none of the workflow columns set: past every repair regime's
 * minimum and within its maximum, so the window may accept a repair of it. Written at the platform, so it reaches
 * the client through the feed.
 */
export function publishRepairablePenalty(
  platformDb: Db,
  id: string,
  subjectId: string,
  extra: Partial<CreditRecord> = {},
): void {
  upsertRows(platformDb, 'credit_records', [
    toFeedRow(
      makeRecord(id, subjectId, {
        decisionOn: addMonths(beijingDay(new Date()), -5),
        publicationEndsOn: null,
        severity: 'general',
        domain: null,
        commitmentId: null,
        commitmentFailure: null,
        repairOutcome: null,
        repairedOn: null,
        procedure: null,
        ...extra,
      }),
    ),
  ]);
}
