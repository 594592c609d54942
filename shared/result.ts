/**
 * Results cross every boundary as values, never as thrown class instances.
 * `code` is stable for programs; `message` is Chinese, for the person at the window.
 */
export type ErrorCode =
  | 'BAD_REQUEST'
  | 'UNKNOWN_CHANNEL'
  | 'FORBIDDEN'
  | 'SIGN_IN_REQUIRED'
  | 'ROLE_FORBIDDEN'
  | 'SIGN_IN_FAILED'
  | 'INTERNAL'
  | 'TRANSPORT'
  /** The Electron shell's core process did not answer in time, or is gone (electron/main/core-client.ts). */
  | 'CORE_TIMEOUT'
  | 'CORE_UNAVAILABLE'
  | 'IDENTIFIER_INVALID'
  | 'OVERRIDE_REASON_REQUIRED'
  | 'MATTER_UNKNOWN'
  | 'SUBJECT_NOT_FOUND'
  | 'CHECK_NOT_FOUND'
  | 'FEEDBACK_INVALID'
  | 'CHECK_SUPERSEDED'
  | 'EXTERNAL_QUERY_INVALID'
  | 'SETTINGS_INVALID'
  | 'DB_NEWER_THAN_APP'
  | 'DB_OPEN_FAILED'
  /** The cache key at hand does not decrypt the cache (electron/core/db/open-cache.ts). */
  | 'DB_KEY_MISMATCH'
  | 'SYNC_FAILED'
  | 'SYNC_ENROL_FAILED'
  /** The deployment configuration (shared/domain/deployment.ts) is malformed or names no platform to enrol at. */
  | 'DEPLOYMENT_INVALID'
  | 'PLATFORM_NOT_CONFIGURED'
  | 'TRAINING_DATA_MISSING'
  | 'TRAINING_PLATFORM_REFUSED'
  | 'REVIEW_NOT_FOUND'
  | 'COMMITMENT_INVALID'
  | 'COMMITMENT_ROUTE_BARRED'
  | 'COMMITMENT_NOT_FOUND'
  | 'COMMITMENT_CODE_FAILED'
  | 'COMMITMENT_ALREADY_VERIFIED'
  | 'REPAIR_INVALID'
  | 'REPAIR_NOT_ELIGIBLE'
  /** The entry is removed by another authority (失信被执行人: the court), not by a window repair. */
  | 'REPAIR_OTHER_AUTHORITY'
  /** The record is no basis for 联合惩戒 (a natural person's 简易程序 penalty): nothing to repair. */
  | 'REPAIR_NOT_A_BASIS'
  | 'REPAIR_NOT_FOUND'
  | 'REPAIR_TRANSITION_REFUSED'
  | 'REPAIR_ALREADY_OPEN'
  | 'FILE_INVALID'
  /** An attachment that is not a scan, photo or office document (or whose content belies its name). */
  | 'FILE_TYPE_REFUSED'
  | 'FILE_NOT_FOUND'
  | 'RULES_INVALID'
  | 'INSPECTION_INVALID'
  | 'INSPECTION_NOT_FOUND'
  | 'INSPECTION_RESULT_INVALID'
  | 'INSPECTION_RESULT_STALE'
  | 'REPORT_INVALID'
  | 'REPORT_NOT_FOUND'
  | 'REPORT_NUMBER_FAILED'
  | 'PRINT_IN_BROWSER'
  | 'PRINT_FAILED'
  | 'REPORT_AUTHORISATION_REQUIRED'
  | 'REPORT_AUTHORISATION_NOT_APPLICABLE'
  | 'REPORT_AUTHORISATION_INVALID'
  | 'DASHBOARD_PERIOD_INVALID'
  /**
   * The platform's external query (check:external-query-online) failed: offline, the platform or the site; the
   * platform's own code (EXTERNAL_TIMEOUT …, NETWORK) is `details.platformCode`.
   */
  | 'EXTERNAL_QUERY_FAILED'
  | 'OBJECTION_INVALID'
  | 'OBJECTION_NOT_FOUND'
  | 'OBJECTION_TRANSITION_REFUSED'
  /** A record objected to already has an open objection. */
  | 'OBJECTION_ALREADY_OPEN';

export type AppError = { code: ErrorCode; message: string; details?: unknown };

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const err = <T = never>(code: ErrorCode, message: string, details?: unknown): Result<T> =>
  details === undefined
    ? { ok: false, error: { code, message } }
    : { ok: false, error: { code, message, details } };
