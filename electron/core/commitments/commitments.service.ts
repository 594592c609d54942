import { addDays } from '../../../shared/calendar/day';
import { commitmentFailureRecord } from '../../../shared/commitment/failure-record';
import { typeBarred } from '../../../shared/commitment/route-types';
import type { ResponseOf } from '../../../shared/contract/channels';
import {
  type Commitment,
  type CommitmentDetail,
  type CommitmentDraft,
  type CommitmentList,
  type CommitmentListRequest,
  type CommitmentVerifyRequest,
} from '../../../shared/domain/commitment';
import type { Settings } from '../../../shared/domain/app';
import { commitmentTypeLabels } from '../../../shared/domain/workflow-labels';
import { maskIdentifier } from '../../../shared/identifiers';
import type { CommitmentVerifiedPayload } from '../../../shared/platform-api/workflow';
import { err, ok, type Result } from '../../../shared/result';
import { beijingDay, toBeijingIso } from '../../../shared/time';
import { appendAudit } from '../audit/audit.repo';
import { getMatter } from '../catalogue/catalogue.repo';
import type { Db } from '../../../node-shared/db/connection';
import type { EventBus } from '../events';
import type { Rules } from '../rules/rules';
import { getSubjectById, getSubjectByIdentifier } from '../subjects/subjects.repo';
import { conflictsOf, enqueue } from '../sync/outbox.repo';
import { dueOf, getCommitment, listCommitments, matterNameOf, saveCommitment } from './commitments.repo';
import { insertFailureRecord } from './failure-record';
import { issueCommitment } from './issue-commitment';
import { routeOfSubject } from './route';
import {
  checkDraftDates,
  checkVerification,
  committerKindFits,
  parseCommitterIdentifier,
} from './validation';
import { quoteInput } from '../../../shared/contract/request-messages';
import { accountLabel } from '../auth/credentials.repo';

export type CommitmentDeps = {
  db: Db;
  now: () => Date;
  newId: () => string;
  settings: () => Settings;
  /** Who acts: the signed-in user (auth/session.ts operatorLabel), recorded on the write and its audit entry. */
  operator: () => string;
  /** The signed-in user's username (null: nobody): each outbox entry names who made it (sync/push.ts). */
  username: () => string | null;
  rules: Rules;
  events: EventBus;
};

type Prepared = ResponseOf<'commitments:prepare'>;

