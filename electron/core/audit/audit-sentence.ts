import { objectionGroundLabels } from '../../../shared/domain/labels';
import type { ObjectionGround } from '../../../shared/domain/objection';
import { who, auditSentences as say } from '../../../shared/audit/sentences';
import { auditDetailLabels, auditTexts } from '../../../shared/audit/texts';
import { roleLabels } from '../../../shared/auth/labels';
import type { CommitmentType, Fulfilment } from '../../../shared/domain/commitment';
import type { RepairTargetTable } from '../../../shared/domain/repair';
import { feedbackActionLabels, verdictLabels } from '../../../shared/domain/labels';
import { regionName } from '../../../shared/domain/regions';
import {
  commitmentTypeLabels,
  fulfilmentLabels,
  repairTargetLabels,
} from '../../../shared/domain/workflow-labels';
import { REPAIR_STATE_LABELS, type RepairState } from '../../../shared/repair/state-machine';
import { formatBeijing } from '../../../shared/time';
import type { AuditRow } from './audit.repo';
import type { AuditNames } from './audit-names';

type Detail = Record<string, unknown>;
type Sentence = (detail: Detail, entry: AuditRow, names: AuditNames) => string;

const text = (detail: Detail, key: string): string | null => {
  const value = detail[key];
  if (typeof value === 'string') return value === '' ? null : value;
  return typeof value === 'number' ? String(value) : null;
};
const count = (detail: Detail, key: string): number | null => {
  const value = detail[key];
  return typeof value === 'number' ? value : null;
};
const label = <K extends string>(labels: Record<K, string>, value: string | null): string | null =>
  value !== null && value in labels ? labels[value as K] : null;
const time = (value: string | null): string | null => {
  if (value === null) return null;
  try {
    return formatBeijing(value);
  } catch {
    return value;
  }
};

/** The subject of an entry about a check: as the check recorded it, else the code the entry keeps. */
const checkedSubject = (detail: Detail, entry: AuditRow, names: AuditNames): string => {
  const known = entry.targetId === null ? null : names.check(entry.targetId);
  return who(known?.name ?? null, known?.identifier ?? text(detail, 'identifier'));
};
const subjectOf = (detail: Detail, names: AuditNames, name: string | null = null): string => {
  const id = text(detail, 'subjectId');
  const known = id === null ? null : names.subject(id);
  return who(name ?? known?.name ?? null, known?.identifier ?? null);
};

/** A settings value in words: empty as （空）, yes/no, typed text as it is. */
const settingValue = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return say.emptyValue;
  if (typeof value === 'boolean') return value ? auditTexts.yes : auditTexts.no;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : say.emptyValue;
};
const isChange = (value: unknown): value is { from: unknown; to: unknown } =>
  typeof value === 'object' && value !== null && 'from' in value && 'to' in value;

const repairStep: Sentence = (detail, entry, names) => {
  const application = entry.targetId === null ? null : names.repair(entry.targetId);
  const from = label(REPAIR_STATE_LABELS, text(detail, 'from')) ?? say.emptyValue;
  const to = label(REPAIR_STATE_LABELS, text(detail, 'to')) ?? say.emptyValue;
  const reason = text(detail, 'reason');
  return (
    say.repairStepped(application?.applicant ?? null, from, to) + (reason === null ? '' : say.reason(reason))
  );
};

const inspectionResult: Sentence = (detail, entry, names) => {
  const subject = subjectOf(detail, names);
  const outcome = text(detail, 'outcome') ?? say.emptyValue;
  const substituted = detail['substituted'] === true ? say.substituted : '';
  const reason = text(detail, 'reason');
  if (entry.action === 'inspection.result-correct')
    return (
      say.resultCorrected(subject, count(detail, 'revision'), outcome) +
      substituted +
      (reason === null ? '' : say.reason(reason))
    );
  return say.result(subject, outcome, text(detail, 'inspectedOn'), text(detail, 'inspectors')) + substituted;
};

const reportPrinted: Sentence = (detail, entry, names) => {
  const number = entry.targetId ?? '';
  const id = text(detail, 'subjectId');
  const subject = (id === null ? null : names.subject(id)?.name) ?? say.unknownSubject;
  return entry.action === 'report.pdf'
    ? say.reportSaved(number, subject)
    : say.reportPrinted(number, subject);
};

