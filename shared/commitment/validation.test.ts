import { describe, expect, it } from 'vitest';
import { Commitment, isBroken, Verification } from '../domain/commitment';
import { commitmentFailureOf } from './failure-record';
import { verificationFailure } from './failure';
import {
  LIABILITY_REQUIRED,
  tidyVerification,
  UNFULFILLED_REQUIRED,
  VERIFIED_BEFORE_MADE,
  verificationIssues,
  verificationProblem,
} from './validation';

const kept: Verification = {
  fulfilment: 'fulfilled',
  unfulfilledContent: null,
  liabilityPursued: null,
  falseCommitment: false,
  verifiedOn: '2026-12-20',
};
const broken: Verification = {
  fulfilment: 'partial',
  unfulfilledContent: '未补齐消防验收文件',
  liabilityPursued: '撤销施工许可',
  falseCommitment: false,
  verifiedOn: '2026-12-20',
};

describe('verification rules', () => {
  it('require 未履行内容 and 违诺责任追究 unless kept (全部履行 and not false)', () => {
    expect(verificationIssues(kept)).toEqual([]);
    expect(verificationIssues(broken)).toEqual([]);
    expect(verificationIssues({ ...broken, unfulfilledContent: ' ', liabilityPursued: null })).toEqual([
      { field: 'unfulfilledContent', message: UNFULFILLED_REQUIRED },
      { field: 'liabilityPursued', message: LIABILITY_REQUIRED },
    ]);
    // A false commitment is broken even when marked 全部履行.
    expect(verificationIssues({ ...kept, falseCommitment: true }).map((issue) => issue.field)).toEqual([
      'unfulfilledContent',
      'liabilityPursued',
    ]);
  });

  it('are part of the schema, with the Chinese reasons at the fields', () => {
    expect(Verification.safeParse(broken).success).toBe(true);
    const parsed = Verification.safeParse({ ...broken, fulfilment: 'unfulfilled', liabilityPursued: '  ' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['liabilityPursued', LIABILITY_REQUIRED],
    ]);
    expect(Commitment.shape.verification.safeParse({ ...kept, falseCommitment: true }).success).toBe(false);
  });

  it('need the commitment for the day: never before 作出日期', () => {
    expect(verificationProblem(broken, '2026-12-20')).toBeNull();
    expect(verificationProblem(broken, '2026-12-21')).toEqual({
      field: 'verifiedOn',
      message: VERIFIED_BEFORE_MADE,
    });
    expect(verificationProblem({ ...broken, unfulfilledContent: null }, '2026-12-21')?.field).toBe(
      'unfulfilledContent',
    );
  });

  it('tidy: blanks become null, a kept commitment carries no details', () => {
    expect(tidyVerification({ ...kept, unfulfilledContent: '残留', liabilityPursued: '残留' })).toEqual(kept);
    expect(tidyVerification({ ...broken, liabilityPursued: ' 撤销许可 ' }).liabilityPursued).toBe('撤销许可');
    expect(tidyVerification({ ...broken, unfulfilledContent: '  ' }).unfulfilledContent).toBeNull();
  });
});

describe('one definition of a broken commitment', () => {
  it('isBroken and commitmentFailureOf agree on every combination', () => {
    for (const fulfilment of ['fulfilled', 'partial', 'unfulfilled'] as const) {
      for (const falseCommitment of [false, true]) {
        const verification = { ...broken, fulfilment, falseCommitment };
        const failure = commitmentFailureOf({ verification });
        expect(failure).toBe(verificationFailure(verification));
        expect(isBroken(verification)).toBe(failure !== null);
        expect(failure).toBe(falseCommitment ? 'false' : fulfilment === 'fulfilled' ? null : fulfilment);
      }
    }
    expect(isBroken(null)).toBe(false);
    expect(commitmentFailureOf({ verification: null })).toBeNull();
  });
});
