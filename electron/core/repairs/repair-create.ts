import { REPAIR_MATTER_CODE, type Commitment, type CommitmentDraft } from '../../../shared/domain/commitment';
import { subjectKindLabels } from '../../../shared/domain/labels';
import type {
  RepairApplication,
  RepairCreateRequest,
  RepairDetail,
  RepairStep,
} from '../../../shared/domain/repair';
import { normaliseIdentifier } from '../../../shared/identifiers';
import { outcomeFits } from '../../../shared/repair/outcomes';
import { transition, type RepairState } from '../../../shared/repair/state-machine';
import { err, ok, type ErrorCode, type Result } from '../../../shared/result';
import { beijingDay, toBeijingIso } from '../../../shared/time';
import { appendAudit } from '../audit/audit.repo';
import { issueCommitment } from '../commitments/issue-commitment';
import { checkDraftDates, committerKindFits } from '../commitments/validation';
import { getSubjectById } from '../subjects/subjects.repo';
import { enqueue } from '../sync/outbox.repo';
import { REFUSING_CODES, targetEligibility } from './eligibility';
import type { RepairDeps } from './repair-deps';
import { detailOf } from './repair-view';
import { insertRepair, openRepairFor } from './repairs.repo';
import { findTarget } from './targets';

/** A list another authority removes (失信被执行人) and a record that is no basis have codes of their own. */
const refusalCode = (code: string): ErrorCode =>
  code === REFUSING_CODES.otherAuthority
    ? 'REPAIR_OTHER_AUTHORITY'
    : code === REFUSING_CODES.notBasis
      ? 'REPAIR_NOT_A_BASIS'
      : 'REPAIR_NOT_ELIGIBLE';

/**
 * Takes in an application at the window. Everything is checked before anything is written; then one
 * transaction writes the 信用修复承诺书 (a 信用修复型 commitment with its code), the application, their outbox
 * entries in that order, and the audit entry — all or nothing.
 */
export function createRepair(deps: RepairDeps, request: RepairCreateRequest): Result<RepairDetail> {
  const { db } = deps;
  const subject = getSubjectById(db, request.subjectId);
  if (subject === null) return err('SUBJECT_NOT_FOUND', '本机数据中已没有所选主体，请重新查询');
  const target = findTarget(db, request.targetTable, request.targetId);
  if (target === null || target.subjectId !== subject.id)
    return err('REPAIR_INVALID', '所选记录不属于该主体，请重新选择要修复的记录');
  if (!outcomeFits(target.table, request.requestedOutcome)) {
    return err(
      'REPAIR_INVALID',
      target.table === 'list_entries'
        ? '名单记录只能申请移出名单或删除'
        : '“移出名单”只适用于名单记录，信用记录请选择终止公示、标注、屏蔽或删除',
    );
  }
  if (
    normaliseIdentifier(request.commitment.committer.identifier) !== normaliseIdentifier(subject.identifier)
  )
    return err('REPAIR_INVALID', '信用修复承诺书的承诺人应为申请主体本身，请核对承诺人的代码');
  if (request.commitment.committer.kind !== subject.kind)
    return err(
      'REPAIR_INVALID',
      `信用修复承诺书的承诺人类别应与申请主体一致（${subjectKindLabels[subject.kind]}），请核对承诺人类别`,
    );
  const now = deps.now();
  const today = beijingDay(now);
  // The 信用修复承诺书 is a commitment like any other: the checks of commitments:create, save three. The route
  // barring (a repair applicant has failure information by definition), the matter (it is the repair), and the
  // identifier's check characters: the committer is the registry's subject, whose code the platform holds —
  // a pre-2016 code failing its check character must not shut its holder out of repair.
  const committer = { value: { identifier: subject.identifier, kind: subject.identifierKind } };
  const kindFits = committerKindFits(subject.kind, committer.value.kind);
  if (!kindFits.ok) return kindFits;
  const draft: CommitmentDraft = {
    ...request.commitment,
    committer: { ...request.commitment.committer, identifier: committer.value.identifier },
    type: 'credit-repair',
    matterCode: REPAIR_MATTER_CODE,
    checkId: null,
  };
  const dates = checkDraftDates(draft, today);
  if (!dates.ok) return dates;
  const rules = deps.rules.current();
  const eligibility = targetEligibility(rules, target, today);
  if (!eligibility.eligible) return err(refusalCode(eligibility.code), eligibility.message, eligibility);
  const open = openRepairFor(db, target.table, target.id);
  if (open !== null)
    return err('REPAIR_ALREADY_OPEN', '该记录已有一件正在办理的信用修复申请，请在原申请中继续办理', {
      id: open,
    });
  const missing = deps.missingFile(request.attachments.map((attachment) => attachment.sha256));
  if (missing !== null) {
    const name = request.attachments.find((attachment) => attachment.sha256 === missing)?.name ?? missing;
    return err('FILE_NOT_FOUND', `附件“${name}”未保存在本机，请重新添加`, { sha256: missing });
  }

  const settings = deps.settings();
  const operator = deps.operator();
  const at = toBeijingIso(now);
  const id = deps.newId();
  const history: RepairStep[] = [];
  let state: RepairState = 'draft';
  for (const event of request.accept ? (['submit', 'accept'] as const) : (['submit'] as const)) {
    const next = transition(state, { type: event }, 'window-clerk');
    if (!next.ok) return err('REPAIR_TRANSITION_REFUSED', next.message);
    state = next.state;
    history.push({ event, at, on: today, by: operator, reason: null });
  }

  const written = db.transaction((): Result<RepairApplication> => {
    // Coded by its 作出日期, like every commitment; the counter, the row and its outbox entry go together.
    const issued = issueCommitment(
      db,
      {
        ...draft,
        id: deps.newId(),
        identifierKind: committer.value.kind,
        subjectId: subject.id,
        state: 'pending',
        verification: null,
        verifiedBy: null,
        repairId: id,
        recordId: null,
        operator,
        createdAt: at,
        updatedAt: at,
        version: 1,
      },
      settings.districtCode,
      deps.username(),
    );
    if (!issued.ok) return issued;
    const commitment: Commitment = issued.value;
    const application: RepairApplication = {
      id,
      subjectId: subject.id,
      applicantName: subject.name,
      applicantIdentifier: subject.identifier,
      handlerName: request.handlerName,
      handlerPhone: request.handlerPhone === '' ? null : request.handlerPhone,
      targetTable: target.table,
      targetId: target.id,
      targetTitle: target.title,
      reasons: request.reasons,
      requestedOutcome: request.requestedOutcome,
      attachments: request.attachments,
      commitmentId: commitment.id,
      eligibility,
      state,
      stateEnteredOn: today,
      history,
      outcome: null,
      decisionReason: null,
      acceptingUnit: request.commitment.acceptingUnit.name,
      operator,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    insertRepair(db, application);
    enqueue(db, 'repair.created', application, at, deps.username());
    appendAudit(db, {
      at,
      actor: operator,
      action: 'repair.create',
      targetType: 'repair',
      targetId: id,
      caseNumber: request.commitment.caseNumber,
      purpose: '信用修复申请',
      detail: {
        subjectId: subject.id,
        targetTable: target.table,
        targetId: target.id,
        state,
        commitmentCode: commitment.code,
        attachments: request.attachments.length,
      },
    });
    return ok(application);
  })();
  if (!written.ok) return written;
  deps.events.emit({ type: 'workflow-changed', area: 'commitments' });
  deps.events.emit({ type: 'workflow-changed', area: 'repairs' });
  return ok(detailOf(db, written.value, rules, today));
}
