import type { SubjectSummary } from '../../../shared/domain/subject';
import type {
  RepairCandidate,
  RepairCreateRequest,
  RepairDetail,
  RepairList,
  RepairListRequest,
  RepairWindowStep,
} from '../../../shared/domain/repair';
import { maskIdentifier } from '../../../shared/identifiers';
import { err, ok, type Result } from '../../../shared/result';
import { beijingDay } from '../../../shared/time';
import { getSubjectById } from '../subjects/subjects.repo';
import { repairCountdown } from './countdown';
import { createRepair } from './repair-create';
import type { RepairDeps } from './repair-deps';
import { stepRepair } from './repair-step';
import { candidateOf, detailOf } from './repair-view';
import { getRepair, listRepairs, openRepairFor } from './repairs.repo';
import { candidateTargets } from './targets';

export type { RepairDeps } from './repair-deps';

/** Credit repair (信用修复) at the window: what may be applied for, taking applications in, following them. */
export function createRepairsService(deps: RepairDeps) {
  const { db } = deps;
  const today = (): string => beijingDay(deps.now());

  const candidates = (
    subjectId: string,
  ): Result<{ subject: SubjectSummary; candidates: RepairCandidate[] }> => {
    const subject = getSubjectById(db, subjectId);
    if (subject === null) return err('SUBJECT_NOT_FOUND', '本机数据中已没有所选主体，请重新查询');
    const rules = deps.rules.current();
    const day = today();
    return ok({
      subject: {
        id: subject.id,
        name: subject.name,
        identifierMasked: maskIdentifier(subject.identifier, subject.identifierKind),
        kind: subject.kind,
        regionCode: subject.regionCode,
        status: subject.status,
      },
      candidates: candidateTargets(db, subject.id, day).map((target) =>
        candidateOf(target, rules, day, openRepairFor(db, target.table, target.id)),
      ),
    });
  };

  const list = (
    request: Omit<RepairListRequest, 'limit' | 'offset'> & { limit: number; offset: number },
  ): Result<RepairList> => {
    const rules = deps.rules.current();
    const day = today();
    const { total, rows } = listRepairs(db, request);
    return ok({
      total,
      items: rows.map(({ application, conflict, pending }) => ({
        id: application.id,
        applicantName: application.applicantName,
        targetTitle: application.targetTitle,
        state: application.state,
        createdAt: application.createdAt,
        countdown: repairCountdown(rules, application, day),
        outcome: application.outcome,
        attachments: application.attachments.length,
        conflict,
        pending,
      })),
    });
  };

  const get = (id: string): Result<RepairDetail> => {
    const application = getRepair(db, id);
    if (application === null) return err('REPAIR_NOT_FOUND', '找不到该信用修复申请');
    return ok(detailOf(db, application, deps.rules.current(), today()));
  };

  return {
    candidates,
    create: (request: RepairCreateRequest) => createRepair(deps, request),
    step: (request: RepairWindowStep) => stepRepair(deps, request),
    list,
    get,
  };
}

export type RepairsService = ReturnType<typeof createRepairsService>;