/** A receipt or notice of an objection printed or saved (the subject as the objection named it). */
const objectionDocument: Sentence = (detail, entry, names) => {
  const document = entry.action.startsWith('objection.notice') ? say.objectionNotice : say.objectionReceipt;
  return say.objectionDocument(
    document,
    subjectOf(detail, names, text(detail, 'subjectName')),
    entry.action.endsWith('-pdf'),
  );
};

/**
 * One sentence per action the core appends (the checklist is shared/audit/texts.ts auditActionLabels; a test
 * walks every `action:` written in electron/core). Entries already stored read the same: the sentence is made
 * from the stored detail when shown, never stored itself.
 */
export const auditSentenceOf: Record<string, Sentence> = {
  'auth.sign-in': (detail) =>
    say.signIn(
      label(roleLabels, text(detail, 'role')) ?? roleLabels.clerk,
      text(detail, 'how'),
      time(text(detail, 'cachedAt')),
    ),
  'auth.sign-in-failed': (detail, entry) =>
    say.signInFailed(text(detail, 'username') ?? entry.targetId, text(detail, 'how'), text(detail, 'reason')),
  'auth.sign-out': (detail) => say.signOut(text(detail, 'reason')),
  'auth.lock': () => say.lock,
  'auth.unlock': () => say.unlock,
  'auth.unlock-failed': (detail) => say.unlockFailed(text(detail, 'reason')),
  'check.run': (detail, entry, names) => {
    const verdict = label(verdictLabels, text(detail, 'verdict')) ?? say.emptyValue;
    const reason = text(detail, 'overrideReason');
    return (
      say.check(checkedSubject(detail, entry, names), verdict, detail['found'] !== false) +
      (detail['stale'] === true ? say.checkStale : '') +
      (text(detail, 'recheckOf') === null ? '' : say.recheck) +
      (reason === null ? '' : say.overrideReason(reason))
    );
  },
  'check.feedback': (detail, entry, names) => {
    const codes = Array.isArray(detail['measures']) ? (detail['measures'] as unknown[]) : [];
    const named = codes.map((code) => (typeof code === 'string' ? names.measure(code) : null));
    return say.feedback(
      checkedSubject(detail, entry, names),
      label(feedbackActionLabels, text(detail, 'action')) ?? say.emptyValue,
      // A measure the catalogue no longer has is counted, not shown as its code.
      named.every((name) => name !== null) ? named : [say.measureCount(codes.length)],
    );
  },
  'check.external-query': (detail, entry, names) =>
    say.externalQuery(
      checkedSubject(detail, entry, names),
      text(detail, 'channel') ?? say.emptyValue,
      text(detail, 'queryOutcome') ?? say.emptyValue,
      count(detail, 'attachments') ?? 0,
    ),
  'check.sheet-print': (detail, entry, names) => say.sheetPrinted(checkedSubject(detail, entry, names)),
  'check.sheet-pdf': (detail, entry, names) => say.sheetSaved(checkedSubject(detail, entry, names)),
  'review.acknowledge': (detail, entry, names) =>
    say.reviewAcknowledged(checkedSubject(detail, entry, names)),
  'commitment.create': (detail, entry, names) => {
    const committer = entry.targetId === null ? null : names.commitment(entry.targetId);
    const type = label<CommitmentType>(commitmentTypeLabels, text(detail, 'type'));
    return say.commitmentCreated(
      text(detail, 'code') ?? '',
      who(committer, text(detail, 'identifier')),
      type === null ? '信用承诺' : `${type}承诺`,
      text(detail, 'verifyBy'),
    );
  },
  'commitment.verify': (detail, entry, names) =>
    say.commitmentVerified(
      text(detail, 'code') ?? '',
      entry.targetId === null ? null : names.commitment(entry.targetId),
      label<Fulfilment>(fulfilmentLabels, text(detail, 'fulfilment')) ?? say.emptyValue,
    ) +
    (detail['falseCommitment'] === true ? say.falseCommitment : '') +
    (text(detail, 'recordId') === null ? '' : say.failureRecorded),
  'repair.create': (detail, entry, names) => {
    const application = entry.targetId === null ? null : names.repair(entry.targetId);
    const kind = label<RepairTargetTable>(repairTargetLabels, text(detail, 'targetTable')) ?? '信用信息';
    const code = text(detail, 'commitmentCode');
    const attachments = count(detail, 'attachments');
    return (
      say.repairCreated(
        application?.applicant ?? subjectOf(detail, names),
        say.repairTarget(kind, application?.target ?? null),
        label<RepairState>(REPAIR_STATE_LABELS, text(detail, 'state')),
      ) +
      (code === null ? '' : say.repairCommitment(code)) +
      (attachments === null || attachments === 0 ? '' : say.attachments(attachments))
    );
  },
  'objection.create': (detail, _entry, names) => {
    const targets = Array.isArray(detail['targets']) ? detail['targets'].length : 0;
    const attachments = count(detail, 'attachments');
    return (
      say.objectionCreated(
        subjectOf(detail, names),
        targets,
        label<ObjectionGround>(objectionGroundLabels, text(detail, 'grounds')),
      ) + (attachments === null || attachments === 0 ? '' : say.attachments(attachments))
    );
  },
  'objection.withdraw': (detail) => {
    const reason = text(detail, 'reason');
    return say.objectionWithdrawn + (reason === null ? '' : say.reason(reason));
  },
  'repair.accept': repairStep,
  'repair.refuse': repairStep,
  'file.add': (detail) => say.fileAdded(text(detail, 'name'), count(detail, 'size')),
  'report.issue': (detail, entry, names) =>
    say.reportIssued(
      entry.targetId ?? '',
      subjectOf(detail, names, text(detail, 'subjectName')),
      time(text(detail, 'dataAsOf')),
      text(detail, 'issuingUnit'),
    ) +
    (typeof detail['authorisation'] === 'object' && detail['authorisation'] !== null
      ? say.reportAuthorised
      : ''),
  'report.print': reportPrinted,
  'report.pdf': reportPrinted,
  'inspection.draw': (detail, entry, names) => {
    const region = text(detail, 'regionCode');
    const matter = text(detail, 'matterCode');
    return say.drawn(
      entry.caseNumber,
      count(detail, 'poolSize') ?? 0,
      Array.isArray(detail['picked']) ? detail['picked'].length : 0,
      region === null ? null : regionName(region),
      matter === null ? null : (names.matter(matter) ?? matter),
    );
  },
  'inspection.export': (detail) =>
    say.exported(say.drawListName, text(detail, 'format'), count(detail, 'rows')),
  'inspection.results-export': (detail) =>
    say.exported(say.resultsListName, text(detail, 'format'), count(detail, 'rows')),
  'inspection.result': inspectionResult,
  'inspection.result-correct': inspectionResult,
  'settings.update': (detail) => {
    const changed = detail['changed'];
    const changes =
      typeof changed === 'object' && changed !== null
        ? Object.entries(changed).map(([field, change]) =>
            say.settingChange(
              auditDetailLabels[field] ?? '其他设置',
              settingValue(isChange(change) ? change.from : null),
              settingValue(isChange(change) ? change.to : change),
            ),
          )
        : [];
    return say.settingsChanged(changes);
  },
  'sync.enrol': (detail) => {
    const unit = detail['unit'];
    const named =
      typeof unit === 'object' && unit !== null ? (unit as { name?: unknown; code?: unknown }) : null;
    return (
      say.enrolled(text(detail, 'platformUrl'), text(detail, 'deviceName'), text(detail, 'deviceNumber')) +
      (named !== null && typeof named.name === 'string' && typeof named.code === 'string'
        ? say.enrolledUnit(named.name, named.code)
        : '')
    );
  },
  'sync.token-rotated': () => say.tokenRotated,
  'sync.device-revoked': () => say.deviceRevoked,
  'demo.load': (detail) =>
    say.demoLoaded(
      count(detail, 'subjects') ?? 0,
      count(detail, 'listEntries') ?? 0,
      count(detail, 'records') ?? 0,
    ),
  'audit.export': (detail) =>
    say.auditExported(text(detail, 'format'), count(detail, 'rows'), text(detail, 'filters')),
  'objection.receipt-print': objectionDocument,
  'objection.receipt-pdf': objectionDocument,
  'objection.notice-print': objectionDocument,
  'objection.notice-pdf': objectionDocument,
};
