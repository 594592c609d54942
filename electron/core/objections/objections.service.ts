import type {
  Objection,
  ObjectionCandidates,
  ObjectionCreateRequest,
  ObjectionDetail,
  ObjectionList,
  ObjectionListRequest,
  ObjectionTarget,
  ObjectionWindowStep,
} from '../../../shared/domain/objection';
import { parseIdentifier } from '../../../shared/identifiers';
import { transitionObjection } from '../../../shared/objection/state-machine';
import type {
  ObjectionCreatedPayload,
  ObjectionSteppedPayload,
} from '../../../shared/platform-api/objections';
import { err, ok, type Result } from '../../../shared/result';
import { beijingDay, toBeijingIso } from '../../../shared/time';
import { appendAudit } from '../audit/audit.repo';
import type { RepairDeps } from '../repairs/repair-deps';
import { findTarget, shownTargets } from '../repairs/targets';
import { toSubjectSummary } from '../subjects/summary';
import { getSubjectById } from '../subjects/subjects.repo';
import { enqueue } from '../sync/outbox.repo';
import { objectionsAtRisk } from './at-risk';
import { candidateOf, detailOf, listItemOf } from './objection-view';
import {
  getObjection,
  insertObjection,
  listObjections,
  openObjectionsOf,
  saveObjection,
  targetKey,
} from './objections.repo';

/** What the objections service needs: the same as the repair service's. */
export type ObjectionDeps = RepairDeps;

/** The applicant's ID must be a valid one of its kind (其他有效身份证件 is taken as typed). */
function applicantIdProblem(request: ObjectionCreateRequest, today: Date): string | null {
  const { idKind, idNumber } = request.applicant;
  if (idKind === 'other-id') return null;
  const parsed = parseIdentifier(idNumber, today);
  if (!parsed.ok) return `申请人证件号码有误：${parsed.message}`;
  if (parsed.kind !== idKind)
    return idKind === 'citizen-id'
      ? '申请人证件号码不是居民身份证号码，请核对证件类型'
      : '申请人证件号码不是统一社会信用代码，请核对证件类型';
  return null;
}

