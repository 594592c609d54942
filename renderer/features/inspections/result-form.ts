import type { FieldPath, UseFormSetError } from 'react-hook-form';
import type { z } from 'zod';
import {
  InspectionResultRequest,
  type InspectionResults,
  type InspectionResultSubject,
} from '../../../shared/domain/inspection-result';
import {
  resultAgainstDraw,
  resultIssues,
  resultMessages,
  sameInspectors,
  type ResultIssue,
} from '../../../shared/inspection/result-rules';
import type { AppError } from '../../../shared/result';
import { placeRefusal } from '../../app/form/place-refusal';

export type ResultFormValues = z.input<typeof InspectionResultRequest>;

/** The inspectors differ from the drawn ones: the form then asks for the reason. */
export const isSubstitution = (subject: InspectionResultSubject, inspectorIds: readonly string[]): boolean =>
  !sameInspectors(
    inspectorIds,
    subject.drawnInspectors.map((inspector) => inspector.id),
  );

/** The chosen outcome found a problem: 处理情况 is then required. */
export const problemFound = (view: InspectionResults, outcomeCode: string): boolean =>
  view.outcomes.find((outcome) => outcome.code === outcomeCode)?.problemFound ?? false;

/**
 * What the core checks beyond the request's shape, with the facts the page was given: the draw's rules
 * (shared/inspection/result-rules.ts, the same the core and the platform apply) and "not after today".
 */
const ruleIssues = (
  view: InspectionResults,
  subject: InspectionResultSubject,
  request: z.output<typeof InspectionResultRequest>,
): ResultIssue[] => {
  const substituted = isSubstitution(subject, request.inspectorIds);
  const names = new Map(subject.eligibleInspectors.map((inspector) => [inspector.id, inspector.name]));
  const facts = {
    drawnOn: view.earliestDay,
    inspectorsPerSubject: subject.drawnInspectors.length,
    picked: [{ subjectId: subject.subjectId, inspectorIds: subject.drawnInspectors.map((i) => i.id) }],
    pool: [{ id: subject.subjectId, inspectorIds: subject.eligibleInspectors.map((i) => i.id) }],
  };
  return [
    ...(request.inspectedOn > view.today
      ? [{ field: 'inspectedOn' as const, message: resultMessages.inspectedInFuture }]
      : []),
    ...resultAgainstDraw(
      { ...request, substitutionReason: substituted ? request.substitutionReason : null },
      facts,
      (id) => names.get(id) ?? id,
    ),
    ...resultIssues({
      revision: subject.current === null ? 1 : 2,
      correctsId: request.correctsId,
      correctionReason: request.correctionReason,
      problemFound: problemFound(view, request.outcomeCode),
      handling: request.handling,
      inspectorIds: request.inspectorIds,
    }),
  ];
};

/** The contract's request schema (inspections:record-result), refined by the rules of this draw and subject. */
export const resultFormSchema = (view: InspectionResults, subject: InspectionResultSubject) =>
  InspectionResultRequest.superRefine((request, ctx) => {
    for (const issue of ruleIssues(view, subject, request))
      ctx.addIssue({ code: 'custom', message: issue.message, path: [issue.field] });
  });

/** A fresh form for a subject: today and its drawn inspectors; a correction starts from the current result. */
export function resultDefaults(view: InspectionResults, subject: InspectionResultSubject): ResultFormValues {
  const current = subject.current;
  return {
    drawId: view.drawId,
    subjectId: subject.subjectId,
    correctsId: current?.id ?? null,
    correctionReason: '',
    inspectedOn: current?.inspectedOn ?? view.today,
    inspectorIds: (current?.inspectors ?? subject.drawnInspectors).map((inspector) => inspector.id),
    substitutionReason: current?.substitutionReason ?? '',
    outcomeCode: current?.outcome.code ?? '',
    handling: current?.handling ?? '',
  };
}

/** The fields the form shows a message at (the subject and the draw are not fields). */
export const resultFields: readonly FieldPath<ResultFormValues>[] = [
  'inspectedOn',
  'inspectorIds',
  'substitutionReason',
  'outcomeCode',
  'handling',
  'correctionReason',
];

type RuleDetail = { field: string; message: string };

const isRuleDetail = (value: unknown): value is RuleDetail =>
  typeof value === 'object' &&
  value !== null &&
  'field' in value &&
  typeof value.field === 'string' &&
  'message' in value &&
  typeof value.message === 'string';

/**
 * A refused save at the form's fields: the contract's issues (BAD_REQUEST) as placeRefusal places them, and the
 * core's rule issues (INSPECTION_RESULT_INVALID, each naming its field) the same way. Returns the text for the
 * form's alert: what no field can show, else null.
 */
export function placeResultRefusal(
  error: AppError,
  setError: UseFormSetError<ResultFormValues>,
): string | null {
  const rules =
    error.code === 'INSPECTION_RESULT_INVALID' && Array.isArray(error.details)
      ? error.details.filter(isRuleDetail)
      : [];
  const asIssues =
    rules.length === 0
      ? error
      : {
          ...error,
          code: 'BAD_REQUEST' as const,
          details: rules.map((rule) => ({ path: [rule.field], message: rule.message })),
        };
  return placeRefusal(asIssues, setError, resultFields);
}