/** 告知承诺: recording, verification (核查) and the clerk's lists, all offline; the outbox takes them up. */
export function createCommitmentService(deps: CommitmentDeps) {
  const { db } = deps;
  const today = (): string => beijingDay(deps.now());

  const detailOf = (commitment: Commitment): CommitmentDetail => ({
    // Who verified it, by name (an older platform-side entry carries the account alone).
    commitment:
      commitment.verifiedBy === null
        ? commitment
        : { ...commitment, verifiedBy: accountLabel(db, commitment.verifiedBy) },
    matterName: matterNameOf(commitment.matterCode, getMatter(db, commitment.matterCode)?.name),
    identifierMasked: maskIdentifier(commitment.committer.identifier, commitment.identifierKind),
    due: dueOf(commitment, today(), deps.rules.current().commitment.dueSoonDays),
    conflicts: conflictsOf(db, 'commitment.', commitment.id),
  });

  const changed = (): void => deps.events.emit({ type: 'workflow-changed', area: 'commitments' });
  const inRegistry = (identifier: string): boolean => getSubjectByIdentifier(db, identifier) !== null;

  const prepare = (request: { identifier: string; madeOn: string }): Result<Prepared> => {
    const parsed = parseCommitterIdentifier(request.identifier, deps.now(), inRegistry);
    if (!parsed.ok) return parsed;
    const ruleSet = deps.rules.current();
    const rules = ruleSet.commitment;
    const subject = getSubjectByIdentifier(db, parsed.value.identifier);
    return ok({
      identifier: parsed.value.identifier,
      identifierKind: parsed.value.kind,
      subject: subject === null ? null : { id: subject.id, name: subject.name, kind: subject.kind },
      route: routeOfSubject(db, subject, rules, today(), ruleSet.recordRules),
      verifyBy: addDays(request.madeOn, rules.defaultVerifyWithinDays),
    });
  };

  const create = (draft: CommitmentDraft): Result<CommitmentDetail> => {
    const now = deps.now();
    const day = beijingDay(now);
    if (draft.type === 'credit-repair')
      return err('COMMITMENT_INVALID', '信用修复型承诺随信用修复申请一并生成，请在“信用修复”中办理');
    const parsed = parseCommitterIdentifier(draft.committer.identifier, now, inRegistry);
    if (!parsed.ok) return parsed;
    const fits = committerKindFits(draft.committer.kind, parsed.value.kind);
    if (!fits.ok) return fits;
    const matter = getMatter(db, draft.matterCode);
    if (matter === null)
      return err('MATTER_UNKNOWN', `事项代码${quoteInput(draft.matterCode)}不在事项目录中`);
    const dates = checkDraftDates(draft, day);
    if (!dates.ok) return dates;
    const subject = getSubjectByIdentifier(db, parsed.value.identifier);
    const ruleSet = deps.rules.current();
    const route = routeOfSubject(db, subject, ruleSet.commitment, day, ruleSet.recordRules);
    if (typeBarred(route, draft.type))
      return err(
        'COMMITMENT_ROUTE_BARRED',
        `该申请人不适用${commitmentTypeLabels[draft.type]}承诺：${route.reasons.map((reason) => reason.message).join('；')}`,
        route.reasons,
      );
    const settings = deps.settings();
    const at = toBeijingIso(now);
    const fresh: Omit<Commitment, 'code'> = {
      ...draft,
      committer: { ...draft.committer, identifier: parsed.value.identifier },
      id: deps.newId(),
      identifierKind: parsed.value.kind,
      subjectId: subject?.id ?? null,
      state: 'pending',
      verification: null,
      verifiedBy: null,
      repairId: null,
      recordId: null,
      operator: deps.operator(),
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    const issued = db.transaction((): Result<Commitment> => {
      const written = issueCommitment(db, fresh, settings.districtCode, deps.username());
      if (!written.ok) return written;
      appendAudit(db, {
        at,
        actor: deps.operator(),
        action: 'commitment.create',
        targetType: 'commitment',
        targetId: written.value.id,
        caseNumber: draft.caseNumber,
        purpose: `${matter.code} ${matter.name}`,
        detail: {
          code: written.value.code,
          identifier: maskIdentifier(parsed.value.identifier, parsed.value.kind),
          type: draft.type,
          verifyBy: draft.verifyBy,
        },
      });
      return written;
    })();
    if (!issued.ok) return issued;
    changed();
    return ok(detailOf(issued.value));
  };

  const verify = (request: CommitmentVerifyRequest): Result<CommitmentDetail> => {
    const now = deps.now();
    const current = getCommitment(db, request.id);
    if (current === null) return err('COMMITMENT_NOT_FOUND', '未找到该承诺');
    if (current.state !== 'pending') return err('COMMITMENT_ALREADY_VERIFIED', '该承诺已核查，不能重复核查');
    if (request.baseVersion !== current.version)
      return err('COMMITMENT_INVALID', '该承诺已有更新，请刷新后重新核查');
    const checked = checkVerification(request.verification, current.madeOn, beijingDay(now));
    if (!checked.ok) return checked;
    const verification = checked.value;
    const rules = deps.rules.current().commitment;
    const at = toBeijingIso(now);
    // The committer may have reached the cache since the commitment was recorded.
    const subject =
      (current.subjectId === null ? null : getSubjectById(db, current.subjectId)) ??
      getSubjectByIdentifier(db, current.committer.identifier);
    const applied: Commitment = {
      ...current,
      state: 'verified',
      verification,
      verifiedBy: deps.operator(),
      updatedAt: at,
      version: request.baseVersion + 1,
    };
    // Broken or false: provisional failure record, when the committer is in the cache (the platform makes one
    // for any committer, and its row reaches every client).
    const record = subject === null ? null : commitmentFailureRecord(applied, subject.id, rules);
    const verified: Commitment = { ...applied, recordId: record?.id ?? current.recordId };
    const payload: CommitmentVerifiedPayload = {
      id: current.id,
      baseVersion: request.baseVersion,
      verification,
      verifiedBy: deps.operator(),
      at,
    };
    db.transaction(() => {
      saveCommitment(db, verified);
      enqueue(db, 'commitment.verified', payload, at, deps.username());
      if (record !== null) insertFailureRecord(db, record);
      appendAudit(db, {
        at,
        actor: deps.operator(),
        action: 'commitment.verify',
        targetType: 'commitment',
        targetId: current.id,
        caseNumber: current.caseNumber,
        purpose: `核查承诺 ${current.code}`,
        detail: {
          code: current.code,
          fulfilment: verification.fulfilment,
          falseCommitment: verification.falseCommitment,
          recordId: record?.id ?? null,
        },
      });
    })();
    changed();
    return ok(detailOf(verified));
  };

  const list = (request: CommitmentListRequest & { limit: number; offset: number }): Result<CommitmentList> =>
    ok(listCommitments(db, request, today(), deps.rules.current().commitment.dueSoonDays));

  const get = (id: string): Result<CommitmentDetail> => {
    const commitment = getCommitment(db, id);
    return commitment === null ? err('COMMITMENT_NOT_FOUND', '未找到该承诺') : ok(detailOf(commitment));
  };

  return { prepare, create, verify, list, get };
}

export type CommitmentService = ReturnType<typeof createCommitmentService>;