/** 异议处理 at the window: what may be objected to, taking objections in, withdrawing, following them. */
export function createObjectionsService(deps: ObjectionDeps) {
  const { db } = deps;
  const today = (): string => beijingDay(deps.now());

  const candidates = (subjectId: string): Result<ObjectionCandidates> => {
    const subject = getSubjectById(db, subjectId);
    if (subject === null) return err('SUBJECT_NOT_FOUND', '本机数据中已没有所选主体，请重新查询');
    const open = openObjectionsOf(db, subject.id);
    return ok({
      subject: toSubjectSummary(subject),
      candidates: shownTargets(db, subject.id).map((target) =>
        candidateOf(target, open.get(targetKey(target.table, target.id))?.objectionId ?? null),
      ),
    });
  };

  /**
   * Takes an objection in (已受理). Everything is checked before anything is written; then one transaction
   * writes the objection, its outbox entry and the audit entry — all or nothing.
   */
  const create = (input: ObjectionCreateRequest): Result<ObjectionDetail> => {
    const subject = getSubjectById(db, input.subjectId);
    if (subject === null) return err('SUBJECT_NOT_FOUND', '本机数据中已没有所选主体，请重新查询');
    const keys = input.targets.map((target) => targetKey(target.targetTable, target.targetId));
    if (new Set(keys).size !== keys.length)
      return err('OBJECTION_INVALID', '同一条记录选择了两次，请重新选择');
    const targets: ObjectionTarget[] = [];
    for (const chosen of input.targets) {
      const target = findTarget(db, chosen.targetTable, chosen.targetId);
      if (target === null || target.subjectId !== subject.id)
        return err('OBJECTION_INVALID', '所选记录不属于该主体，请重新选择有异议的记录');
      targets.push({
        targetTable: target.table,
        targetId: target.id,
        title: target.title,
        unit: target.unit,
        outcome: null,
        corrections: [],
      });
    }
    const open = openObjectionsOf(db, subject.id);
    const already = targets
      .map((target) => open.get(targetKey(target.targetTable, target.targetId)))
      .find(Boolean);
    if (already !== undefined)
      return err('OBJECTION_ALREADY_OPEN', '所选记录已有一件正在处理的异议，请在原异议中继续办理', {
        id: already.objectionId,
      });
    const now = deps.now();
    const idProblem = applicantIdProblem(input, now);
    if (idProblem !== null) return err('OBJECTION_INVALID', idProblem);
    const missing = deps.missingFile(input.attachments.map((attachment) => attachment.sha256));
    if (missing !== null) {
      const name = input.attachments.find((attachment) => attachment.sha256 === missing)?.name ?? missing;
      return err('FILE_NOT_FOUND', `附件“${name}”未保存在本机，请重新添加`, { sha256: missing });
    }
    const settings = deps.settings();
    if (settings.department.trim() === '')
      return err('OBJECTION_INVALID', '本机尚未设置受理单位，请管理员在“设置”中填写单位名称后再受理异议');
    const operator = deps.operator();
    const at = toBeijingIso(now);
    const on = beijingDay(now);
    const objection: Objection = {
      id: deps.newId(),
      subjectId: subject.id,
      subjectName: subject.name,
      checkId: input.checkId ?? null,
      targets,
      grounds: input.grounds,
      statement: input.statement,
      applicant: input.applicant,
      attachments: input.attachments,
      truthfulnessPledged: true,
      acceptingUnit: settings.department,
      acceptingUnitCode: settings.departmentCode,
      state: 'submitted',
      stateEnteredOn: on,
      routedTo: [],
      extended: false,
      history: [{ event: 'submit', at, on, by: operator, reason: null }],
      decision: null,
      closingReason: null,
      operator,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    db.transaction(() => {
      insertObjection(db, objection);
      enqueue(db, 'objection.created', objection satisfies ObjectionCreatedPayload, at, deps.username());
      appendAudit(db, {
        at,
        actor: operator,
        action: 'objection.create',
        targetType: 'objection',
        targetId: objection.id,
        caseNumber: null,
        purpose: '异议申请受理',
        detail: {
          subjectId: subject.id,
          targets: targets.map((target) => targetKey(target.targetTable, target.targetId)),
          grounds: input.grounds,
          attachments: input.attachments.length,
        },
      });
    })();
    deps.events.emit({ type: 'workflow-changed', area: 'objections' });
    return ok(detailOf(db, objection, deps.rules.current(), on));
  };

  /** 撤回 at the applicant's request: applied here at baseVersion + 1 and sent up as 'objection.stepped'. */
  const step = (request: ObjectionWindowStep): Result<ObjectionDetail> => {
    const objection = getObjection(db, request.id);
    if (objection === null) return err('OBJECTION_NOT_FOUND', '找不到该异议申请');
    if (objection.version !== request.baseVersion)
      return err('OBJECTION_TRANSITION_REFUSED', '该异议已有更新，请刷新后再办理', {
        version: objection.version,
      });
    const next = transitionObjection(
      objection.state,
      { type: request.event, reason: request.reason },
      'window-clerk',
    );
    if (!next.ok) return err('OBJECTION_TRANSITION_REFUSED', next.message, { code: next.code });
    const now = deps.now();
    const at = toBeijingIso(now);
    const on = beijingDay(now);
    const by = deps.operator();
    const stepped: Objection = {
      ...objection,
      state: next.state,
      stateEnteredOn: on,
      history: [...objection.history, { event: request.event, at, on, by, reason: request.reason }],
      closingReason: request.reason,
      updatedAt: at,
      version: request.baseVersion + 1,
    };
    const payload: ObjectionSteppedPayload = { ...request, at, on, by };
    db.transaction(() => {
      saveObjection(db, stepped);
      enqueue(db, 'objection.stepped', payload, at, deps.username());
      appendAudit(db, {
        at,
        actor: by,
        action: 'objection.withdraw',
        targetType: 'objection',
        targetId: objection.id,
        caseNumber: null,
        purpose: '异议申请撤回',
        detail: { from: objection.state, to: next.state, reason: request.reason },
      });
    })();
    deps.events.emit({ type: 'workflow-changed', area: 'objections' });
    return ok(detailOf(db, stepped, deps.rules.current(), on));
  };

  /** The list; with atRisk, only open objections due within the warning window or overdue, most urgent first. */
  const list = (request: ObjectionListRequest & { limit: number; offset: number }): Result<ObjectionList> => {
    const rules = deps.rules.current();
    const day = today();
    const { limit, offset, atRisk, ...filter } = request;
    if (atRisk !== true) {
      const { total, rows } = listObjections(db, { ...filter, page: { limit, offset } });
      return ok({ total, items: rows.map((row) => listItemOf(row, rules, day)) });
    }
    const risky = objectionsAtRisk(db, rules, day, filter).filter(
      (item) => filter.state === undefined || item.state === filter.state,
    );
    return ok({ total: risky.length, items: risky.slice(offset, offset + limit) });
  };

  const get = (id: string): Result<ObjectionDetail> => {
    const objection = getObjection(db, id);
    if (objection === null) return err('OBJECTION_NOT_FOUND', '找不到该异议申请');
    return ok(detailOf(db, objection, deps.rules.current(), today()));
  };

  return { candidates, create, step, list, get };
}

export type ObjectionsService = ReturnType<typeof createObjectionsService>;
