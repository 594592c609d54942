import type { CommitmentRoute } from '../../../shared/domain/commitment';
import type { AppError } from '../../../shared/result';
import { draftFieldOf, issuesToErrors, type FieldErrors } from './commitment-draft';
import { commitmentDraftTexts } from './texts';

/** An error answer of the core: its message, the reasons of a barred route, what no field could show. */
export type SaveError = { message: string; reasons: CommitmentRoute['reasons']; unplaced: string[] };

const routeReasons = (details: unknown): CommitmentRoute['reasons'] =>
  Array.isArray(details)
    ? details.filter(
        (reason): reason is CommitmentRoute['reasons'][number] =>
          typeof reason === 'object' &&
          reason !== null &&
          typeof (reason as { message?: unknown }).message === 'string',
      )
    : [];

/**
 * A refused save as the form shows it: what the core says about a field goes under that field; the banner then
 * only points to them, and never quotes the request's own paths (a BAD_REQUEST message carries them).
 */
export const saveErrorOf = (error: AppError): { errors: FieldErrors; saveError: SaveError } => {
  const { errors, unplaced } = issuesToErrors(error.details, draftFieldOf);
  if (error.code === 'IDENTIFIER_INVALID') errors.identifier ??= error.message;
  const reasons = error.code === 'COMMITMENT_ROUTE_BARRED' ? routeReasons(error.details) : [];
  const message =
    Object.keys(errors).length > 0
      ? commitmentDraftTexts.checkMarked
      : error.code === 'BAD_REQUEST'
        ? commitmentDraftTexts.badRequest
        : error.message;
  return { errors, saveError: { message, reasons, unplaced } };
};
