import type { CheckResult } from '../../../shared/domain/check';
import { IdentifierRefusal } from '../../../shared/domain/check';
import type { SubjectSummary } from '../../../shared/domain/subject';
import type { AppError } from '../../../shared/result';

/**
 * The cached subjects a typed code may have been meant as (是否为：…), kept while the field holds the code they
 * were found for (`rawAtSearch`). `active` is -1 until the clerk moves into the list: Enter alone never swaps the
 * applicant for a suggestion, a second Enter on the same code (or a scanner repeating it) asks the core again.
 */
export type NearMatches = {
  rawAtSearch: string;
  /** The normalised code they were found for. */
  typed: string;
  items: SubjectSummary[];
  active: number;
  source: 'refused' | 'not-found';
};

/** The core refused the identifier itself (rather than failing for another reason). */
export const isIdentifierRefusal = (error: AppError): boolean =>
  error.code === 'IDENTIFIER_INVALID' || error.code === 'OVERRIDE_REASON_REQUIRED';

/** What the core said about a refused code; details that do not parse leave the list empty. */
export const refusalOf = (error: AppError): { overridable: boolean; nearMatches: SubjectSummary[] } => {
  const details = IdentifierRefusal.safeParse(error.details);
  return {
    overridable: error.code === 'OVERRIDE_REASON_REQUIRED',
    nearMatches: details.success ? details.data.nearMatches : [],
  };
};

export const nearMatchesOf = (
  items: readonly SubjectSummary[],
  rawAtSearch: string,
  typed: string,
  source: NearMatches['source'],
): NearMatches | null =>
  items.length === 0 ? null : { rawAtSearch, typed, items: [...items], active: -1, source };

/** A not-found result's suggestions, for the emptied field. */
export const nearMatchesOfResult = (result: CheckResult): NearMatches | null =>
  result.found ? null : nearMatchesOf(result.nearMatches ?? [], '', result.query.normalized, 'not-found');
