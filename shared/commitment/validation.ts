/**
 * The rules of a verification (核查结果), one definition for the window, the core and the platform. Structural
 * types, so the domain schema (shared/domain/commitment.ts) can refine itself with them without a cycle.
 */
export type VerificationFields = {
  fulfilment: 'fulfilled' | 'partial' | 'unfulfilled';
  unfulfilledContent: string | null;
  liabilityPursued: string | null;
  falseCommitment: boolean;
  verifiedOn: string;
};

export type VerificationIssue = {
  field: 'unfulfilledContent' | 'liabilityPursued' | 'verifiedOn';
  message: string;
};

export const UNFULFILLED_REQUIRED = '部分履行、全部未履行或虚假承诺的，请填写未履行内容';
export const LIABILITY_REQUIRED = '部分履行、全部未履行或虚假承诺的，请填写违诺责任追究情况';
export const VERIFIED_BEFORE_MADE = '核查日期不能早于承诺作出日期';

const blank = (value: string | null): boolean => value === null || value.trim() === '';

/** A broken or false commitment: 未履行内容 and 违诺责任追究 are then required (a false one even if 全部履行). */
export const verificationNeedsDetails = (verification: VerificationFields): boolean =>
  verification.fulfilment !== 'fulfilled' || verification.falseCommitment;

/** What the verification itself must satisfy (the schema's refinement, so every side parses alike). */
export function verificationIssues(verification: VerificationFields): VerificationIssue[] {
  if (!verificationNeedsDetails(verification)) return [];
  const issues: VerificationIssue[] = [];
  if (blank(verification.unfulfilledContent))
    issues.push({ field: 'unfulfilledContent', message: UNFULFILLED_REQUIRED });
  if (blank(verification.liabilityPursued))
    issues.push({ field: 'liabilityPursued', message: LIABILITY_REQUIRED });
  return issues;
}

/**
 * The first thing wrong with a verification of a commitment made on `madeOn` (the rules above, and the day:
 * never before 作出日期); null when it is acceptable. The client adds "not after today"; the platform does not
 * (the window's clock decides the day).
 */
export function verificationProblem(
  verification: VerificationFields,
  madeOn: string,
): VerificationIssue | null {
  const [first] = verificationIssues(verification);
  if (first !== undefined) return first;
  if (verification.verifiedOn < madeOn) return { field: 'verifiedOn', message: VERIFIED_BEFORE_MADE };
  return null;
}

/** Blanks become null; a commitment kept (全部履行, not false) carries no failure details. */
export function tidyVerification<V extends VerificationFields>(verification: V): V {
  const details = verificationNeedsDetails(verification);
  const text = (value: string | null): string | null =>
    !details || value === null || value.trim() === '' ? null : value.trim();
  return {
    ...verification,
    unfulfilledContent: text(verification.unfulfilledContent),
    liabilityPursued: text(verification.liabilityPursued),
  };
}
