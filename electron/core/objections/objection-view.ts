import type {
  Objection,
  ObjectionCandidate,
  ObjectionDetail,
  ObjectionListItem,
  ObjectionTargetNow,
} from '../../../shared/domain/objection';
import { maskIdentifier } from '../../../shared/identifiers';
import { objectionCountdown } from '../../../shared/objection/deadlines';
import type { RuleSet } from '../../../shared/rules/rule-tables';
import type { Db } from '../../../node-shared/db/connection';
import { accountLabel } from '../auth/credentials.repo';
import { kindLabelOf, statusLabelOf } from '../repairs/repair-view';
import { findTarget, type RepairTarget } from '../repairs/targets';
import { getSubjectById } from '../subjects/subjects.repo';
import { conflictsOf } from '../sync/outbox.repo';
import { hasPendingEntry, type ObjectionListRow } from './objections.repo';

export const countdownOf = (rules: RuleSet, objection: Objection, today: string) =>
  objectionCountdown(rules.calendar, rules.objectionPolicy, objection, today);

/** A record of the subject one may object to. */
export const candidateOf = (target: RepairTarget, openObjectionId: string | null): ObjectionCandidate => ({
  targetTable: target.table,
  targetId: target.id,
  title: target.title,
  kindLabel: kindLabelOf(target),
  decisionOn: target.decisionOn,
  statusLabel: statusLabelOf(target),
  unit: target.unit,
  openObjectionId,
});

function targetNow(db: Db, target: Objection['targets'][number]): ObjectionTargetNow {
  const found = findTarget(db, target.targetTable, target.targetId);
  return found === null
    ? {
        targetTable: target.targetTable,
        targetId: target.targetId,
        title: target.title,
        statusLabel: '已删除',
        exists: false,
      }
    : {
        targetTable: target.targetTable,
        targetId: target.targetId,
        title: found.title,
        statusLabel: statusLabelOf(found),
        exists: true,
      };
}

export function detailOf(db: Db, objection: Objection, rules: RuleSet, today: string): ObjectionDetail {
  const subject = getSubjectById(db, objection.subjectId);
  return {
    // Who took each step, by name: a platform reviewer's steps carry the account alone.
    objection: {
      ...objection,
      history: objection.history.map((step) => ({ ...step, by: accountLabel(db, step.by) })),
    },
    subject:
      subject === null
        ? null
        : {
            id: subject.id,
            name: subject.name,
            identifierMasked: maskIdentifier(subject.identifier, subject.identifierKind),
            kind: subject.kind,
            regionCode: subject.regionCode,
            status: subject.status,
          },
    countdown: countdownOf(rules, objection, today),
    targetsNow: objection.targets.map((target) => targetNow(db, target)),
    conflicts: conflictsOf(db, 'objection.', objection.id),
    pending: hasPendingEntry(db, objection.id),
  };
}

export const listItemOf = (row: ObjectionListRow, rules: RuleSet, today: string): ObjectionListItem => ({
  id: row.objection.id,
  subjectName: row.objection.subjectName,
  applicantName: row.objection.applicant.name,
  targetTitles: row.objection.targets.map((target) => target.title),
  grounds: row.objection.grounds,
  state: row.objection.state,
  createdAt: row.objection.createdAt,
  countdown: countdownOf(rules, row.objection, today),
  attachments: row.objection.attachments.length,
  conflict: row.conflict,
  pending: row.pending,
});
