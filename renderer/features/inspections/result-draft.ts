import type {
  InspectionResultRequest,
  InspectionResults,
  InspectionResultSubject,
} from '../../../shared/domain/inspection-result';
import { freeTextProblem } from '../../../shared/domain/free-text';
import {
  resultAgainstDraw,
  resultIssues,
  resultMessages,
  sameInspectors,
  type ResultField,
} from '../../../shared/inspection/result-rules';
import type { AppError } from '../../../shared/result';
import { resultsTexts } from './results-texts';

/** What the result form edits. */
export type ResultFields = {
  inspectedOn: string;
  inspectorIds: string[];
  substitutionReason: string;
  outcomeCode: string;
  handling: string;
  correctionReason: string;
};

export type ResultErrors = Partial<Record<ResultField, string>>;

/** A blank form for a subject: today, its drawn inspectors; a correction starts from the current result. */
export function blankResult(subject: InspectionResultSubject, today: string): ResultFields {
  const current = subject.current;
  if (current === null)
    return {
      inspectedOn: today,
      inspectorIds: subject.drawnInspectors.map((inspector) => inspector.id),
      substitutionReason: '',
      outcomeCode: '',
      handling: '',
      correctionReason: '',
    };
  return {
    inspectedOn: current.inspectedOn,
    inspectorIds: current.inspectors.map((inspector) => inspector.id),
    substitutionReason: current.substitutionReason ?? '',
    outcomeCode: current.outcome.code,
    handling: current.handling ?? '',
    correctionReason: '',
  };
}

/** The inspectors differ from the drawn ones: the form then asks for the reason. */
export const isSubstitution = (subject: InspectionResultSubject, fields: ResultFields): boolean =>
  !sameInspectors(
    fields.inspectorIds,
    subject.drawnInspectors.map((inspector) => inspector.id),
  );

/** The chosen outcome found a problem: 处理情况 is then required. */
export const problemFound = (view: InspectionResults, fields: ResultFields): boolean =>
  view.outcomes.find((outcome) => outcome.code === fields.outcomeCode)?.problemFound ?? false;

/**
 * The form as a request, checked by the rules the core and the platform apply (shared/inspection/result-rules.ts)
 * and the day's bounds the page was given; or the errors under their fields.
 */
export function toResultRequest(
  view: InspectionResults,
  subject: InspectionResultSubject,
  fields: ResultFields,
): { ok: true; request: InspectionResultRequest } | { ok: false; errors: ResultErrors } {
  const texts = resultsTexts.form;
  const errors: ResultErrors = {};
  const note = (field: ResultField, message: string): void => {
    errors[field] ??= message;
  };
  const substituted = isSubstitution(subject, fields);
  const correction = subject.current !== null;
  if (fields.outcomeCode === '') note('outcomeCode', texts.outcomeRequired);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.inspectedOn)) note('inspectedOn', texts.dayRequired);
  else if (fields.inspectedOn > view.today) note('inspectedOn', resultMessages.inspectedInFuture);
  const facts = {
    drawnOn: view.earliestDay,
    inspectorsPerSubject: subject.drawnInspectors.length,
    picked: [{ subjectId: subject.subjectId, inspectorIds: subject.drawnInspectors.map((i) => i.id) }],
    pool: [{ id: subject.subjectId, inspectorIds: subject.eligibleInspectors.map((i) => i.id) }],
  };
  for (const issue of resultAgainstDraw(
    {
      ...fields,
      subjectId: subject.subjectId,
      substitutionReason: substituted ? fields.substitutionReason : null,
    },
    facts,
  ))
    note(issue.field, issue.message);
  for (const issue of resultIssues({
    revision: correction ? 2 : 1,
    correctsId: subject.current?.id ?? null,
    correctionReason: fields.correctionReason,
    problemFound: problemFound(view, fields),
    handling: fields.handling,
    inspectorIds: fields.inspectorIds,
  }))
    note(issue.field, issue.message);
  const texted: [ResultField, string][] = [
    ['handling', fields.handling],
    ['substitutionReason', fields.substitutionReason],
    ['correctionReason', fields.correctionReason],
  ];
  for (const [field, value] of texted) {
    const problem = freeTextProblem(value, true);
    if (problem !== null) note(field, problem);
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    request: {
      drawId: view.drawId,
      subjectId: subject.subjectId,
      correctsId: subject.current?.id ?? null,
      correctionReason: correction ? fields.correctionReason.trim() : '',
      inspectedOn: fields.inspectedOn,
      inspectorIds: fields.inspectorIds,
      substitutionReason: substituted ? fields.substitutionReason.trim() : '',
      outcomeCode: fields.outcomeCode,
      handling: fields.handling.trim(),
    },
  };
}

const resultFields: readonly ResultField[] = [
  'subjectId',
  'inspectedOn',
  'inspectorIds',
  'substitutionReason',
  'outcomeCode',
  'handling',
  'correctionReason',
];

const fieldOf = (key: unknown): ResultField | null => resultFields.find((field) => field === key) ?? null;

/**
 * A refused save as the form shows it: the core's issues under their fields (its rules give `{field, message}`,
 * the contract's schema zod issues with a path), and the message itself when no field can carry it.
 */
export function resultErrorOf(error: AppError): { errors: ResultErrors; message: string | null } {
  const errors: ResultErrors = {};
  const details = Array.isArray(error.details) ? (error.details as unknown[]) : [];
  for (const detail of details) {
    if (typeof detail !== 'object' || detail === null) continue;
    const record = detail as { field?: unknown; path?: unknown; message?: unknown };
    const field = fieldOf(record.field) ?? (Array.isArray(record.path) ? fieldOf(record.path[0]) : null);
    if (field !== null && typeof record.message === 'string') errors[field] ??= record.message;
  }
  if (Object.keys(errors).length > 0) return { errors, message: resultsTexts.form.checkMarked };
  return { errors, message: error.code === 'BAD_REQUEST' ? resultsTexts.form.badRequest : error.message };
}
