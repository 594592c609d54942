import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { readable } from '../../../shared/contract/request-messages';
import type { AppError } from '../../../shared/result';

type Issue = { path: readonly PropertyKey[]; message: string };

const isIssue = (value: unknown): value is Issue =>
  typeof value === 'object' &&
  value !== null &&
  'path' in value &&
  Array.isArray(value.path) &&
  'message' in value &&
  typeof value.message === 'string';

const hasPath = (details: unknown): details is { path: readonly PropertyKey[] } =>
  typeof details === 'object' && details !== null && 'path' in details && Array.isArray(details.path);

/**
 * The issues of a refusal about fields: a BAD_REQUEST's details (the core's zod issues, worded in Chinese), or a
 * rule's refusal that names one field by its path in the request (details.path, e.g. FEEDBACK_INVALID), with
 * the refusal's own message.
 */
export const refusalIssues = (error: AppError): Issue[] => {
  if (error.code === 'BAD_REQUEST') return Array.isArray(error.details) ? error.details.filter(isIssue) : [];
  return hasPath(error.details) ? [{ path: error.details.path, message: error.message }] : [];
};

/**
 * Puts a refusal of the core at the form's fields: each issue whose path names one of `fields` (the fields the
 * form shows a message at; the request's path is mapped to the form's by `fieldOf`, by default joined with dots)
 * becomes that field's error, in the core's Chinese. Returns what no field can show, for the form's alert: the
 * core's message when any issue stayed unplaced or the refusal is not about the request's shape, else null.
 */
export function placeRefusal<Values extends FieldValues>(
  error: AppError,
  setError: UseFormSetError<Values>,
  fields: readonly FieldPath<Values>[],
  fieldOf: (path: readonly PropertyKey[]) => string = (path) => path.map(String).join('.'),
): string | null {
  const issues = refusalIssues(error);
  if (issues.length === 0) return error.message;
  let unplaced = false;
  for (const issue of issues) {
    const field = fields.find((name) => name === fieldOf(issue.path));
    if (field === undefined) {
      unplaced = true;
      continue;
    }
    setError(field, { type: 'core', message: readable(issue.message) }, { shouldFocus: false });
  }
  return unplaced ? error.message : null;
}

/**
 * A refusal said beside the one field it is about (a search box): the first issue's own words, without the
 * request-level 请求内容不正确：… wording; any other refusal as the core put it.
 */
export const fieldRefusalText = (error: AppError): string => {
  const [issue] = refusalIssues(error);
  return issue === undefined ? error.message : readable(issue.message);
};
