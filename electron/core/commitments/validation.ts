import { EARLIEST_DAY, LATEST_DAY } from '../../../shared/calendar/day';
import { tidyVerification, verificationProblem } from '../../../shared/commitment/validation';
import type { CommitmentDraft, Verification } from '../../../shared/domain/commitment';
import type { IdentifierKind, SubjectKind } from '../../../shared/domain/subject';
import { parseIdentifier } from '../../../shared/identifiers';
import { err, ok, type Result } from '../../../shared/result';

/**
 * A committer's identifier must pass its checks: a commitment is a legal document carrying the code, so a code
 * failing its check character is not taken on a reason as a check takes it — unless the registry holds exactly
 * that code (a pre-2016 code the platform knows): then it is the subject's real code, and refusing it would shut
 * its holder out of the commitment route the check just offered.
 */
export function parseCommitterIdentifier(
  raw: string,
  now: Date,
  inRegistry: (identifier: string) => boolean,
): Result<{ identifier: string; kind: IdentifierKind }> {
  const parsed = parseIdentifier(raw, now);
  if (parsed.ok) return ok({ identifier: parsed.value, kind: parsed.kind });
  if (parsed.overridable && parsed.kind === 'uscc' && inRegistry(parsed.value))
    return ok({ identifier: parsed.value, kind: 'uscc' });
  if (parsed.overridable)
    return err(
      'IDENTIFIER_INVALID',
      '统一社会信用代码校验未通过，且本机数据中没有持此代码的主体。告知承诺须使用校验通过的代码；请核对营业执照后重新输入。',
      { code: parsed.code, kind: parsed.kind },
    );
  return err('IDENTIFIER_INVALID', parsed.message, { code: parsed.code, kind: parsed.kind });
}

/** 身份证号码 ↔ 自然人; a 统一社会信用代码 belongs to an organisation or an 个体工商户. */
export function committerKindFits(kind: SubjectKind, identifierKind: IdentifierKind): Result<true> {
  if (identifierKind === 'citizen-id' && kind !== 'natural-person')
    return err('COMMITMENT_INVALID', '填写身份证号码的承诺人类别应为“自然人”，请核对承诺人类别或代码');
  if (identifierKind === 'uscc' && kind === 'natural-person')
    return err(
      'COMMITMENT_INVALID',
      '自然人应填写身份证号码；统一社会信用代码对应法人及非法人组织或个体工商户',
    );
  return ok(true);
}

/** The dates of a new commitment: made no later than today, verified and valid no earlier than made. */
export function checkDraftDates(draft: CommitmentDraft, today: string): Result<true> {
  if (draft.madeOn > today) return err('COMMITMENT_INVALID', '作出日期不能晚于今天');
  if (draft.madeOn < EARLIEST_DAY) return err('COMMITMENT_INVALID', `作出日期不能早于 ${EARLIEST_DAY}`);
  if (draft.verifyBy > LATEST_DAY) return err('COMMITMENT_INVALID', `核查期限不能晚于 ${LATEST_DAY}`);
  if (draft.validUntil !== null && draft.validUntil > LATEST_DAY)
    return err('COMMITMENT_INVALID', `有效期不能晚于 ${LATEST_DAY}`);
  if (draft.verifyBy < draft.madeOn) return err('COMMITMENT_INVALID', '核查期限不能早于作出日期');
  if (draft.validUntil !== null && draft.validUntil < draft.madeOn)
    return err('COMMITMENT_INVALID', '有效期不能早于作出日期');
  return ok(true);
}

/**
 * Checks and tidies a verification with the shared rules (shared/commitment/validation.ts, also the schema's
 * refinement and the platform's check): 未履行内容 and 违诺责任追究 are required for a broken or false commitment
 * (and dropped for a kept one); the day lies between 作出日期 and today.
 */
export function checkVerification(
  verification: Verification,
  madeOn: string,
  today: string,
): Result<Verification> {
  const tidy = tidyVerification(verification);
  const problem = verificationProblem(tidy, madeOn);
  if (problem !== null) return err('COMMITMENT_INVALID', problem.message, { field: problem.field });
  if (tidy.verifiedOn > today) return err('COMMITMENT_INVALID', '核查日期不能晚于今天');
  return ok(tidy);
}
